"""Objections (keberatan, UU 14/2008 Pasal 35-36) and disputes before the Komisi Informasi (Pasal 37-38)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class ObjectionGround(models.TextChoices):
    """Pasal 35(1) letters a-g."""

    A = "a", _("a. The request was refused under Pasal 17")
    B = "b", _("b. Periodic information was not published")
    C = "c", _("c. The request was not answered")
    D = "d", _("d. It was answered other than requested")
    E = "e", _("e. The request was not fulfilled")
    F = "f", _("f. An unreasonable fee was charged")
    G = "g", _("g. It was answered late")


class ObjectionOutcome(models.TextChoices):
    UPHELD = "diterima", _("Objection upheld")
    REJECTED = "ditolak", _("Objection rejected")


class Objection(models.Model):
    request = models.OneToOneField("ppid.InformationRequest", on_delete=models.CASCADE, related_name="objection")
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    grounds = models.JSONField(_("grounds (Pasal 35)"), default=list)
    statement = models.TextField(_("what you object to"), max_length=limits.LONG_TEXT)
    outcome = models.CharField(_("decision"), max_length=10, choices=ObjectionOutcome.choices, blank=True)
    answer = models.TextField(_("the atasan's answer"), blank=True, max_length=limits.LONG_TEXT)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")  # fmt: skip
    answered_by_position = models.CharField(_("position of the atasan"), max_length=150, blank=True)
    requester_response = models.TextField(_("the requester's response"), blank=True, max_length=limits.REASON)
    reminded_for = models.DateField(_("reminder sent for the answer due on"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("objection")
        verbose_name_plural = _("objections")

    def __str__(self) -> str:
        return f"{self.request} ({', '.join(self.grounds)})"

    @property
    def audit_forum_id(self) -> int | None:
        return self.request.forum_id

    @property
    def number(self) -> str:
        """One objection per request, so it is registered under the request's own number."""
        return f"KEB-{self.request.number}"

    def grounds_display(self) -> list[str]:
        return [str(ObjectionGround(letter).label) for letter in self.grounds if letter in ObjectionGround.values]

    def answer_due_on(self, calendar=None):
        from sinergi.ppid.clock import DeadlineCalendar
        from sinergi.ppid.models.calendar import Step

        calendar = calendar or DeadlineCalendar.for_forum(self.request.forum)
        days = calendar.days_for(self.request.forum, Step.OBJECTION_ANSWER)
        return calendar.add_working_days(timezone.localtime(self.received_at).date(), days)


class DisputeStage(models.TextChoices):
    FILED = "diajukan", _("Filed")
    MEDIATION = "mediasi", _("Mediation")
    ADJUDICATION = "ajudikasi", _("Adjudication")
    DECIDED = "putusan", _("Decided")


class DisputeResult(models.TextChoices):
    """How a dispute ended (Perki 1/2013: settled in mediation, or decided after adjudication)."""

    SETTLED = "mediasi_sepakat", _("Settled in mediation")
    GRANTED = "dikabulkan", _("Request granted")
    PARTLY = "dikabulkan_sebagian", _("Request granted in part")
    REJECTED = "ditolak", _("Request rejected")
    WITHDRAWN = "dicabut", _("Withdrawn by the requester")


class Dispute(models.Model):
    """A dispute the requester took to the Komisi Informasi, recorded by the PPID."""

    objection = models.OneToOneField(Objection, on_delete=models.CASCADE, related_name="dispute")
    filed_on = models.DateField(_("filed on"))
    case_number = models.CharField(_("case number"), max_length=100, blank=True)
    stage = models.CharField(_("stage"), max_length=10, choices=DisputeStage.choices, default=DisputeStage.FILED)
    mediation_on = models.DateField(_("mediation began on"), null=True, blank=True)
    adjudication_on = models.DateField(_("adjudication began on"), null=True, blank=True)
    decided_on = models.DateField(_("decided or settled on"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=DisputeResult.choices, blank=True)
    outcome = models.TextField(_("outcome"), blank=True, max_length=limits.LONG_TEXT,
                               help_text=_("What the Komisi Informasi decided or the parties agreed."))  # fmt: skip

    class Meta:
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")

    def __str__(self) -> str:
        return self.case_number or str(self.objection)

    @property
    def audit_forum_id(self) -> int | None:
        return self.objection.request.forum_id
