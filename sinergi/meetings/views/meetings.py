"""Convening meetings and series, inviting, answering; the meeting's page shows what came of it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.forum.models import Member
from sinergi.meetings import series as planner
from sinergi.meetings.forms import (
    AgendaFormSet,
    CancelForm,
    InvitationForm,
    MeetingForm,
    RsvpForm,
    SeriesForm,
    SpeakerFormSet,
)
from sinergi.meetings.invitations import invitees, is_invited
from sinergi.meetings.models import Meeting, MeetingKind, MeetingSeries, Rsvp
from sinergi.meetings.notifications import invite, invite_to_series, tell

# What the invited must hear of when it changes; and what makes a meeting of a series its own.
WHEN_AND_WHERE = {"start", "end", "venue", "online_url"}
OWN_FIELDS = WHEN_AND_WHERE | set(planner.SHARED_FIELDS)


def meeting_for(request, pk: int, rule: str) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("forum", "series", "chair"), pk=pk,
                                forum=current_forum(request))  # fmt: skip
    require(rule, request.user, meeting)
    return meeting


@login_required
def meeting_list(request):
    forum = current_forum(request)
    require("meetings.view", request.user, forum)
    meetings = Meeting.objects.filter(forum=forum).prefetch_related("organisers")
    kind = request.GET.get("jenis", "")
    if kind in MeetingKind.values:
        meetings = meetings.filter(kind=kind)
    now = timezone.now()
    return render(request, "meetings/list.html", {
        "upcoming": meetings.filter(end__gte=now).order_by("start")[:50],
        "past": meetings.filter(end__lt=now).order_by("-start")[:50],
        "kinds": MeetingKind.choices, "kind": kind,
        "series": MeetingSeries.objects.filter(forum=forum),
        "can_convene": allowed("meetings.convene", request.user, forum),
    })  # fmt: skip


@login_required
def meeting_detail(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.view_meeting")
    rsvp = Rsvp.objects.filter(meeting=meeting, member=request.user).first()
    people = list(invitees(meeting))
    answers = {r.member_id: r for r in meeting.rsvps.all()}
    return render(request, "meetings/detail.html", {
        "meeting": meeting,
        "speakers": meeting.speakers.select_related("member"),
        "agenda": meeting.agenda.select_related("speaker__member"),
        "invited": [(person, answers.get(person.pk)) for person in people],
        "invitations": meeting.invitations.select_related("agency", "member"),
        "rsvp_form": RsvpForm(instance=rsvp), "rsvp": rsvp,
        "may_answer": meeting.end > timezone.now() and not meeting.is_cancelled,
        "may_reinstate": meeting.is_cancelled and meeting.end > timezone.now(),
        "can_run": allowed("meetings.run_meeting", request.user, meeting),
    })  # fmt: skip


@login_required
def meeting_create(request):
    forum = current_forum(request)
    require("meetings.convene", request.user, forum)
    return _edit(request, forum, Meeting(forum=forum, created_by=request.user))


@login_required
def meeting_edit(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    return _edit(request, meeting.forum, meeting)


def _edit(request, forum, meeting: Meeting):
    data = request.POST or None
    form = MeetingForm(data, instance=meeting, forum=forum,
                       may_choose_chair=allowed("meetings.convene", request.user, forum))  # fmt: skip
    speakers = SpeakerFormSet(data, instance=meeting, prefix="pembicara")
    agenda = AgendaFormSet(data, instance=meeting, prefix="acara")
    _limit_speakers(speakers, forum)
    if data is not None and form.is_valid() and speakers.is_valid() and agenda.is_valid():
        existing = meeting.pk is not None
        moved = existing and bool(set(form.changed_data) & WHEN_AND_WHERE)
        with transaction.atomic():
            if meeting.series_id and existing and set(form.changed_data) & OWN_FIELDS:
                meeting.detached = True  # the series leaves it as set here from now on
            if moved:
                meeting.reminded_at = None  # a new date or place deserves its own reminder
            meeting = form.save()
            speakers.instance = agenda.instance = meeting
            speakers.save()
            agenda.save()
            if moved and not meeting.is_cancelled and meeting.end > timezone.now():
                tell(meeting, "changed")
        messages.success(request, _("The meeting is saved."))
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "speakers": speakers, "agenda": agenda,
                                                  "meeting": meeting})  # fmt: skip


def _limit_speakers(formset, forum) -> None:

    people = Member.objects.in_forum(forum).filter(is_active=True).order_by("full_name")
    for form in formset.forms + [formset.empty_form]:
        form.fields["member"].queryset = people


@login_required
def meeting_cancel(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    if meeting.is_cancelled:
        messages.error(request, _("This meeting is cancelled already."))
        return redirect(meeting)
    form = CancelForm(request.POST or None)
    if form.is_valid():
        planner.cancel(meeting, form.cleaned_data["reason"])
        tell(meeting, "cancelled")
        messages.success(request, _("The meeting is cancelled; the invited see the reason on its page."))
        return redirect(meeting)
    return render(request, "meetings/cancel.html", {"meeting": meeting, "form": form})


@login_required
@require_POST
def meeting_reinstate(request, pk: int):
    """Undo a cancellation of a meeting still to come; the invited are told it takes place."""
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    if not meeting.is_cancelled or meeting.end <= timezone.now():
        messages.error(request, _("Only a cancelled meeting still to come can be held again."))
        return redirect(meeting)
    planner.reinstate(meeting)
    tell(meeting, "changed")
    messages.success(request, _("The meeting takes place again; the invited are told by e-mail."))
    return redirect(meeting)


@login_required
def meeting_invitations(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    return _invitations(request, meeting, meeting.invitations, lambda invitation: invite(meeting, invitation))


@login_required
def series_invitations(request, pk: int):
    """Invitations of a series reach every coming meeting of it, and the meetings it plans later."""
    series = get_object_or_404(MeetingSeries, pk=pk, forum=current_forum(request))
    require("meetings.convene", request.user, series.forum)
    return _invitations(request, series, series.invitations, lambda invitation: invite_to_series(series, invitation))


def _invitations(request, target, invitations, send):
    form = InvitationForm(request.POST or None, forum=target.forum)
    if request.method == "POST" and "hapus" in request.POST:
        removed = request.POST["hapus"]
        if removed.isascii() and removed.isdigit():
            invitations.filter(pk=int(removed)).delete()
        return redirect(request.path)
    if form.is_valid():
        invitation = form.save(commit=False)
        setattr(invitation, "series" if isinstance(target, MeetingSeries) else "meeting", target)
        invitation.save()
        sent = send(invitation)
        messages.success(request, _("Invited; %(count)s people are told by e-mail.") % {"count": sent})
        return redirect(request.path)
    people = invitees(target) if isinstance(target, Meeting) else invitees(None, invitations.all())
    return render(request, "meetings/invitations.html", {
        "target": target, "form": form, "invitations": invitations.select_related("agency", "member"),
        "invited": people,
    })  # fmt: skip


@login_required
@require_POST
def rsvp(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.view_meeting")
    if meeting.is_cancelled or meeting.end <= timezone.now():
        messages.error(request, _("This meeting is over or cancelled; there is nothing to answer."))
        return redirect(meeting)
    answer = Rsvp.objects.filter(meeting=meeting, member=request.user).first() or Rsvp(meeting=meeting,
                                                                                      member=request.user)  # fmt: skip
    form = RsvpForm(request.POST, instance=answer)
    if form.is_valid():
        form.save()
        messages.success(request, _("Your answer is saved."))
    else:
        messages.error(request, _("Choose whether you will attend."))
    if not is_invited(meeting, request.user):
        messages.info(request, _("You were not invited, but the organisers now know your answer."))
    return redirect(meeting)


@login_required
def series_create(request):
    forum = current_forum(request)
    require("meetings.convene", request.user, forum)
    form = SeriesForm(request.POST or None, forum=forum)
    if form.is_valid():
        with transaction.atomic():
            series = form.save(commit=False)
            series.forum, series.created_by = forum, request.user
            series.save()
            form.save_m2m()
            result = planner.plan(series)
        messages.success(
            request, _("The series is saved with %(count)s meetings planned.") % {"count": len(result.created)}
        )
        return redirect(series)
    return render(request, "meetings/series_form.html", {"form": form})


@login_required
def series_detail(request, pk: int):
    series = get_object_or_404(MeetingSeries, pk=pk, forum=current_forum(request))
    require("meetings.view", request.user, series.forum)
    now = timezone.now()
    meetings = series.meetings.prefetch_related("organisers")
    return render(request, "meetings/series.html", {
        "series": series, "coming": meetings.filter(end__gte=now).order_by("start")[:24],
        "past": meetings.filter(end__lt=now).order_by("-start")[:12],
        "invitations": series.invitations.select_related("agency", "member"),
        "can_edit": allowed("meetings.convene", request.user, series.forum),
    })  # fmt: skip


@login_required
def series_edit(request, pk: int):
    """Editing a series first shows what it changes; the change is saved once confirmed."""
    series = get_object_or_404(MeetingSeries, pk=pk, forum=current_forum(request))
    require("meetings.convene", request.user, series.forum)
    form = SeriesForm(request.POST or None, instance=series, forum=series.forum)
    if form.is_valid():
        fingerprint = _fingerprint(request.POST)
        if request.POST.get("konfirmasi") != fingerprint:  # never saved without showing what it changes
            changes = planner.preview(form.instance, organisers=form.cleaned_data["organisers"])
            return render(request, "meetings/series_form.html", {"form": form, "series": series, "changes": changes,
                                                                 "fingerprint": fingerprint})  # fmt: skip
        with transaction.atomic():
            form.save()
            result = planner.plan(series)
            for meeting in result.removed:
                tell(meeting, "cancelled")
            for meeting in result.updated[:1]:  # the next one: later ones are reminded the day before
                tell(meeting, "changed")
        messages.success(request, _("The series and its future meetings are updated."))
        return redirect(series)
    return render(request, "meetings/series_form.html", {"form": form, "series": series})


def _fingerprint(data) -> str:
    """A digest of what was previewed, so a further change is previewed again before it is saved."""
    import hashlib

    fields = sorted((key, tuple(data.getlist(key))) for key in data if key not in ("konfirmasi", "csrfmiddlewaretoken"))
    return hashlib.sha256(repr(fields).encode()).hexdigest()[:32]
