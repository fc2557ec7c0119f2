"""A release and its workflow: draft -> submitted -> forum review -> approved -> published.

Every state change is a method here that checks the current state, moves with a conditional
UPDATE (so two workers or two tabs cannot both win) and records who did it and why.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits, pii
from sinergi.core.classification import Classified, ClassifiedQuerySet, KipClass
from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import TransitionError
from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.releases.models.review import EventAction, ReleaseEvent, ReleaseVersion


class ReleaseKind(models.TextChoices):
    PRESS_RELEASE = "siaran_pers", _("Press release (siaran pers)")
    ANNOUNCEMENT = "pengumuman", _("Announcement (pengumuman)")
    ARTICLE = "artikel", _("Article")
    INFOGRAPHIC = "infografis", _("Infographic")
    PUBLIC_INFORMATION = "informasi_publik", _("Public information item")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for the agency's PR head")
    IN_REVIEW = "in_review", _("In forum review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    ARCHIVED = "archived", _("Archived")


EDITABLE = {Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED, Status.IN_REVIEW}
# What an edit or a correction may write: never the state, which only the workflow steps move.
CONTENT_FIELDS = [
    "kind", "title", "slug", "summary", "body", "kip_class", "berkala_item", "exemption_ground",
    "exemption_legal_basis", "exemption_consequence", "exemption_ends_on", "exemption_decree_number",
    "exemption_decree_date", "editing_by", "editing_since", "updated_at", "planned_on",
]  # fmt: skip
DRAFTING_ROLES = (AgencyRoleKind.ADMIN_MEDSOS, AgencyRoleKind.PRANATA_HUMAS, AgencyRoleKind.PEJABAT_HUMAS)


# How long after its time a scheduled release that is still not out counts as late.
LATE_AFTER = timedelta(minutes=5)


class PublishBlocked(TransitionError):
    """Publishing was refused (exempt, personal data unresolved); the release keeps its state."""


class EditConflict(Exception):
    """Someone saved the release after this editor opened it."""


def public_release(prefix: str = "") -> Q:
    """What makes a release public: published or archived, its time come, not withdrawn, not exempt.

    `prefix` applies the same rule across a relation (e.g. "release__" from an attachment) as a
    join, which databases answer far faster than a subquery of every public id.
    """
    return Q(
        **{f"{prefix}status__in": [Status.PUBLISHED, Status.ARCHIVED], f"{prefix}published_at__lte": timezone.now(),
           f"{prefix}withdrawn_at__isnull": True}
    ) & ~Q(**{f"{prefix}kip_class": KipClass.DIKECUALIKAN})  # fmt: skip


class ReleaseQuerySet(ClassifiedQuerySet):
    def public(self):
        """The only way a release reaches a public surface."""
        return self.filter(public_release())

    def in_forum(self, forum):
        return self.filter(agency__forum=forum)

    def urgent(self):
        """Serta-merta releases still fresh enough for the portal's banner."""
        since = timezone.now() - timedelta(days=settings.SERTA_MERTA_BANNER_DAYS)
        return self.filter(kip_class=KipClass.SERTA_MERTA, published_at__gte=since)

    def visible_to(self, member):
        """Releases a member may open in the back office: their agencies' and, for moderators, the forum's."""
        moderated = member.forum_roles.filter(role=ForumRoleKind.MODERATOR).values("forum")
        return self.filter(Q(agency__member_roles__member=member) | Q(agency__forum__in=moderated)).distinct()

    def late(self):
        """Scheduled releases still not out a while after their time: the sweep runs every minute, so
        such a release was refused (see `publish_error`) or the queue is down."""
        return self.filter(status=Status.SCHEDULED, publish_at__lt=timezone.now() - LATE_AFTER)

    def filtered(self, status: str = "", agency=None, overdue: bool = False):
        """The release list's filters (core/list_filters.py): each one given narrows the list."""
        chosen = self.late() if overdue else self
        if status:
            chosen = chosen.filter(status=status)
        return chosen.filter(agency=agency) if agency is not None else chosen

    def waiting_for(self, member):
        """What needs this member's hand next."""

        def agencies(*roles):
            return member.agency_roles.filter(role__in=roles).values("agency")

        moderated = member.forum_roles.filter(role=ForumRoleKind.MODERATOR).values("forum")
        heads = agencies(AgencyRoleKind.PEJABAT_HUMAS)
        return self.filter(
            Q(status=Status.SUBMITTED, agency__in=heads)
            | Q(status=Status.IN_REVIEW, agency__forum__in=moderated)
            | Q(status=Status.CHANGES_REQUESTED, agency__in=agencies(*DRAFTING_ROLES))
            | Q(status=Status.APPROVED, agency__forum__in=moderated)
            | Q(status=Status.APPROVED, agency__in=heads)
            | Q(status=Status.PUBLISHED, needs_review_after_publish=True, agency__forum__in=moderated)
        ).distinct()


class Release(Classified):
    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="releases",
                               verbose_name=_("agency"))  # fmt: skip
    kind = models.CharField(_("kind"), max_length=20, choices=ReleaseKind.choices, default=ReleaseKind.PRESS_RELEASE)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(max_length=120, blank=True, verbose_name=_("address slug"))
    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=limits.REASON,
        help_text=_("One or two sentences shown in lists and feeds."),
    )
    body = models.TextField(
        _("body"),
        max_length=limits.DOCUMENT,
        help_text=_("Markdown: blank line between paragraphs, **bold**, lists, links."),
    )
    themes = models.ManyToManyField("releases.Theme", blank=True, related_name="releases", verbose_name=_("themes"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(_("publish at"), null=True, blank=True)
    planned_on = models.DateField(_("planned publication date"), null=True, blank=True,
                                  help_text=_("Shown on the forum's content calendar while the release is a draft, "
                                              "so other agencies see what is coming."))  # fmt: skip
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    needs_review_after_publish = models.BooleanField(default=False, verbose_name=_("needs review after publication"))
    publish_error = models.TextField(blank=True, verbose_name=_("publication problem"))
    withdrawn_at = models.DateTimeField(null=True, blank=True, verbose_name=_("withdrawn at"))
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True, max_length=limits.REASON)
    archived_at = models.DateTimeField(null=True, blank=True, verbose_name=_("archived at"))
    lock_version = models.PositiveIntegerField(default=1, verbose_name=_("edit version"))
    editing_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("being edited by"),
    )
    editing_since = models.DateTimeField(null=True, blank=True, verbose_name=_("editing since"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        indexes = [
            models.Index(fields=["status", "published_at"], name="release_status_published"),
            models.Index(fields=["agency", "status", "published_at"], name="release_agency_published"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = slugify(self.title)[:120] or "rilis"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("portal:release", args=[self.pk, self.slug])

    def get_workspace_url(self) -> str:
        return reverse("releases:detail", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id

    @property
    def forum(self):
        return self.agency.forum

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def is_public(self) -> bool:
        return Release.objects.public().filter(pk=self.pk).exists()

    @property
    def is_late(self) -> bool:
        """See `ReleaseQuerySet.late`."""
        return (
            self.status == Status.SCHEDULED
            and self.publish_at is not None
            and self.publish_at < timezone.now() - LATE_AFTER
        )

    # --- text and versions ---------------------------------------------------------------

    def snapshot(self, by) -> ReleaseVersion:
        """Keep the current text as a new version, unless it equals the last one."""
        last = self.versions.first()
        if last and (last.title, last.summary, last.body) == (self.title, self.summary, self.body):
            return last
        number = (last.number + 1) if last else 1
        return self.versions.create(number=number, title=self.title, summary=self.summary, body=self.body,
                                    created_by=by)  # fmt: skip

    def save_edit(self, by, expected_lock_version: int) -> None:
        """Save the edited fields unless someone saved after `expected_lock_version` was read."""
        if not self.is_editable:
            raise TransitionError(_("This release can no longer be edited; ask for changes or correct it."))
        with transaction.atomic():
            self._claim_version(expected_lock_version, EDITABLE)
            self.editing_by, self.editing_since = None, None
            self.save(update_fields=CONTENT_FIELDS)
            self.snapshot(by)
            self.record(by, EventAction.EDITED)

    def _claim_version(self, expected_lock_version: int, states: set[str]) -> None:
        """Take the next version number, or raise EditConflict if the release moved on meanwhile."""
        moved = Release.objects.filter(pk=self.pk, lock_version=expected_lock_version, status__in=states).update(
            lock_version=F("lock_version") + 1
        )
        if not moved:
            raise EditConflict
        self.lock_version = expected_lock_version + 1

    def claim_editing(self, by) -> object | None:
        """Note that `by` opened the editor; return whoever else has it open right now, if anyone."""
        fresh = timezone.now() - timedelta(minutes=settings.EDIT_LEASE_MINUTES)
        other = self.editing_by if (self.editing_by_id not in (None, by.pk) and self.editing_since
                                    and self.editing_since > fresh) else None  # fmt: skip
        if other is None:
            Release.objects.filter(pk=self.pk).update(editing_by=by, editing_since=timezone.now())
        return other

    # --- the workflow ----------------------------------------------------------------------

    def record(self, by, action: str, comment: str = "", from_status: str = "", to_status: str = "") -> ReleaseEvent:
        return self.events.create(action=action, actor=by, comment=comment, from_status=from_status,
                                  to_status=to_status)  # fmt: skip

    def _move(self, by, action: str, to: str, allowed: set[str], comment: str = "", **fields) -> ReleaseEvent:
        if self.status not in allowed:
            raise TransitionError(
                _("This release is “%(status)s”; that step is not possible now.")
                % {"status": self.get_status_display()}
            )
        with transaction.atomic():
            moved = Release.objects.filter(pk=self.pk, status=self.status).update(
                status=to, updated_at=timezone.now(), lock_version=F("lock_version") + 1, **fields
            )
            if not moved:
                raise TransitionError(_("Someone else moved this release just now. Reload the page."))
            before = self.status
            self.status = to
            self.lock_version += 1
            for name, value in fields.items():
                setattr(self, name, value)
            event = self.record(by, action, comment, before, to)
            # The conditional UPDATE sends no post_save: the index follows the step here, in its transaction.
            from sinergi.releases.effects import sync_search  # cycle: effects imports these models

            sync_search(self)
        self._after(event)
        return event

    @staticmethod
    def _after(event: ReleaseEvent) -> None:
        from sinergi.releases.effects import after_event  # cycle: effects imports these models

        transaction.on_commit(lambda: after_event(event.pk))

    def submit(self, by, comment: str = "") -> ReleaseEvent:
        """The drafter hands the release to the agency's PR head."""
        self.snapshot(by)
        return self._move(by, EventAction.SUBMITTED, Status.SUBMITTED, {Status.DRAFT, Status.CHANGES_REQUESTED},
                          comment)  # fmt: skip

    def approve_for_agency(self, by, comment: str = "") -> ReleaseEvent:
        """The agency's PR head approves and sends it to the forum for harmonisation."""
        return self._move(by, EventAction.AGENCY_APPROVED, Status.IN_REVIEW, {Status.SUBMITTED}, comment)

    def request_changes(self, by, comment: str) -> ReleaseEvent:
        if not comment.strip():
            raise TransitionError(_("Say what should change."))
        return self._move(by, EventAction.CHANGES_REQUESTED, Status.CHANGES_REQUESTED,
                          {Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}, comment)  # fmt: skip

    def approve(self, by, comment: str = "") -> ReleaseEvent:
        """The forum has checked it against other agencies' items and the themes."""
        return self._move(by, EventAction.APPROVED, Status.APPROVED, {Status.IN_REVIEW}, comment)

    def schedule(self, by, at, comment: str = "") -> ReleaseEvent:
        from sinergi.releases.tasks import publish_scheduled  # a cycle: the tasks import these models

        if at <= timezone.now():
            raise TransitionError(_("Choose a publication time in the future, or publish now."))
        self._check_publishable()
        event = self._move(by, EventAction.SCHEDULED, Status.SCHEDULED, {Status.APPROVED, Status.SCHEDULED}, comment,
                           publish_at=at, publish_error="")  # fmt: skip
        enqueue_or_defer(publish_scheduled, self.pk, run_after=at)
        return event

    def unschedule(self, by, comment: str = "") -> ReleaseEvent:
        return self._move(by, EventAction.UNSCHEDULED, Status.APPROVED, {Status.SCHEDULED}, comment, publish_at=None)

    def publish(self, by=None, comment: str = "") -> ReleaseEvent:
        """Publish an approved (or due scheduled) release; refused and recorded if anything blocks it."""
        if self.status not in {Status.APPROVED, Status.SCHEDULED}:
            raise TransitionError(_("Only an approved release can be published."))
        try:
            self._check_publishable()
        except PublishBlocked as blocked:
            Release.objects.filter(pk=self.pk).update(publish_error=str(blocked))
            self.publish_error = str(blocked)
            self._after(self.record(by, EventAction.PUBLISH_FAILED, str(blocked), self.status, self.status))
            raise
        return self._move(by, EventAction.PUBLISHED, Status.PUBLISHED, {Status.APPROVED, Status.SCHEDULED}, comment,
                          published_at=timezone.now(), publish_error="")  # fmt: skip

    def publish_at_once(self, by, comment: str) -> ReleaseEvent:
        """Serta-merta fast path: out now, forum review afterwards."""
        if self.kip_class != KipClass.SERTA_MERTA:
            raise TransitionError(_("Only serta-merta information may skip review."))
        if not comment.strip():
            raise TransitionError(_("Say briefly why this cannot wait for review."))
        self._check_publishable()
        self.snapshot(by)
        allowed = {Status.DRAFT, Status.CHANGES_REQUESTED, Status.SUBMITTED, Status.IN_REVIEW, Status.APPROVED}
        return self._move(by, EventAction.PUBLISHED_URGENTLY, Status.PUBLISHED, allowed, comment,
                          published_at=timezone.now(), needs_review_after_publish=True)  # fmt: skip

    def confirm_review(self, by, comment: str = "") -> ReleaseEvent:
        """A moderator has reviewed a serta-merta release published before review."""
        if not self.needs_review_after_publish:
            raise TransitionError(_("This release does not wait for a review."))
        return self._move(by, EventAction.REVIEWED_AFTER, self.status, {Status.PUBLISHED}, comment,
                          needs_review_after_publish=False)  # fmt: skip

    def correct(self, by, note: str, expected_lock_version: int) -> ReleaseEvent:
        """Publish edited text with a visible notice; the previous text stays as a version."""
        if not note.strip():
            raise TransitionError(_("Write the correction notice readers will see."))
        if self.status != Status.PUBLISHED:
            raise TransitionError(_("Only a published release can be corrected."))
        _refuse_personal_data(note)
        self._check_publishable()
        previous = self.versions.first()
        with transaction.atomic():
            self._claim_version(expected_lock_version, {Status.PUBLISHED})
            self.save(update_fields=CONTENT_FIELDS)
            self.snapshot(by)
            self.corrections.create(note=note, previous_version=previous, created_by=by)
            event = self._move(by, EventAction.CORRECTED, Status.PUBLISHED, {Status.PUBLISHED}, note)
        return event

    def withdraw(self, by, reason: str) -> ReleaseEvent:
        if not reason.strip():
            raise TransitionError(_("Give the public reason for the withdrawal."))
        _refuse_personal_data(reason)
        allowed = {Status.PUBLISHED, Status.SCHEDULED, Status.ARCHIVED}
        return self._move(by, EventAction.WITHDRAWN, Status.WITHDRAWN, allowed, reason,
                          withdrawn_at=timezone.now(), withdrawal_reason=reason.strip())  # fmt: skip

    def archive(self, by, comment: str = "") -> ReleaseEvent:
        return self._move(by, EventAction.ARCHIVED, Status.ARCHIVED, {Status.PUBLISHED, Status.WITHDRAWN}, comment,
                          archived_at=timezone.now())  # fmt: skip

    def _check_publishable(self) -> None:
        from sinergi.releases.guard import unresolved_findings  # cycle: the guard imports these models

        if self.is_exempt:
            raise PublishBlocked(_("Exempt (dikecualikan) information can never be scheduled or published."))
        pending = unresolved_findings(self)
        if pending:
            raise PublishBlocked(
                _("%(count)d personal-data finding(s) must be redacted or overridden first.") % {"count": len(pending)}
            )


def _refuse_personal_data(notice: str) -> None:
    """A public notice (correction, withdrawal reason) is published as typed, so it must hold no personal data."""
    found = pii.find_personal_data(notice)
    if found:
        kinds = ", ".join(sorted({str(finding.label) for finding in found}))
        raise TransitionError(_("The notice contains personal data (%(kinds)s); leave it out.") % {"kinds": kinds})
