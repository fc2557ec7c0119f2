"""The back office of releases: the list, a new draft, the release page, editing."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import contributions, markdown
from sinergi.core.forums import current_forum
from sinergi.core.list_filters import ListFilter
from sinergi.core.permissions import allowed, require
from sinergi.forum.models import Agency
from sinergi.releases import guard
from sinergi.releases.forms import AttachmentForm, CommentForm, ReleaseForm, ScheduleForm, StepForm
from sinergi.releases.models import EditConflict, Release, Status, TransitionError
from sinergi.releases.models.release import DRAFTING_ROLES
from sinergi.releases.related import related_items
from sinergi.releases.views.lookup import release_for

ACTIONS = [
    # (rule, the step's url name, label, the statuses it applies to)
    ("releases.submit_release", "submit", gettext_lazy("Submit to the PR head"), {Status.DRAFT, Status.CHANGES_REQUESTED}),
    ("releases.approve_for_agency", "approve_for_agency", gettext_lazy("Approve and send to forum review"), {Status.SUBMITTED}),
    ("releases.review_release", "approve", gettext_lazy("Approve for publication"), {Status.IN_REVIEW}),
    ("releases.request_changes", "request_changes", gettext_lazy("Ask for changes"),
     {Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}),
    ("releases.publish_release", "publish", gettext_lazy("Publish now"), {Status.APPROVED, Status.SCHEDULED}),
    ("releases.publish_release", "unschedule", gettext_lazy("Cancel the schedule"), {Status.SCHEDULED}),
    ("releases.review_release", "confirm_review", gettext_lazy("Mark reviewed"), {Status.PUBLISHED}),
    ("releases.withdraw_release", "withdraw", gettext_lazy("Withdraw"),
     {Status.PUBLISHED, Status.SCHEDULED, Status.ARCHIVED}),
    ("releases.withdraw_release", "archive", gettext_lazy("Archive"), {Status.PUBLISHED, Status.WITHDRAWN}),
]  # fmt: skip


def _drafting_agencies(request, forum):
    if allowed("forum.add_agency", request.user, forum):  # moderators draft for any agency
        return Agency.objects.active().filter(forum=forum)
    roles = request.user.agency_roles.filter(role__in=DRAFTING_ROLES, agency__forum=forum)
    return Agency.objects.filter(pk__in=roles.values("agency"))


def pin_comments(comments, paragraphs: list[str]) -> tuple[dict[int, list], list]:
    """Each comment beside the paragraph it quotes, wherever that paragraph moved; else with the general ones."""
    where = {text[:300]: number for number, text in enumerate(paragraphs, 1)}
    pinned: dict[int, list] = {}
    general = []
    for comment in comments:
        number = where.get(comment.quote) if comment.quote else None
        if number:
            pinned.setdefault(number, []).append(comment)
        else:
            general.append(comment)
    return pinned, general


@login_required
def release_list(request):
    forum = current_forum(request)
    visible = Release.objects.in_forum(forum).visible_to(request.user).select_related("agency")
    filters = ListFilter(request.GET, statuses=Status.choices,
                         agencies=Agency.objects.filter(forum=forum).order_by("name"))  # fmt: skip
    releases = visible.filtered(**filters.chosen)
    return render(request, "releases/list.html", {
        "waiting": visible.waiting_for(request.user).order_by("updated_at"),
        "page": Paginator(releases.order_by("-updated_at", "-pk"), 50).get_page(request.GET.get("halaman")),
        "filters": filters,
        "can_add": _drafting_agencies(request, forum).exists(),
    })  # fmt: skip


@login_required
def release_create(request):
    forum = current_forum(request)
    agencies = _drafting_agencies(request, forum)
    if not agencies.exists():
        raise PermissionDenied("releases.add_release")
    form = ReleaseForm(request.POST or None, agencies=agencies, forum=forum)
    if form.is_valid():
        require("releases.add_release", request.user, form.cleaned_data["agency"])
        with transaction.atomic():
            release = form.save(commit=False)
            release.created_by = request.user
            release.save()
            form.save_m2m()
            release.snapshot(request.user)
            release.record(request.user, "created")
        messages.success(request, _("Draft saved."))
        return redirect(release.get_workspace_url())
    return render(request, "releases/form.html", {
        "form": form, "creating": True, "panels": contributions.panels_for(request, None, contributions.editor_panels)})


@login_required
def release_detail(request, pk: int):
    release = release_for(request, pk, "releases.view_release")
    user = request.user
    located = guard.scan(release)
    actions = [(name, label) for rule, name, label, statuses in ACTIONS
               if release.status in statuses and allowed(rule, user, release)]  # fmt: skip
    if release.status == Status.PUBLISHED and not release.needs_review_after_publish:
        actions = [a for a in actions if a[0] != "confirm_review"]
    texts = markdown.paragraphs(release.body)
    pinned, general = pin_comments(release.comments.select_related("author"), texts)
    paragraphs = [(number, markdown.render(text), pinned.get(number, [])) for number, text in enumerate(texts, 1)]
    return render(request, "releases/detail.html", {
        "release": release,
        "paragraphs": paragraphs,
        "general_comments": general,
        "findings": located,
        "unresolved": [item for item in located if not item.overridden],
        "title_marked": guard.highlight(release.title, located, "title"),
        "summary_marked": guard.highlight(release.summary, located, "summary"),
        "body_marked": guard.highlight(release.body, located, "body"),
        "actions": actions,
        "events": release.events.select_related("actor")[:50],
        "versions": release.versions.all()[:20],
        "attachments": release.attachments.all(),
        "corrections": release.corrections.all(),
        "related": related_items(release) if allowed("releases.review_release", user, release) else None,
        "step_form": StepForm(),
        "comment_form": CommentForm(),
        "schedule_form": ScheduleForm(forum=release.forum),
        "attachment_form": AttachmentForm(),
        "can_edit": allowed("releases.change_release", user, release),
        "can_schedule": release.status in (Status.APPROVED, Status.SCHEDULED)
        and allowed("releases.publish_release", user, release),
        "can_publish_at_once": release.kip_class == "serta_merta" and release.status in {
            Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}
            and allowed("releases.publish_at_once", user, release),
        "can_correct": release.status == Status.PUBLISHED and allowed("releases.correct_release", user, release),
        "can_override": allowed("releases.override_pii", user, release),
        "can_comment": allowed("releases.comment_release", user, release),
        "can_attach": allowed("releases.change_release", user, release),
        "panels": contributions.panels_for(request, release),
    })  # fmt: skip


@login_required
def release_edit(request, pk: int):
    release = release_for(request, pk, "releases.change_release")
    forum = release.forum
    other_editor = release.claim_editing(request.user) if request.method == "GET" else None
    form = ReleaseForm(request.POST or None, instance=release, agencies=Agency.objects.none(), forum=forum,
                       may_declassify=allowed("releases.declassify", request.user, release))  # fmt: skip
    conflict = False
    if form.is_valid():
        try:
            with transaction.atomic():
                release = form.save(commit=False)
                release.save_edit(request.user, form.cleaned_data["lock_version"] or 0)
                form.save_m2m()
        except EditConflict:
            conflict = True
            form.add_error(None, _("Someone else saved this release while you were editing. Your text is kept "
                                   "below; compare it with the current version, then save again."))  # fmt: skip
            form.data = form.data.copy()
            form.data["lock_version"] = Release.objects.get(pk=pk).lock_version
        except TransitionError as error:
            messages.error(request, str(error))
            return redirect(release.get_workspace_url())
        else:
            messages.success(request, _("Changes saved."))
            return redirect(release.get_workspace_url())
    current = Release.objects.get(pk=pk) if conflict else None
    return render(request, "releases/form.html", {
        "form": form, "release": release, "other_editor": other_editor, "current": current,
        "panels": contributions.panels_for(request, release, contributions.editor_panels)})  # fmt: skip
