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
from sinergi.meetings.notifications import invite, tell_cancelled


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
    form = MeetingForm(data, instance=meeting, forum=forum)
    speakers = SpeakerFormSet(data, instance=meeting, prefix="pembicara")
    agenda = AgendaFormSet(data, instance=meeting, prefix="acara")
    _limit_speakers(speakers, forum)
    if data is not None and form.is_valid() and speakers.is_valid() and agenda.is_valid():
        with transaction.atomic():
            if meeting.series_id and meeting.pk and _moved(form):
                meeting.detached = True
            meeting = form.save()
            speakers.instance = agenda.instance = meeting
            speakers.save()
            agenda.save()
        messages.success(request, _("The meeting is saved."))
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "speakers": speakers, "agenda": agenda,
                                                  "meeting": meeting})  # fmt: skip


def _limit_speakers(formset, forum) -> None:
    from sinergi.forum.models import Member

    people = Member.objects.in_forum(forum).filter(is_active=True).order_by("full_name")
    for form in formset.forms + [formset.empty_form]:
        form.fields["member"].queryset = people


def _moved(form) -> bool:
    """Any change to one meeting of a series makes it its own: the series leaves it alone after."""
    return bool(form.changed_data)


@login_required
def meeting_cancel(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    form = CancelForm(request.POST or None)
    if form.is_valid():
        planner.cancel(meeting, form.cleaned_data["reason"])
        tell_cancelled(meeting)
        messages.success(request, _("The meeting is cancelled; the invited see the reason on its page."))
        return redirect(meeting)
    return render(request, "meetings/cancel.html", {"meeting": meeting, "form": form})


@login_required
def meeting_invitations(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.run_meeting")
    form = InvitationForm(request.POST or None, forum=meeting.forum)
    if request.method == "POST" and "hapus" in request.POST:
        meeting.invitations.filter(pk=request.POST["hapus"]).delete()
        return redirect("meetings:invitations", pk=meeting.pk)
    if form.is_valid():
        invitation = form.save(commit=False)
        invitation.meeting = meeting
        invitation.save()
        sent = invite(meeting, invitation)
        messages.success(request, _("Invited; %(count)s people are told by e-mail.") % {"count": sent})
        return redirect("meetings:invitations", pk=meeting.pk)
    return render(request, "meetings/invitations.html", {
        "meeting": meeting, "form": form, "invitations": meeting.invitations.select_related("agency", "member"),
        "invited": invitees(meeting),
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
    return render(request, "meetings/series.html", {
        "series": series, "meetings": series.meetings.order_by("start"),
        "can_edit": allowed("meetings.convene", request.user, series.forum),
    })  # fmt: skip


@login_required
def series_edit(request, pk: int):
    """Editing a series first shows what it changes; the change is saved once confirmed."""
    series = get_object_or_404(MeetingSeries, pk=pk, forum=current_forum(request))
    require("meetings.convene", request.user, series.forum)
    form = SeriesForm(request.POST or None, instance=series, forum=series.forum)
    if form.is_valid():
        changes = planner.preview(form.instance)
        if "konfirmasi" not in request.POST:
            return render(request, "meetings/series_form.html", {"form": form, "series": series, "changes": changes})
        with transaction.atomic():
            form.save()
            planner.plan(series)
        messages.success(request, _("The series and its future meetings are updated."))
        return redirect(series)
    return render(request, "meetings/series_form.html", {"form": form, "series": series})
