"""A forum meeting (kopi darat, coffee morning, rapat koordinasi...) and the series it may belong to.

A series is a rule ("the first Thursday of every month, 09.00-11.00"); each occurrence is its own
`Meeting` row, so one can be moved or cancelled (it is then `detached`) while the series goes on.
Times are stored in UTC and shown in the forum's time zone.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class MeetingKind(models.TextChoices):
    KOPI_DARAT = "kopi_darat", _("Kopi darat kehumasan")
    COFFEE_MORNING = "coffee_morning", _("Coffee morning")
    COORDINATION = "rapat_koordinasi", _("Coordination meeting")
    TRAINING = "pelatihan", _("Training")
    MEDIA_GATHERING = "media_gathering", _("Media gathering")


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    MONTHLY = "monthly", _("Every month")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("first")
    SECOND = 2, _("second")
    THIRD = 3, _("third")
    FOURTH = 4, _("fourth")
    LAST = -1, _("last")


class OnHoliday(models.TextChoices):
    """What happens to an occurrence that falls on a national holiday, cuti bersama or local day off."""

    NEXT_WORKING_DAY = "next", _("Move to the next working day")
    SKIP = "skip", _("Skip that occurrence")
    KEEP = "keep", _("Hold it anyway")


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class MeetingDetails(models.Model):
    """What a series and each of its meetings share: kind, title, place, length, who runs it."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+", verbose_name=_("forum"))
    kind = models.CharField(_("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.COFFEE_MORNING)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=limits.LONG_TEXT)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    is_public = models.BooleanField(_("on the public agenda"), default=False,
                                    help_text=_("Shown on the portal's agenda with its title, time, venue, organisers "
                                                "and description; never the invited or the online link."))  # fmt: skip
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )

    class Meta:
        abstract = True


class MeetingSeries(MeetingDetails):
    """A repeating meeting: the rule, and the details each new occurrence starts from."""

    organisers = models.ManyToManyField("forum.Agency", related_name="meeting_series", verbose_name=_("organisers"))
    frequency = models.CharField(_("repeats"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY)
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices, default=Weekday.THURSDAY)
    week_of_month = models.SmallIntegerField(_("which week of the month"), choices=WeekOfMonth.choices,
                                             default=WeekOfMonth.FIRST)  # fmt: skip
    starts_on = models.DateField(_("first date"))
    ends_on = models.DateField(_("last date"), null=True, blank=True,
                               help_text=_("Empty: the series goes on; meetings are planned a year ahead."))  # fmt: skip
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    on_holiday = models.CharField(_("on a holiday"), max_length=5, choices=OnHoliday.choices,
                                  default=OnHoliday.NEXT_WORKING_DAY)  # fmt: skip
    chair = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="chaired_series", verbose_name=_("chair"),
                              help_text=_("Approves the minutes and decides whether they are public."))  # fmt: skip
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    class Meta:
        ordering = ["title"]
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:series", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id


def new_checkin_token() -> str:
    return secrets.token_urlsafe(16)


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(end__gte=now or timezone.now(), status=MeetingStatus.SCHEDULED).order_by("start")

    def public(self):
        """The only meetings a public surface may show: marked public by the chair, not cancelled."""
        return self.filter(is_public=True, status=MeetingStatus.SCHEDULED)

    def visible_to(self, member, forum):
        """Members of the forum see all its meetings (the forum works in the open among its members)."""
        return self.filter(forum=forum)


class Meeting(MeetingDetails):
    series = models.ForeignKey(MeetingSeries, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="meetings", verbose_name=_("series"))  # fmt: skip
    slot = models.DateField(_("date in the series"), null=True, blank=True, editable=False,
                            help_text=_("The date the series rule gave this meeting, kept when it is moved."))  # fmt: skip
    detached = models.BooleanField(_("changed on its own"), default=False, editable=False,
                                   help_text=_("Moved or edited by itself: editing the series leaves it alone."))  # fmt: skip
    organisers = models.ManyToManyField("forum.Agency", related_name="meetings", verbose_name=_("organisers"))
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    chair = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="chaired_meetings", verbose_name=_("chair"),
                              help_text=_("Approves the minutes and decides whether they are public."))  # fmt: skip
    status = models.CharField(_("status"), max_length=10, choices=MeetingStatus.choices,
                              default=MeetingStatus.SCHEDULED)  # fmt: skip
    cancel_reason = models.TextField(_("reason for cancelling"), blank=True, max_length=limits.REASON)
    checkin_token = models.CharField(
        max_length=32, default=new_checkin_token, unique=True, editable=False, verbose_name=_("check-in code")
    )
    capability_fields = ("checkin_token",)  # shown only on the check-in code page (core/capabilities.py)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("reminder sent at"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint("series", "slot", name="meeting_one_per_series_slot"),
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="meeting_ends_after_start"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({timezone.localtime(self.start):%d-%m-%Y})"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @property
    def is_cancelled(self) -> bool:
        return self.status == MeetingStatus.CANCELLED

    @property
    def local_date(self):
        return timezone.localtime(self.start).date()

    def ical_uid(self) -> str:
        """Stable across edits and moves, so calendar apps update the event instead of adding one."""
        return f"meeting-{self.pk}@{urlsplit(settings.SITE_URL).hostname}"
