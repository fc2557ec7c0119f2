"""The directory of members: list, page, invite, change, deactivate."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.audit import history_for
from sinergi.core.audit_display import name_related
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.forum import two_factor
from sinergi.forum.forms import AgencyRoleFormSet, InviteForm, MemberFilterForm, MemberForm
from sinergi.forum.invitations import invite
from sinergi.forum.models import AgencyRole, AgencyRoleKind, ForumRole, ForumRoleKind, Member


def _member_for(request, pk: int, *, manage: bool = False) -> Member:
    """A member of the request's forum that the user may see, or may manage when asked."""
    forum = current_forum(request)
    require("forum.manage_members" if manage else "forum.view_directory", request.user, forum)
    member = get_object_or_404(Member.objects.in_forum(forum), pk=pk)
    if manage:
        require("forum.manage_member", request.user, member)
    return member


@login_required
def member_list(request):
    forum = current_forum(request)
    require("forum.view_directory", request.user, forum)
    filters = MemberFilterForm(request.GET or None, forum=forum)
    members = Member.objects.in_forum(forum).with_roles_in(forum)
    status = "active"
    if filters.is_valid():
        data = filters.cleaned_data
        members = members.search(data["q"])
        # One filter() for agency and role, so both must hold for the same role row.
        held = {"agency_roles__agency__forum": forum}
        if data["agency"]:
            held["agency_roles__agency"] = data["agency"]
        if data["role"] in AgencyRoleKind.values:
            held["agency_roles__role"] = data["role"]
        if len(held) > 1:
            members = members.filter(**held)
        if data["role"] in ForumRoleKind.values:
            members = members.filter(forum_roles__role=data["role"], forum_roles__forum=forum)
        status = data["status"] or "active"
    if status != "all":
        members = members.filter(is_active=status == "active")
    context = {
        "filters": filters,
        "members": members.distinct(),
        "can_manage": allowed("forum.manage_members", request.user, forum),
    }
    template = "forum/_member_rows.html" if request.htmx else "forum/member_list.html"
    return render(request, template, context)


@login_required
def member_detail(request, pk: int):
    member = _member_for(request, pk)
    forum = current_forum(request)
    can_manage = allowed("forum.manage_member", request.user, member)
    return render(
        request,
        "forum/member_detail.html",
        {
            "member": member,
            "agency_roles": member.agency_roles.filter(agency__forum=forum).select_related("agency"),
            "forum_roles": member.forum_roles.filter(forum=forum),
            "can_manage": can_manage,
            "history": name_related(history_for(member, forum)[:20]) if can_manage else None,
            "invitations": member.invitations.filter(forum=forum) if can_manage else None,
            "two_factor_on": two_factor.is_on(member) if can_manage else None,
            "two_factor_required": two_factor.is_required(member) if can_manage else None,
        },
    )


@login_required
def member_invite(request):
    forum = current_forum(request)
    require("forum.manage_members", request.user, forum)
    form = InviteForm(request.POST or None, forum=forum)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            member = Member.objects.create_user(
                data["email"], None, full_name=data["full_name"], position=data["position"], phone=data["phone"]
            )
            for role in data["roles"]:
                AgencyRole.objects.create(member=member, agency=data["agency"], role=role)
            for role in data["forum_roles"]:
                ForumRole.objects.create(member=member, forum=forum, role=role)
            invite(member, forum, by=request.user)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": member.email})
        return redirect(member)
    return render(request, "forum/member_invite.html", {"form": form})


@login_required
def member_edit(request, pk: int):
    member = _member_for(request, pk, manage=True)
    forum = current_forum(request)
    initial = {"forum_roles": list(member.forum_roles.filter(forum=forum).values_list("role", flat=True))}
    form = MemberForm(request.POST or None, instance=member, initial=initial)
    roles = AgencyRoleFormSet(
        request.POST or None,
        instance=member,
        prefix="roles",
        queryset=AgencyRole.objects.filter(agency__forum=forum),
        form_kwargs={"forum": forum},
    )
    if request.method == "POST" and form.is_valid() and roles.is_valid():
        with transaction.atomic():
            form.save()
            roles.save()
            wanted = set(form.cleaned_data["forum_roles"])
            member.forum_roles.filter(forum=forum).exclude(role__in=wanted).delete()
            for role in wanted:
                ForumRole.objects.get_or_create(member=member, forum=forum, role=role)
        messages.success(request, _("Member saved."))
        return redirect(member)
    return render(request, "forum/member_form.html", {"form": form, "roles": roles, "member": member})


@login_required
@require_POST
def member_deactivate(request, pk: int):
    member = _member_for(request, pk, manage=True)
    if member == request.user:
        messages.error(request, _("You cannot deactivate yourself."))
    else:
        member.deactivate(by=request.user)
        messages.success(request, _("%(name)s can no longer sign in. Their history is kept.") % {"name": member})
    return redirect(member)


@login_required
@require_POST
def member_reactivate(request, pk: int):
    member = _member_for(request, pk, manage=True)
    member.reactivate()
    messages.success(request, _("%(name)s can sign in again.") % {"name": member})
    return redirect(member)


@login_required
@require_POST
def member_reinvite(request, pk: int):
    member = _member_for(request, pk, manage=True)
    if member.has_usable_password():
        messages.info(request, _("%(name)s has already set a password.") % {"name": member})
    else:
        with transaction.atomic():
            invite(member, current_forum(request), by=request.user)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": member.email})
    return redirect(member)


@login_required
@require_POST
def member_two_factor_reset(request, pk: int):
    """A moderator removes a member's lost authenticator; the member sets up a new one at next sign-in."""
    member = _member_for(request, pk, manage=True)
    if member == request.user:
        messages.error(request, _("Another moderator must reset your own two-step sign-in."))
    elif two_factor.remove(member, by=request.user, reason="reset by a moderator", forum=current_forum(request)):
        messages.success(request, _("%(name)s's two-step sign-in was reset. They set it up again after their "
                                    "next sign-in with their password.") % {"name": member})  # fmt: skip
    else:
        messages.info(request, _("%(name)s has no two-step sign-in to reset.") % {"name": member})
    return redirect(member)
