"""Amplification: the forum asks agencies to share a published release on their official accounts, and
each agency's social-media admin reports the link of every post, or declines with a reason.

A request names the release, the platforms and the due time; it has one target per agency asked and,
per target, one report per platform. A report's link is checked against the agency's accounts in the
directory (`post_links.py`); a link that fails is kept as refused until a moderator accepts it with a
reason, so nothing counts as shared that nobody could see was the agency's own.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.forum.models import SocialPlatform

# The platforms an agency can be asked to share on (a WhatsApp channel too; "other" cannot be checked).
PLATFORMS = [choice for choice in SocialPlatform.choices if choice[0] != SocialPlatform.OTHER]


class AmplificationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed_at__isnull=True)


class AmplificationRequest(models.Model):
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="amplification_requests",
                              verbose_name=_("forum"))  # fmt: skip
    release = models.ForeignKey("releases.Release", on_delete=models.CASCADE, related_name="amplification_requests",
                                verbose_name=_("release"))  # fmt: skip
    platforms = models.JSONField(_("platforms"), default=list)
    due_at = models.DateTimeField(_("share by"))
    message = models.TextField(_("message to the agencies"), blank=True, max_length=limits.REASON)
    urgent = models.BooleanField(_("urgent (serta-merta)"), default=False)
    asked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                 verbose_name=_("asked by"))  # fmt: skip
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    closed_reason = models.CharField(_("why it was closed"), max_length=300, blank=True)

    objects = AmplificationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("amplification request")
        verbose_name_plural = _("amplification requests")

    def __str__(self) -> str:
        return str(self.release)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def platform_labels(self) -> list[str]:
        return [str(SocialPlatform(value).label) for value in self.platforms if value in SocialPlatform.values]


class AmplificationTarget(models.Model):
    """One agency asked: its reports per platform, or its reason for not sharing."""

    request = models.ForeignKey(AmplificationRequest, on_delete=models.CASCADE, related_name="targets",
                                verbose_name=_("amplification request"))  # fmt: skip
    agency = models.ForeignKey("forum.Agency", on_delete=models.CASCADE, related_name="amplification_targets",
                               verbose_name=_("agency"))  # fmt: skip
    told = models.PositiveSmallIntegerField(_("people e-mailed"), default=0)
    declined_at = models.DateTimeField(_("declined at"), null=True, blank=True)
    decline_reason = models.CharField(_("reason for not sharing"), max_length=300, blank=True)
    declined_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("declined by"))  # fmt: skip
    reminded_at = models.DateTimeField(_("reminded before the due time at"), null=True, blank=True)
    late_notice_at = models.DateTimeField(_("told it is late at"), null=True, blank=True)

    class Meta:
        ordering = ["agency__name"]
        verbose_name = _("agency asked to share")
        verbose_name_plural = _("agencies asked to share")
        constraints = [models.UniqueConstraint("request", "agency", name="amplification_target_once_per_agency")]

    def __str__(self) -> str:
        return f"{self.agency} · {self.request}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.request.forum_id


class ReportState(models.TextChoices):
    CHECKED = "checked", _("On the agency's account")
    UNSHOWN = "unshown", _("Post link (the account is not shown in it)")
    REFUSED = "refused", _("Refused: waiting for a moderator")
    ACCEPTED = "accepted", _("Accepted by a moderator")


class PostReport(models.Model):
    """The link of one post on one platform, as the agency's admin reported it."""

    target = models.ForeignKey(AmplificationTarget, on_delete=models.CASCADE, related_name="reports",
                               verbose_name=_("agency asked to share"))  # fmt: skip
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("link of the post"), max_length=500)
    state = models.CharField(_("check"), max_length=10, choices=ReportState.choices)
    problem = models.CharField(_("why the link was refused"), max_length=300, blank=True)
    accepted_reason = models.CharField(_("why a moderator accepted it"), max_length=300, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("accepted by"))  # fmt: skip
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("reported by"))  # fmt: skip
    reported_at = models.DateTimeField(_("reported at"), default=timezone.now)

    class Meta:
        ordering = ["platform"]
        verbose_name = _("reported post")
        verbose_name_plural = _("reported posts")
        constraints = [models.UniqueConstraint("target", "platform", name="post_report_once_per_platform")]

    def __str__(self) -> str:
        return self.url

    @property
    def audit_forum_id(self) -> int | None:
        return self.target.request.forum_id

    @property
    def counts(self) -> bool:
        """Whether it counts as shared: on the agency's account, a post link, or accepted by a moderator."""
        return self.state != ReportState.REFUSED

    @property
    def on_time(self) -> bool:
        return self.reported_at <= self.target.request.due_at


def new_code() -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o, 1/l: read aloud and typed from a poster
    return "".join(secrets.choice(alphabet) for _n in range(7))


class ShareKit(models.Model):
    """What a release is shared with: its short link's code, the focal point of its lead image, and the
    captions as the admins last edited them (empty: the drafts are used)."""

    release = models.OneToOneField("releases.Release", on_delete=models.CASCADE, related_name="share_kit",
                                   verbose_name=_("release"))  # fmt: skip
    code = models.CharField(_("short link code"), max_length=12, unique=True, default=new_code)
    focal_x = models.FloatField(_("focal point, across"), default=0.5)
    focal_y = models.FloatField(_("focal point, down"), default=0.5)
    captions = models.JSONField(_("captions"), default=dict, blank=True)
    framed = models.BooleanField(_("with the forum's frame"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("updated by"))  # fmt: skip

    class Meta:
        verbose_name = _("share kit")
        verbose_name_plural = _("share kits")

    def __str__(self) -> str:
        return str(self.release)

    @property
    def audit_forum_id(self) -> int | None:
        return self.release.agency.forum_id


class ShareClick(models.Model):
    """Clicks on a short link per source platform and day: a count, never who clicked."""

    kit = models.ForeignKey(ShareKit, on_delete=models.CASCADE, related_name="clicks")
    source = models.CharField(max_length=20)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    audit_trail_exempt = True  # a counter

    class Meta:
        constraints = [models.UniqueConstraint("kit", "source", "day", name="share_click_once_per_source_and_day")]

    def __str__(self) -> str:
        return f"{self.kit} {self.source} {self.day}: {self.count}"


class Observance(models.Model):
    """A day the forum plans its communication around, kept by its moderators with where it comes from."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="observances",
                              verbose_name=_("forum"))  # fmt: skip
    name = models.CharField(_("name"), max_length=150)
    day = models.DateField(_("date"))
    every_year = models.BooleanField(_("every year on this date"), default=True)
    source = models.CharField(_("source"), max_length=200, help_text=_("E.g. Perda 12/2009 on the regency's anniversary."))

    class Meta:
        ordering = ["day"]
        verbose_name = _("observance")
        verbose_name_plural = _("observances")

    def __str__(self) -> str:
        return self.name

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id


class ClashFingerprint(models.Model):
    """What clash detection knows of a release's text: its MinHash signature, and which text it was made from.

    Its keys (`ClashKey`) let a draft find the few releases worth comparing among many (`clash_index.py`).
    """

    release = models.OneToOneField("releases.Release", on_delete=models.CASCADE, primary_key=True,
                                   related_name="clash_fingerprint")  # fmt: skip
    signature = models.BinaryField(null=True)  # near_duplicates.NUM_PERM unsigned 32-bit numbers
    text_hash = models.CharField(max_length=80)  # "<version>:<sha256>"
    indexed_at = models.DateTimeField(default=timezone.now)

    audit_trail_exempt = True  # derived from the release's text, rebuilt at will

    def __str__(self) -> str:
        return f"fingerprint of release {self.release_id}"


class ClashKey(models.Model):
    """One key of a release: a band of its signature, or a figure's unit with one of its subject words."""

    release = models.ForeignKey("releases.Release", on_delete=models.CASCADE, related_name="+", db_index=False)
    key = models.BigIntegerField()

    audit_trail_exempt = True  # derived, like the fingerprint

    class Meta:
        indexes = [models.Index(fields=["key", "release"], name="clash_key_lookup"),
                   models.Index(fields=["release"], name="clash_key_release")]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.release_id}: {self.key}"


class ClashVerdict(models.TextChoices):
    COORDINATE = "coordinate", _("Same event: coordinate")
    FIGURES_CHECKED = "figures_checked", _("Figures checked")
    NOT_A_CLASH = "not_a_clash", _("Not a clash")


class ClashMark(models.Model):
    """A moderator's word on one finding about a release under review, kept for the next look at it.

    A figure finding is keyed by what clashed ("balita:1245:1254"), so a changed figure is a new finding.
    """

    release = models.ForeignKey("releases.Release", on_delete=models.CASCADE, related_name="clash_marks",
                                verbose_name=_("release under review"))  # fmt: skip
    other = models.ForeignKey("releases.Release", on_delete=models.CASCADE, related_name="+",
                              verbose_name=_("the other release"))  # fmt: skip
    kind = models.CharField(_("kind of finding"), max_length=20)  # "event" or "figure"
    key = models.CharField(_("what clashed"), max_length=200, blank=True)
    verdict = models.CharField(_("verdict"), max_length=20, choices=ClashVerdict.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                  verbose_name=_("marked by"))  # fmt: skip
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint("release", "other", "kind", "key", name="clash_mark_once_per_finding")]
        verbose_name = _("clash mark")
        verbose_name_plural = _("clash marks")

    def __str__(self) -> str:
        return f"{self.release_id} / {self.other_id}: {self.get_verdict_display()}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.release.agency.forum_id
