"""The workflow steps, one POST each. The rule checks the role; the model checks the state."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sinergi.releases import guard
from sinergi.releases.forms import CorrectionForm, ScheduleForm, StepForm
from sinergi.releases.models import EditConflict, Status, TransitionError
from sinergi.releases.views.lookup import release_for

STEPS = {
    # url name: (rule, model method, message on success)
    "submit": ("releases.submit_release", "submit", gettext_lazy("Submitted to your PR head.")),
    "approve_for_agency": ("releases.approve_for_agency", "approve_for_agency", gettext_lazy("Sent to forum review.")),
    "approve": ("releases.review_release", "approve", gettext_lazy("Approved for publication.")),
    "request_changes": ("releases.request_changes", "request_changes", gettext_lazy("Changes requested.")),
    "publish": ("releases.publish_release", "publish", gettext_lazy("Published.")),
    "unschedule": ("releases.publish_release", "unschedule", gettext_lazy("The schedule is cancelled.")),
    "publish_at_once": (
        "releases.publish_at_once",
        "publish_at_once",
        gettext_lazy("Published at once; the forum will review it."),
    ),
    "confirm_review": ("releases.review_release", "confirm_review", gettext_lazy("Marked as reviewed.")),
    "withdraw": ("releases.withdraw_release", "withdraw", gettext_lazy("Withdrawn.")),
    "archive": ("releases.withdraw_release", "archive", gettext_lazy("Archived.")),
}


@login_required
@require_POST
def step(request, pk: int, name: str):
    if name not in STEPS:
        raise Http404
    rule, method, done = STEPS[name]
    release = release_for(request, pk, rule)
    form = StepForm(request.POST)
    if not form.is_valid():  # too long: the step waits rather than go ahead without the comment
        messages.error(request, " ".join(form.errors["comment"]))
        return redirect(release.get_workspace_url())
    comment = form.cleaned_data["comment"]
    try:
        getattr(release, method)(request.user, comment)
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
        _warn_of_personal_data(request, release)
    return redirect(release.get_workspace_url())


def _warn_of_personal_data(request, release) -> None:
    """The guard runs before submit too: the drafter hears of findings while they can still fix them."""
    pending = guard.unresolved_findings(release)
    if pending and release.status in (Status.SUBMITTED, Status.IN_REVIEW):
        messages.warning(
            request,
            _("The text holds %(count)d possible personal-data item(s); it cannot be published until each is "
              "redacted or allowed.") % {"count": len(pending)},
        )  # fmt: skip


@login_required
@require_POST
def schedule(request, pk: int):
    release = release_for(request, pk, "releases.publish_release")
    form = ScheduleForm(request.POST, forum=release.forum)
    if not form.is_valid():
        for error in form.errors.get("publish_at", []):
            messages.error(request, error)
        return redirect(release.get_workspace_url())
    try:
        release.schedule(request.user, form.cleaned_data["publish_at"])
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Scheduled."))
    return redirect(release.get_workspace_url())


@login_required
def correct(request, pk: int):
    release = release_for(request, pk, "releases.correct_release")
    form = CorrectionForm(request.POST or None, instance=release)
    if form.is_valid():
        try:
            with transaction.atomic():
                form.save(commit=False).correct(request.user, form.cleaned_data["note"],
                                                form.cleaned_data["lock_version"])  # fmt: skip
        except EditConflict:
            form.add_error(None, _("Someone else changed this release while you were correcting it. Reload the "
                                   "page to see the current text; your text is kept below."))  # fmt: skip
        except TransitionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The correction is published with its notice."))
            return redirect(release.get_workspace_url())
    return render(request, "releases/correct.html", {"form": form, "release": release})
