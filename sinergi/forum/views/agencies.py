"""The directory of agencies: list, page, create and change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from sinergi.core.audit import history_for
from sinergi.core.audit_display import name_related
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.forum.forms import AgencyForm, DirectoryFilterForm, SocialAccountFormSet
from sinergi.forum.models import Agency, AgencyRole


def _agency_for(request, slug: str, rule: str) -> Agency:
    forum = current_forum(request)
    agency = get_object_or_404(Agency.objects.select_related("forum", "parent"), forum=forum, slug=slug)
    require(rule, request.user, agency)
    return agency


@login_required
def directory(request):
    forum = current_forum(request)
    require("forum.view_directory", request.user, forum)
    filters = DirectoryFilterForm(request.GET or None)
    agencies = Agency.objects.filter(forum=forum).select_related("parent")
    agencies = agencies.annotate(
        member_count=Count("member_roles__member", filter=Q(member_roles__member__is_active=True), distinct=True)
    )
    if filters.is_valid():
        agencies = agencies.search(filters.cleaned_data["q"])
        if filters.cleaned_data["kind"]:
            agencies = agencies.filter(kind=filters.cleaned_data["kind"])
    context = {
        "filters": filters,
        "agencies": agencies,
        "can_add": allowed("forum.add_agency", request.user, forum),
        "can_import": allowed("forum.import_directory", request.user, forum),
    }
    template = "forum/_agency_rows.html" if request.htmx else "forum/directory.html"
    return render(request, template, context)


@login_required
def agency_detail(request, slug: str):
    agency = _agency_for(request, slug, "forum.view_agency")
    roles = AgencyRole.objects.filter(agency=agency).select_related("member").order_by("member__full_name")
    people: dict = {}
    for role in roles:
        people.setdefault(role.member, []).append(role.get_role_display())
    can_change = allowed("forum.change_agency", request.user, agency)
    return render(
        request,
        "forum/agency_detail.html",
        {
            "agency": agency,
            "people": people.items(),
            "units": agency.units.all(),
            "social_accounts": agency.social_accounts.all(),
            "can_change": can_change,
            "history": name_related(history_for(agency)[:20]) if can_change else None,
        },
    )


@login_required
def agency_create(request):
    forum = current_forum(request)
    require("forum.add_agency", request.user, forum)
    return _edit(request, Agency(forum=forum), created=True)


@login_required
def agency_edit(request, slug: str):
    return _edit(request, _agency_for(request, slug, "forum.change_agency"), created=False)


def _edit(request, agency: Agency, *, created: bool):
    forum = agency.forum
    moderator = allowed("forum.add_agency", request.user, forum)
    form = AgencyForm(request.POST or None, instance=agency, forum=forum, moderator=moderator)
    socials = SocialAccountFormSet(request.POST or None, instance=agency, prefix="social")
    if request.method == "POST" and form.is_valid() and socials.is_valid():
        with transaction.atomic():
            agency = form.save()
            socials.instance = agency
            socials.save()
        messages.success(request, _("Agency saved.") if not created else _("Agency added to the directory."))
        return redirect(agency)
    return render(
        request, "forum/agency_form.html", {"form": form, "socials": socials, "agency": agency, "created": created}
    )
