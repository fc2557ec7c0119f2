"""Objections (keberatan, UU 14/2008 Pasal 35-36) and disputes before the Komisi Informasi (Pasal 37-38).

Filing is `InformationRequest.file_objection`; the atasan's answer, the requester's response and
the PPID's record of a dispute are methods here. Each moves with a conditional UPDATE and leaves a
line in the request's history (`RequestEvent`), the one trail of a request and what followed it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.workflow import TransitionError, check_length, move
from sinergi.ppid import letters
from sinergi.ppid.models.calendar import Step
from sinergi.ppid.models.event import RequestAction, RequestEvent
from sinergi.ppid.models.letter import LetterKind


class ObjectionGround(models.TextChoices):
    """Pasal 35(1) letters a-g."""

    A = "a", _("a. The request was refused under Pasal 17")
    B = "b", _("b. Periodic information was not published")
    C = "c", _("c. The request was not answered")
    D = "d", _("d. It was answered other than requested")
    E = "e", _("e. The request was not fulfilled")
    F = "f", _("f. An unreasonable fee was charged")
    G = "g", _("g. It was answered late")


class ObjectionChannel(models.TextChoices):
    """An objection is in writing (Pasal 35(1)): from the tracking page, or a letter or e-mail at the desk."""

    WEB = "web", _("Website")
    EMAIL = "email", _("E-mail")
    IN_PERSON = "langsung", _("In person")
    POST = "pos", _("Post")


class ObjectionStatus(models.TextChoices):
    FILED = "filed", _("Waiting for the atasan PPID")
    ANSWERED = "answered", _("Answered by the atasan PPID")


class ObjectionOutcome(models.TextChoices):
    UPHELD = "upheld", _("Objection upheld")
    REJECTED = "rejected", _("Objection rejected")


class Objection(models.Model):
    request = models.OneToOneField(
        "ppid.InformationRequest",
        on_delete=models.CASCADE,
        related_name="objection",
        verbose_name=_("information request"),
    )
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    channel = models.CharField(_("channel"), max_length=10, choices=ObjectionChannel.choices,
                               default=ObjectionChannel.WEB)  # fmt: skip
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
                                      on_delete=models.SET_NULL, related_name="+",
                                      verbose_name=_("registered at the desk by"))  # fmt: skip
    grounds = models.JSONField(_("grounds (Pasal 35)"), default=list)
    statement = models.TextField(_("what you object to"), max_length=limits.LONG_TEXT)
    status = models.CharField(_("status"), max_length=10, choices=ObjectionStatus.choices, default=ObjectionStatus.FILED)
    outcome = models.CharField(_("decision"), max_length=10, choices=ObjectionOutcome.choices, blank=True)
    answer = models.TextField(_("the atasan's answer"), blank=True, max_length=limits.LONG_TEXT)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", verbose_name=_("answered by"))  # fmt: skip
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
        from sinergi.ppid.clock import DeadlineCalendar  # cycle: the clock imports ppid.models for its calendar

        calendar = calendar or DeadlineCalendar.for_forum(self.request.forum)
        days = calendar.days_for(self.request.forum, Step.OBJECTION_ANSWER)
        return calendar.add_working_days(self.request.forum.date_of(self.received_at), days)

    def decide(self, by, outcome: str, answer: str, position: str) -> RequestEvent:
        """The atasan PPID decides (Pasal 36(2)); the answer is on the requester's page at once."""
        answered = _("This objection has been answered already.")
        if self.status == ObjectionStatus.ANSWERED:
            raise TransitionError(answered)
        if not answer.strip() or not position.strip():
            raise TransitionError(_("Write the answer and your position."))
        check_length(answer.strip(), limits.LONG_TEXT)
        with transaction.atomic():
            move(self, by, answered, {"status": ObjectionStatus.FILED}, status=ObjectionStatus.ANSWERED,
                 outcome=outcome, answer=answer.strip(), answered_by_position=position, answered_at=timezone.now(),
                 answered_by=by)  # fmt: skip
            # The answer is a letter of the body, numbered now and rendered when first read (ppid/outgoing_letters.py).
            letters.issue(LetterKind.OBJECTION_ANSWER, self.request.public_body, None,
                          self.request.forum.date_of(self.answered_at), request=self.request)  # fmt: skip
            return self.request.record(by, RequestAction.OBJECTION_ANSWERED, self.get_outcome_display())

    def respond(self, text: str) -> RequestEvent:
        """The requester's response to the atasan's decision: the last column of the register keberatan."""
        text = text.replace("\x00", "").strip()  # a NUL no keyboard types; PostgreSQL refuses to store it
        recorded = _("Your response has been recorded already.")
        if self.status != ObjectionStatus.ANSWERED:
            raise TransitionError(_("The atasan PPID has not answered yet."))
        if self.requester_response:
            raise TransitionError(recorded)
        if not text:
            raise TransitionError(_("Write your response."))
        check_length(text, limits.REASON)  # refused whole, never cut without telling
        with transaction.atomic():
            # Of two quick submits, the first response stays.
            move(self, None, recorded, {"requester_response": ""}, requester_response=text)
            return self.request.record(None, RequestAction.RESPONDED, text[:300])


class DisputeStage(models.TextChoices):
    FILED = "filed", _("Filed")
    MEDIATION = "mediation", _("Mediation")
    ADJUDICATION = "adjudication", _("Adjudication")
    DECIDED = "decided", _("Decided")


class DisputeResult(models.TextChoices):
    """How a dispute ended (Perki 1/2013: settled in mediation, or decided after adjudication)."""

    SETTLED = "settled", _("Settled in mediation")
    GRANTED = "granted", _("Request granted")
    PARTLY = "granted_in_part", _("Request granted in part")
    REJECTED = "rejected", _("Request rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn by the requester")


class Dispute(models.Model):
    """A dispute the requester took to the Komisi Informasi, recorded by the PPID.

    The stage follows from the recorded dates, so it can never disagree with them.
    """

    # What the PPID records; the stage is worked out from these.
    RECORDED_FIELDS = ("filed_on", "case_number", "mediation_on", "adjudication_on", "decided_on", "result", "outcome",
                       "court_filed_on", "court_decided_on", "court_outcome")

    objection = models.OneToOneField(
        Objection, on_delete=models.CASCADE, related_name="dispute", verbose_name=_("objection")
    )
    filed_on = models.DateField(_("filed on"))
    case_number = models.CharField(_("case number"), max_length=100, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=DisputeStage.choices, default=DisputeStage.FILED)
    mediation_on = models.DateField(_("mediation began on"), null=True, blank=True)
    adjudication_on = models.DateField(_("adjudication began on"), null=True, blank=True)
    decided_on = models.DateField(_("decided or settled on"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=20, choices=DisputeResult.choices, blank=True)
    outcome = models.TextField(_("outcome"), blank=True, max_length=limits.LONG_TEXT,
                               help_text=_("What the Komisi Informasi decided or the parties agreed."))  # fmt: skip
    # After an adjudication decision either party may go to court (UU 14/2008 Pasal 47-48).
    court_filed_on = models.DateField(_("taken to court on"), null=True, blank=True)
    court_decided_on = models.DateField(_("court ruling on"), null=True, blank=True)
    court_outcome = models.TextField(_("court ruling"), blank=True, max_length=limits.LONG_TEXT)

    class Meta:
        verbose_name = _("dispute")
        verbose_name_plural = _("disputes")

    def __str__(self) -> str:
        return self.case_number or str(self.objection)

    @property
    def audit_forum_id(self) -> int | None:
        return self.objection.request.forum_id

    def periods(self, calendar=None) -> list[tuple[str, object]]:
        """The Komisi Informasi's own deadlines and the requester's time for court, from the period table:
        (what, by when) for each that applies to the dates recorded so far (Pasal 38 and 48)."""
        from sinergi.ppid.clock import DeadlineCalendar  # cycle: the clock imports ppid.models for its calendar

        forum = self.objection.request.forum
        calendar = calendar or DeadlineCalendar.for_forum(forum)

        def after(day, step):
            return calendar.add_working_days(day, calendar.days_for(forum, step))

        dates = []
        if not (self.mediation_on or self.adjudication_on or self.decided_on):
            dates.append((_("Mediation or adjudication to begin by"), after(self.filed_on, Step.KI_START)))
        if not self.decided_on:
            dates.append((_("Komisi Informasi to settle it by"), after(self.filed_on, Step.KI_DECISION)))
        elif self.result != DisputeResult.SETTLED and not self.court_filed_on:
            dates.append((_("Appeal to court possible until"), after(self.decided_on, Step.COURT)))
        return dates

    def stage_from_dates(self) -> str:
        if self.decided_on:
            return DisputeStage.DECIDED
        if self.adjudication_on:
            return DisputeStage.ADJUDICATION
        if self.mediation_on:
            return DisputeStage.MEDIATION
        return DisputeStage.FILED

    def record(self, by) -> RequestEvent:
        """Save what the PPID recorded, its stage from its dates, and a line in the request's history.

        A new record is one per objection; an update moves from the stage it was read in, so of
        two PPIDs recording at once the second is told rather than silently undoing the first.
        """
        stage = self.stage_from_dates()
        with transaction.atomic():
            if self.pk is None:
                try:
                    with transaction.atomic():
                        self.stage = stage
                        self.save()
                except IntegrityError:
                    raise TransitionError(_("Someone else updated this dispute just now. Reload the page.")) from None
                action = RequestAction.DISPUTE_FILED
            else:
                recorded = {name: getattr(self, name) for name in self.RECORDED_FIELDS}
                move(self, by, _("Someone else updated this dispute just now. Reload the page."), {"stage": self.stage},
                     stage=stage, **recorded)  # fmt: skip
                action = RequestAction.DISPUTE_UPDATED
            comment = " · ".join(filter(None, [self.case_number, self.get_stage_display(), self.get_result_display()]))
            return self.objection.request.record(by, action, comment)
