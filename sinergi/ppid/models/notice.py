"""The written notice (pemberitahuan tertulis, UU 14/2008 Pasal 22(7)) that answers a request."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.classification import ExemptionGround
from sinergi.core.pdf import render_pdf
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models.event import RequestAction, RequestEvent


class Held(models.TextChoices):
    YES = "held", _("Held by us")
    NO = "not_held", _("Not held by us")
    NOT_DOCUMENTED = "not_documented", _("Not yet documented")


class Decision(models.TextChoices):
    GRANTED = "granted", _("Granted")
    PARTLY = "partly", _("Partly granted")
    REFUSED = "refused", _("Refused")


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
    material = models.TextField(_("material provided"), blank=True, max_length=limits.LONG_TEXT)
    form = models.CharField(_("format"), max_length=120, blank=True)
    delivery = models.CharField(_("delivery"), max_length=120, blank=True)
    cost = models.DecimalField(_("cost (Rp)"), max_digits=12, decimal_places=0, default=0)
    payment_method = models.CharField(_("payment method"), max_length=120, blank=True)
    pdf = models.FileField(upload_to="ppid/pemberitahuan/", blank=True, max_length=200, verbose_name=_("PDF file"))
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    delivered_on = models.DateField(_("delivered on"), null=True, blank=True,
                                    help_text=_("When the requester received the information (by e-mail: the day "
                                                "it was issued)."))  # fmt: skip
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
        return render_pdf("ppid/notice_pdf.html", {"notice": self, "item": self.request})

    def record_delivery(self, day, by) -> RequestEvent:
        """The day the requester received what was granted, for a delivery other than e-mail."""
        if day > timezone.localdate() or day < timezone.localtime(self.issued_at).date():
            raise TransitionError(_("The delivery date lies between the notice and today."))
        with transaction.atomic():
            self.delivered_on = day
            self.save(update_fields=["delivered_on"])
            return self.request.record(by, RequestAction.DELIVERED, day.isoformat())

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
        if errors:
            raise ValidationError(errors)
