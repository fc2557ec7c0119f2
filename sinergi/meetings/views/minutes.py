"""The minutes of a meeting: read, written by the secretariat, sent to the chair, approved or sent back."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.permissions import allowed
from sinergi.core.workflow import TransitionError
from sinergi.meetings import minutes as notulen
from sinergi.meetings.minutes_forms import ApproveForm, DecisionFormSet, MinutesForm, SendBackForm, decision_initial
from sinergi.meetings.models import MinutesStatus
from sinergi.meetings.views.meetings import meeting_for

DECISIONS_PREFIX = "keputusan"


@login_required
def minutes_page(request, pk: int, send_back_form: SendBackForm | None = None, status: int = 200):
    meeting = meeting_for(request, pk, "meetings.view_meeting")
    minutes = notulen.minutes_of(meeting)
    readable = minutes is not None and notulen.may_read(request.user, meeting, minutes)
    decisions = list(meeting.decisions.prefetch_related("actions__agency", "actions__person")) if readable else []
    is_chair = allowed("meetings.approve_minutes", request.user, meeting)
    return render(request, "meetings/minutes/detail.html", {
        "meeting": meeting, "minutes": minutes if readable else None, "decisions": decisions,
        "not_yet": minutes is not None and not readable,
        "can_write": notulen.may_write(request.user, meeting),
        "can_raise": allowed("meetings.raise_action", request.user, meeting),
        "may_review": is_chair and readable and minutes.status == MinutesStatus.SUBMITTED,
        "may_reopen": is_chair and readable and minutes.status == MinutesStatus.APPROVED,
        "approve_form": ApproveForm(), "send_back_form": send_back_form or SendBackForm(),
        "actions_without_decision": meeting.actions.filter(decision__isnull=True).select_related("agency", "person"),
    }, status=status)  # fmt: skip


@login_required
def minutes_edit(request, pk: int):
    meeting = meeting_for(request, pk, "meetings.write_minutes")
    minutes = notulen.minutes_of(meeting)
    if request.method == "POST":
        form = MinutesForm(request.POST)
        decisions = DecisionFormSet(request.POST, prefix=DECISIONS_PREFIX)
        if form.is_valid() and decisions.is_valid():
            try:
                notulen.save_draft(meeting, request.user, summary=form.cleaned_data["summary"],
                                   outputs=form.cleaned_data["outputs"], decisions=decisions.decisions())  # fmt: skip
            except TransitionError as error:
                form.add_error(None, error)  # the typed text stays in the form
            else:
                messages.success(request, _("The minutes are saved as a draft."))
                return redirect("meetings:minutes", pk=meeting.pk)
    else:
        try:
            if minutes is not None:
                minutes.check_editable()
        except TransitionError as error:
            messages.error(request, str(error))
            return redirect("meetings:minutes", pk=meeting.pk)
        form = MinutesForm(instance=minutes)
        decisions = DecisionFormSet(initial=decision_initial(meeting), prefix=DECISIONS_PREFIX)
    return render(request, "meetings/minutes/form.html", {"meeting": meeting, "minutes": minutes, "form": form,
                                                          "decisions": decisions})  # fmt: skip


def _minutes_for(request, pk: int, rule: str):
    meeting = meeting_for(request, pk, rule)
    minutes = notulen.minutes_of(meeting)
    if minutes is None:
        raise Http404(_("This meeting has no minutes yet."))
    return meeting, minutes


def _step(request, pk: int, rule: str, step: str, done: str, **options):
    """Take the step (a method of the minutes) and report how it went."""
    meeting, minutes = _minutes_for(request, pk, rule)
    try:
        getattr(minutes, step)(request.user, **options)
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect("meetings:minutes", pk=meeting.pk)


@login_required
@require_POST
def minutes_submit(request, pk: int):
    return _step(request, pk, "meetings.write_minutes", "submit",
                 _("The minutes are sent to the chair for approval."))  # fmt: skip


@login_required
@require_POST
def minutes_withdraw(request, pk: int):
    return _step(request, pk, "meetings.write_minutes", "withdraw",
                 _("The minutes are back in draft; send them to the chair again when ready."))  # fmt: skip


@login_required
@require_POST
def minutes_approve(request, pk: int):
    form = ApproveForm(request.POST)
    form.is_valid()
    return _step(request, pk, "meetings.approve_minutes", "approve",
                 _("The minutes are approved and published to the members."),
                 public=form.cleaned_data.get("is_public", False))  # fmt: skip


@login_required
@require_POST
def minutes_send_back(request, pk: int):
    _minutes_for(request, pk, "meetings.approve_minutes")  # 403 or 404 before reading the form
    form = SendBackForm(request.POST)
    if form.is_valid():
        return _step(request, pk, "meetings.approve_minutes", "send_back",
                     _("The minutes are sent back to the secretariat with your comment."),
                     comment=form.cleaned_data["comment"])  # fmt: skip
    return minutes_page(request, pk, send_back_form=form)


@login_required
@require_POST
def minutes_reopen(request, pk: int):
    return _step(request, pk, "meetings.approve_minutes", "reopen",
                 _("The minutes are reopened as a draft; they are off the portal until approved again."))  # fmt: skip
