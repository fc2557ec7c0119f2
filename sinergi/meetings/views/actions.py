"""Follow-up actions: raised from a meeting, reported on by those responsible, shown on boards."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum
from sinergi.core.params import whole_number
from sinergi.core.permissions import allowed, require
from sinergi.forum.models import Agency
from sinergi.meetings import actions
from sinergi.meetings.minutes import may_read, minutes_of
from sinergi.meetings.minutes_forms import ActionForm, BoardFilter, ReportForm
from sinergi.meetings.models import Action, ProgressNote
from sinergi.meetings.views.meetings import meeting_for


def action_for(request, pk: int, rule: str) -> Action:
    action = get_object_or_404(Action.objects.select_related("agency", "person", "meeting__forum", "decision"),
                               pk=pk, forum=current_forum(request))  # fmt: skip
    require(rule, request.user, action)
    return action


@login_required
def action_create(request, pk: int):
    """Raise an action on the meeting, from one of its decisions when `?keputusan=<id>` is given."""
    meeting = meeting_for(request, pk, "meetings.raise_action")
    initial = {}
    asked = whole_number(request.GET.get("keputusan"))
    decision = meeting.decisions.filter(pk=asked).first() if asked is not None else None
    if decision is not None:
        initial["decision"] = decision
    form = ActionForm(request.POST or None, meeting=meeting, initial=initial)
    if form.is_valid():
        try:
            action = actions.raise_action(meeting, request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The follow-up action is raised; those responsible are told by e-mail."))
            return redirect(f"{action.meeting.get_absolute_url()}#tindak-lanjut")
    return render(request, "meetings/actions/form.html", {"meeting": meeting, "form": form})


@login_required
def action_edit(request, pk: int):
    action = action_for(request, pk, "meetings.view_action")
    if action.meeting is None:
        raise Http404(_("This action's meeting was removed."))
    require("meetings.raise_action", request.user, action.meeting)
    form = ActionForm(request.POST or None, instance=action, meeting=action.meeting)
    if form.is_valid():
        try:
            actions.change_action(action, request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The follow-up action is saved."))
            return redirect("meetings:action", pk=action.pk)
    return render(request, "meetings/actions/form.html", {"meeting": action.meeting, "form": form, "action": action})


@login_required
def action_detail(request, pk: int, report_form: ReportForm | None = None, status: int = 200):
    action = action_for(request, pk, "meetings.view_action")
    meeting = action.meeting
    return render(request, "meetings/actions/detail.html", {
        "action": action,
        "overdue": action.is_overdue(),
        "notes": action.notes.select_related("author"),
        # A decision is part of the minutes: shown only to those who may read them.
        "show_decision": action.decision_id and meeting and may_read(request.user, meeting, minutes_of(meeting)),
        "can_report": allowed("meetings.report_on_action", request.user, action),
        "can_edit": meeting is not None and allowed("meetings.raise_action", request.user, meeting),
        "report_form": report_form or ReportForm(initial={"status": action.status, "seen": action.status}),
    }, status=status)  # fmt: skip


@login_required
@require_POST
def action_report(request, pk: int):
    action = action_for(request, pk, "meetings.report_on_action")
    form = ReportForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            attachment = actions.check_attachment(data["attachment"]) if data["attachment"] else None
            note = action.report(request.user, text=data["text"], status=data["status"], seen=data["seen"],
                                 attachment=attachment)  # fmt: skip
        except ValidationError as error:  # the attachment refused, or the report (a TransitionError)
            form.add_error(None, error)
        else:
            if note.status_to:
                messages.success(
                    request, _("The status is now “%(status)s”.") % {"status": action.get_status_display()}
                )
            else:
                messages.success(request, _("Your progress note is added."))
            return redirect("meetings:action", pk=action.pk)
    return action_detail(request, pk, report_form=form)


@login_required
def action_attachment(request, pk: int, note_id: int):
    """A progress note's attachment, for members only: never served from the media folder."""
    action = action_for(request, pk, "meetings.view_action")
    note = get_object_or_404(ProgressNote, pk=note_id, action=action)
    return file_response(note.attachment, as_attachment=True, filename=note.attachment_name)


@login_required
def action_board(request, slug: str | None = None):
    """Every action of the forum (or of one agency) by status, overdue ones flagged; filtered by status,
    agency, meeting or overdue."""
    forum = current_forum(request)
    require("meetings.view", request.user, forum)
    agency = get_object_or_404(Agency, forum=forum, slug=slug) if slug else None
    filters = BoardFilter(request.GET, forum=forum, agency=agency)
    wanted = filters.chosen
    today = timezone.localdate()
    chosen = Action.objects.filter(forum=forum)
    if agency or wanted["agency"]:
        chosen = chosen.filter(agency=agency or wanted["agency"])
    if wanted["meeting"]:
        chosen = chosen.filter(meeting=wanted["meeting"])
    if wanted["status"]:
        chosen = chosen.filter(status=wanted["status"])
    if wanted["overdue"]:
        chosen = chosen.overdue(today)
    columns = actions.board(chosen, today)
    return render(request, "meetings/actions/board.html", {
        "agency": agency, "filters": filters, "total": chosen.count(), "overdue_count": chosen.overdue(today).count(),
        "columns": [column for column in columns if column.status == wanted["status"]] if wanted["status"] else columns,
    })  # fmt: skip
