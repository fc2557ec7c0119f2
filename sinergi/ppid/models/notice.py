"""The written notice (pemberitahuan tertulis, UU 14/2008 Pasal 22(7)) that answers a request."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.classification import ExemptionGround
from sinergi.core.workflow import TransitionError
from sinergi.ppid import letters
from sinergi.ppid.models.event import RequestAction, RequestEvent
from sinergi.ppid.models.letter import LetterKind


class Held(models.TextChoices):
    YES = "held", _("Held by us")
    NO = "not_held", _("Not held by us")
    NOT_DOCUMENTED = "not_documented", _("Not yet documented")


class Decision(models.TextChoices):
    GRANTED = "granted", _("Granted")
    PARTLY = "partly", _("Partly granted")
    REFUSED = "refused", _("Refused")


class DeliveryState(models.TextChoices):
    """What happened to the notice on its way to the requester: only SENT and HANDED_OVER mean received."""

    WAITING = "waiting", _("Waiting to be handed over")
    QUEUED = "queued", _("E-mail being sent")
    SENT = "sent", _("Sent by e-mail")
    FAILED = "failed", _("E-mail failed")
    HANDED_OVER = "handed_over", _("Handed over")


class HandOver(models.TextChoices):
    """How a notice reached the requester other than by e-mail."""

    IN_PERSON = "langsung", _("In person")
    POST = "pos", _("By post")
    COURIER = "kurir", _("By courier")
    FAX = "faksimili", _("By fax")


class WrittenNotice(models.Model):
    request = models.OneToOneField(
        "ppid.InformationRequest",
        on_delete=models.CASCADE,
        related_name="notice",
        verbose_name=_("information request"),
    )
    held = models.CharField(_("is the information held?"), max_length=20, choices=Held.choices, default=Held.YES)
    holder = models.CharField(_("who holds it"), max_length=200, blank=True,
                              help_text=_("When it is not held by us: the body that holds it."))  # fmt: skip
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True)
    blacked_out = models.TextField(_("parts blacked out"), blank=True, max_length=limits.LONG_TEXT)
    exemption_ground = models.CharField(_("exemption ground (Pasal 17)"), max_length=1,
                                        choices=ExemptionGround.choices, blank=True)  # fmt: skip
    exemption_register_entry = models.CharField(_("DIK entry"), max_length=200, blank=True,
                                                help_text=_("The entry of the list of exempt information."))  # fmt: skip
    refusal_reason = models.TextField(_("reason for refusal"), blank=True, max_length=limits.LONG_TEXT)
    consequence = models.TextField(_("consequence test"), blank=True, max_length=limits.LONG_TEXT,
                                   help_text=_("The harm opening it would do, weighed against the public interest "
                                               "(Pasal 2(4)): required for a refusal or a partial grant."))  # fmt: skip
    ready_by = models.DateField(_("ready by"), null=True, blank=True,
                                help_text=_("Information not yet documented: the day it will be ready."))  # fmt: skip
    material = models.TextField(_("material provided"), blank=True, max_length=limits.LONG_TEXT)
    form = models.CharField(_("format"), max_length=120, blank=True)
    delivery = models.CharField(_("delivery"), max_length=120, blank=True)
    cost = models.DecimalField(_("cost (Rp)"), max_digits=12, decimal_places=0, default=0)
    cost_details = models.CharField(_("how the cost is made up"), max_length=300, blank=True,
                                    help_text=_("E.g. \"40 pages × Rp500 copying\". Leave empty when free."))  # fmt: skip
    provided_within = models.CharField(_("time to provide"), max_length=120, blank=True,
                                       help_text=_("E.g. \"at once, with this notice\" or \"3 working days\"."))  # fmt: skip
    payment_method = models.CharField(_("payment method"), max_length=120, blank=True)
    pdf = models.FileField(upload_to="ppid/pemberitahuan/", blank=True, max_length=200, verbose_name=_("PDF file"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True, editable=False,
                                    help_text=_("When the requester received the notice: the day the e-mail was "
                                                "accepted for delivery, or the hand-over the PPID recorded."))  # fmt: skip
    delivery_state = models.CharField(_("delivery state"), max_length=12, choices=DeliveryState.choices,
                                      default=DeliveryState.WAITING, editable=False)  # fmt: skip
    delivery_reason = models.CharField(_("why the e-mail failed"), max_length=500, blank=True, editable=False)
    handed_over_how = models.CharField(_("handed over"), max_length=10, choices=HandOver.choices, blank=True,
                                       editable=False)  # fmt: skip
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("issued by")
    )

    class Meta:
        verbose_name = _("written notice")
        verbose_name_plural = _("written notices")

    def __str__(self) -> str:
        return str(self.request)

    @property
    def audit_forum_id(self) -> int | None:
        return self.request.forum_id

    def as_pdf(self) -> bytes:
        """The notice as a letter of the request's public body, with the QR code of its verification page."""
        item = self.request
        issued_on = item.forum.date_of(self.issued_at)
        letter = letters.issue(LetterKind.NOTICE, item.public_body, None, issued_on, request=item)
        from sinergi.ppid.clock import periods  # cycle: the clock imports ppid.models for its calendar

        window = item.objection_window()
        return letters.render_letter("ppid/letters/notice.html", {
            "notice": self, "item": item, "forum": item.forum, "body": item.public_body, "issued_on": issued_on,
            "objection_by": window[1] if window else None, "periods": periods(item.forum),
        }, letter)  # fmt: skip

    def issue_pdf(self) -> None:
        """Render, freeze (SHA-256 on its letter record) and keep the notice's PDF, once, when it is given; a
        refusal, whole or in part, is also decided in a letter of its own, numbered now (ppid/outgoing_letters.py)."""
        if self.decision in (Decision.REFUSED, Decision.PARTLY):
            letters.issue(LetterKind.REFUSAL_DECISION, self.request.public_body, None,
                          self.request.forum.date_of(self.issued_at), request=self.request)  # fmt: skip
        pdf = self.as_pdf()
        letters.freeze(self.request.letters.get(kind=LetterKind.NOTICE), pdf)
        self.pdf.save(f"pemberitahuan-{self.request_id}.pdf", ContentFile(pdf), save=True)

    @property
    def exemption_meaning(self) -> str:
        return ExemptionGround(self.exemption_ground).meaning if self.exemption_ground else ""

    @property
    def is_received(self) -> bool:
        """The requester has it: the e-mail went out, or the PPID recorded handing it over."""
        return self.delivery_state in (DeliveryState.SENT, DeliveryState.HANDED_OVER)

    def record_delivery(self, day, by, how: str = HandOver.IN_PERSON) -> RequestEvent:
        """The day the PPID handed the notice over (in person, by post, courier or fax)."""
        forum = self.request.forum
        if how not in HandOver.values:
            raise TransitionError(_("Choose how the notice was handed over."))
        if day > forum.today() or day < forum.date_of(self.issued_at):
            raise TransitionError(_("The delivery date lies between the notice and today."))
        with transaction.atomic():
            self.delivered_on, self.delivery_state, self.handed_over_how = day, DeliveryState.HANDED_OVER, how
            self.save(update_fields=["delivered_on", "delivery_state", "handed_over_how"])
            return self.request.record(by, RequestAction.DELIVERED, f"{HandOver(how).label} {day.isoformat()}")

    def send_again(self, by) -> RequestEvent:
        """After a failed e-mail, try once more (the server may have been refusing for a while)."""
        if self.delivery_state != DeliveryState.FAILED or not self.request.emails_notice:
            raise TransitionError(_("Only a failed e-mail can be sent again."))
        with transaction.atomic():
            updated = WrittenNotice.objects.filter(pk=self.pk, delivery_state=DeliveryState.FAILED).update(
                delivery_state=DeliveryState.QUEUED, delivery_reason="")
            if not updated:
                raise TransitionError(_("Only a failed e-mail can be sent again."))
            self.delivery_state, self.delivery_reason = DeliveryState.QUEUED, ""
            return self.request.record(by, RequestAction.RESENT)

    def record_email_outcome(self, outcome: str, reason: str = "") -> None:
        """What the mail server did with the notice's e-mail; heard only while it is on its way (a hand-over
        recorded meanwhile stands, and a second report of the same sending changes nothing)."""
        if self.delivery_state != DeliveryState.QUEUED:
            return
        with transaction.atomic():
            if outcome == "sent":
                self.delivery_state, self.delivery_reason = DeliveryState.SENT, ""
                self.delivered_on = self.request.forum.today()
                self.request.record(None, RequestAction.EMAILED)
            elif outcome == "failed":
                self.delivery_state, self.delivery_reason = DeliveryState.FAILED, reason
                self.request.record(None, RequestAction.DELIVERY_FAILED, reason)
            else:  # retrying: still on its way, with the reason it is late
                self.delivery_state, self.delivery_reason = DeliveryState.QUEUED, reason
            self.save(update_fields=["delivery_state", "delivery_reason", "delivered_on"])

    def clean(self) -> None:
        """What each answer must state (DOMAIN.md section 3)."""
        errors = {}
        if self.held == Held.NO and not self.holder.strip():
            errors["holder"] = _("Say who holds the information.")
        if self.held == Held.YES and not self.decision:
            errors["decision"] = _("Choose whether the request is granted, partly granted or refused.")
        if self.decision == Decision.PARTLY:
            if not self.blacked_out.strip():
                errors["blacked_out"] = _("Say which parts are blacked out.")
            if not self.exemption_ground:
                errors["exemption_ground"] = _("Give the Pasal 17 ground of the blacked-out parts.")
        if self.decision == Decision.REFUSED and not (self.refusal_reason.strip() and self.exemption_ground):
            errors["refusal_reason"] = _("A refusal states its reason and its Pasal 17 ground.")
        if self.decision in (Decision.GRANTED, Decision.PARTLY) and not self.material.strip():
            errors["material"] = _("Describe the material provided.")
        if self.decision in (Decision.PARTLY, Decision.REFUSED) and not self.consequence.strip():
            errors["consequence"] = _("A refusal, whole or in part, states the consequence test (Pasal 2(4)).")
        if self.held == Held.NOT_DOCUMENTED and not self.ready_by:
            errors["ready_by"] = _("Say by which day the information will be documented.")
        if self.cost and not self.cost_details.strip():
            errors["cost_details"] = _("Break the cost down, so the requester sees what they pay for.")
        if errors:
            raise ValidationError(errors)
