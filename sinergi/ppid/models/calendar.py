"""The PPID's working-day calendar and the table of statutory periods (UU 14/2008, Perki 1/2021).

Periods and days off are data an administrator can correct, never constants in code: the rules
change and regions apply them differently (DOMAIN.md section 3).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Step(models.TextChoices):
    """The steps of a request's life that run on the clock."""

    NOTICE = "notice", _("Written notice to the requester")
    EXTENSION = "extension", _("Extension of the written notice")
    OBJECTION = "objection", _("Filing an objection (keberatan)")
    OBJECTION_ANSWER = "objection_answer", _("The atasan PPID answers the objection")
    DISPUTE = "dispute", _("Taking the dispute to the Komisi Informasi")
    KI_START = "ki_start", _("The Komisi Informasi begins mediation or adjudication")
    KI_DECISION = "ki_decision", _("The Komisi Informasi settles the dispute")
    COURT = "court", _("Appealing the Komisi Informasi's decision to court")


class DeadlineRule(models.Model):
    """How many working days a step may take; a forum's own row overrides the national one."""

    forum = models.ForeignKey("forum.Forum", null=True, blank=True, on_delete=models.CASCADE, related_name="+",
                              help_text=_("Empty for the national rule every forum follows."), verbose_name=_("forum"))  # fmt: skip
    step = models.CharField(_("step"), max_length=30, choices=Step.choices)
    working_days = models.PositiveSmallIntegerField(_("working days"))
    legal_basis = models.CharField(_("legal basis"), max_length=200, blank=True)

    class Meta:
        ordering = ["step"]
        verbose_name = _("deadline rule")
        verbose_name_plural = _("deadline rules")
        constraints = [
            models.UniqueConstraint("forum", "step", name="deadline_rule_unique_per_forum"),
            models.UniqueConstraint(
                "step", condition=models.Q(forum__isnull=True), name="deadline_rule_unique_national"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_step_display()}: {self.working_days}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id


class LocalDayOff(models.Model):
    """A change of the region to the national calendar: a day its offices are closed that the national
    calendar does not know (a local holiday, an extra cuti bersama), or, with `works`, a national day
    off on which they work after all (a cuti bersama the government cancelled or the region does not keep)."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="days_off", verbose_name=_("forum"))
    date = models.DateField(_("date"))
    name = models.CharField(_("name"), max_length=150)
    works = models.BooleanField(_("a working day after all"), default=False,
                                help_text=_("Tick for a national cuti bersama that is cancelled: offices are open "
                                            "and the day counts."))  # fmt: skip

    class Meta:
        ordering = ["date"]
        verbose_name = _("local day off")
        verbose_name_plural = _("local days off")
        constraints = [models.UniqueConstraint("forum", "date", name="local_day_off_unique")]

    def __str__(self) -> str:
        return f"{self.date} {self.name}" + (" (hari kerja)" if self.works else "")

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id


class CalendarSettings(models.Model):
    """How a forum counts working days, where the regulations leave a choice."""

    forum = models.OneToOneField(
        "forum.Forum", on_delete=models.CASCADE, related_name="calendar_settings", verbose_name=_("forum")
    )
    cuti_bersama_is_working_day = models.BooleanField(
        _("cuti bersama count as working days"), default=False,
        help_text=_("By default the collective leave days (cuti bersama) are days off, like national holidays."),
    )  # fmt: skip
    count_day_of_receipt = models.BooleanField(
        _("the day of receipt counts"), default=False,
        help_text=_("By default counting starts on the working day after a request is received."),
    )  # fmt: skip

    class Meta:
        verbose_name = _("calendar settings")
        verbose_name_plural = _("calendar settings")

    def __str__(self) -> str:
        return str(self.forum)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id
