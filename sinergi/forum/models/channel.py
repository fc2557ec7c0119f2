"""The forum's own channel: moderators' announcements, discussion threads, the weekly digest."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from sinergi.core import markdown
from sinergi.core.audit import acting_as
from sinergi.forum.models.roles import AgencyRoleKind, ForumRoleKind

# Long enough for a full briefing, short enough that one post cannot swamp a page or an e-mail.
MAX_TITLE = 200
MAX_BODY = 20_000
# Authors may correct a slip for a while; after that the text stands as the others read it.
EDIT_WINDOW = dt.timedelta(minutes=30)


class Announcement(models.Model):
    """A message from the moderators to every member of the forum, or to those holding chosen roles.

    It reaches the people who hold the roles when it is published (one receipt each), as an
    e-mail would; empty role lists mean everyone.
    """

    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.CASCADE, related_name="announcements", verbose_name=_("forum")
    )
    title = models.CharField(_("title"), max_length=MAX_TITLE)
    body = models.TextField(_("message"), max_length=MAX_BODY)
    forum_roles = models.JSONField(_("forum roles"), default=list, blank=True)
    agency_roles = models.JSONField(_("agency roles"), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(_("published"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("channel:announcement_detail", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @cached_property
    def body_html(self) -> SafeString:
        return markdown.render(self.body)

    @property
    def is_for_everyone(self) -> bool:
        return not (self.forum_roles or self.agency_roles)

    def audience_labels(self) -> list[str]:
        forum = dict(ForumRoleKind.choices)
        agency = dict(AgencyRoleKind.choices)
        return [str(forum[r]) for r in self.forum_roles if r in forum] + [
            str(agency[r]) for r in self.agency_roles if r in agency
        ]


class AnnouncementReceipt(models.Model):
    """One member's copy of an announcement: that it reached them, was e-mailed, and was read."""

    # Delivery bookkeeping, one row per reader; the announcement itself is audited.
    audit_trail_exempt = True

    announcement = models.ForeignKey(Announcement, on_delete=models.CASCADE, related_name="receipts")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="announcement_receipts")
    emailed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("announcement receipt")
        verbose_name_plural = _("announcement receipts")
        constraints = [models.UniqueConstraint(fields=["announcement", "member"], name="announcement_receipt_unique")]
        indexes = [models.Index(fields=["member", "read_at"], name="receipt_member_read")]

    def __str__(self) -> str:
        return f"{self.announcement} → {self.member}"


class Post(models.Model):
    """What a thread's opening and its replies share: an author, a Markdown body, an edit window."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("author")
    )
    body = models.TextField(_("message"), max_length=MAX_BODY)
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        abstract = True

    @cached_property
    def body_html(self) -> SafeString:
        return markdown.render(self.body)

    def within_edit_window(self, now: dt.datetime | None = None) -> bool:
        return (now or timezone.now()) - self.created_at <= EDIT_WINDOW


class ThreadQuerySet(models.QuerySet):
    def listed(self) -> ThreadQuerySet:
        """Pinned threads first, then the most recently active."""
        return self.order_by("-is_pinned", "-last_activity_at", "-pk")


class Thread(Post):
    """A discussion on one topic among the forum's members."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="threads", verbose_name=_("forum"))
    title = models.CharField(_("topic"), max_length=MAX_TITLE)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name=_("last activity at"))
    is_pinned = models.BooleanField(_("pinned"), default=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("closed by")
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at", "-pk"]
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("channel:thread_detail", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @property
    def thread(self) -> Thread:
        return self

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def pin(self, by) -> None:
        """Keep the thread at the top of the list."""
        self._set(by, is_pinned=True)

    def unpin(self, by) -> None:
        self._set(by, is_pinned=False)

    def close(self, by) -> None:
        """Stop new replies; what was written stays readable."""
        if not self.is_closed:
            self._set(by, closed_at=timezone.now(), closed_by=by)

    def reopen(self, by) -> None:
        if self.is_closed:
            self._set(by, closed_at=None, closed_by=None)

    def _set(self, by, **values) -> None:
        if all(getattr(self, name) == value for name, value in values.items()):
            return
        for name, value in values.items():
            setattr(self, name, value)
        with acting_as(by):
            self.save(update_fields=list(values))


class Reply(Post):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies", verbose_name=_("discussion"))

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return f"{self.thread}: {self.body[:60]}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#balasan-{self.pk}"

    @property
    def forum(self):
        return self.thread.forum

    @property
    def audit_forum_id(self) -> int | None:
        return self.thread.forum_id


class Mention(models.Model):
    """A member named with @ in a post; the row makes sure they are told once."""

    audit_trail_exempt = True  # a notification record; the post that caused it is audited

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentions")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="mentions")
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="mentions")
    created_at = models.DateTimeField(default=timezone.now)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "thread"], condition=models.Q(reply__isnull=True), name="mention_once_per_thread"
            ),
            models.UniqueConstraint(
                fields=["member", "reply"], condition=models.Q(reply__isnull=False), name="mention_once_per_reply"
            ),
        ]

    def __str__(self) -> str:
        return f"@{self.member} · {self.thread}"

    @property
    def post(self) -> Thread | Reply:
        return self.reply or self.thread


class DigestSent(models.Model):
    """The weekly digest a member was sent; the unique week is what keeps a second run from resending."""

    audit_trail_exempt = True  # itself the record of a sending

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests_sent")
    week = models.DateField(_("week"), help_text=_("The Monday the week starts on"))
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-week"]
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [models.UniqueConstraint(fields=["member", "week"], name="digest_once_per_week")]

    def __str__(self) -> str:
        return f"{self.member} · {self.week:%Y-%m-%d}"
