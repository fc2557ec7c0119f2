"""The four classes of public information under UU 14/2008 (KIP) and what each one requires.

`Classified` is shared by every record that carries a class (a release, an attachment, the
PPID registers, and any later catalogue), so it lives in core. Exempt (dikecualikan)
information may be kept but never published.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class KipClass(models.TextChoices):
    BERKALA = "berkala", _("Berkala (periodic)")
    SERTA_MERTA = "serta_merta", _("Serta-merta (immediate)")
    SETIAP_SAAT = "setiap_saat", _("Setiap saat (available at any time)")
    DIKECUALIKAN = "dikecualikan", _("Dikecualikan (exempt)")


class BerkalaItem(models.TextChoices):
    """Standard items of periodic information (Pasal 9, Perki 1/2021)."""

    A = "A", _("A. Profile of the public body")
    B = "B", _("B. Summary of programmes and activities")
    C = "C", _("C. Summary of performance")
    D = "D", _("D. Summary of (audited) financial reports")
    E = "E", _("E. Summary of the information access report")
    F = "F", _("F. Regulations, decisions and policies")
    G = "G", _("G. Procedure for obtaining public information")
    H = "H", _("H. Procedure for reporting abuse of authority")
    I = "I", _("I. Procurement of goods and services")  # noqa: E741
    J = "J", _("J. Employment")
    K = "K", _("K. Early warning and evacuation procedures")


class ExemptionGround(models.TextChoices):
    """Pasal 17 letters a-j: why information may be closed."""

    A = "a", _("a. Law enforcement")
    B = "b", _("b. Intellectual property and fair competition")
    C = "c", _("c. Defence and state security")
    D = "d", _("d. Natural wealth")
    E = "e", _("e. National economic resilience")
    F = "f", _("f. Foreign relations")
    G = "g", _("g. Private authentic deeds and wills")
    H = "h", _("h. Personal secrets")
    I = "i", _("i. Memoranda secret by nature")  # noqa: E741
    J = "j", _("j. Closed by another law")

    @property
    def is_temporary(self) -> bool:
        """Pasal 20: exemptions a-f are not permanent, so they carry an end date."""
        return self.value in "abcdef"

    @property
    def meaning(self) -> str:
        """What Pasal 17 says of this letter, as a letter of refusal quotes it."""
        return str(EXEMPTION_MEANINGS[self.value])


# Pasal 17 letters a-j in the words of the law (abridged), as the PPID's letters print them.
EXEMPTION_MEANINGS = {
    "a": _("information that, if opened and given to a requester, could obstruct law enforcement"),
    "b": _("information that, if opened, could harm the protection of intellectual property and of fair competition"),
    "c": _("information that, if opened, could endanger the defence and security of the state"),
    "d": _("information that, if opened, could reveal Indonesia's natural wealth"),
    "e": _("information that, if opened, could harm national economic resilience"),
    "f": _("information that, if opened, could harm foreign relations"),
    "g": _("information that, if opened, could reveal the contents of a private authentic deed or a last will"),
    "h": _("information that, if opened, could reveal personal secrets"),
    "i": _("memoranda or letters between or within public bodies that are secret by their nature"),
    "j": _("information that may not be disclosed under another law"),
}


class ClassifiedQuerySet(models.QuerySet):
    def not_exempt(self):
        return self.exclude(kip_class=KipClass.DIKECUALIKAN)


class Classified(models.Model):
    """A record with a KIP class; the uji konsekuensi fields apply to exempt records only."""

    kip_class = models.CharField(
        _("information class"), max_length=20, choices=KipClass.choices, default=KipClass.SETIAP_SAAT
    )
    berkala_item = models.CharField(_("periodic item"), max_length=1, choices=BerkalaItem.choices, blank=True)
    exemption_ground = models.CharField(
        _("exemption ground (Pasal 17)"), max_length=1, choices=ExemptionGround.choices, blank=True
    )
    exemption_legal_basis = models.TextField(_("legal basis"), blank=True, max_length=limits.REASON)
    exemption_consequence = models.TextField(_("consequence if opened"), blank=True, max_length=limits.LONG_TEXT)
    exemption_ends_on = models.DateField(_("exemption ends on"), null=True, blank=True)
    exemption_decree_number = models.CharField(_("decree (SK) number"), max_length=120, blank=True)
    exemption_decree_date = models.DateField(_("decree date"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_exempt(self) -> bool:
        return self.kip_class == KipClass.DIKECUALIKAN

    def clean_classification(self) -> None:
        """Each class asks for its own details; exemption details only make sense when exempt."""
        errors: dict[str, str] = {}
        if self.kip_class == KipClass.BERKALA and not self.berkala_item:
            errors["berkala_item"] = _("Choose which periodic item (A-K) this is.")
        if self.is_exempt:
            required = {
                "exemption_ground": _("Choose the Pasal 17 ground."),
                "exemption_legal_basis": _("State the legal basis."),
                "exemption_consequence": _("State the consequence if the information were opened."),
                "exemption_decree_number": _("Enter the PPID decree number."),
                "exemption_decree_date": _("Enter the PPID decree date."),
            }
            errors.update({field: message for field, message in required.items() if not getattr(self, field)})
            if self.exemption_ground and ExemptionGround(self.exemption_ground).is_temporary:
                if not self.exemption_ends_on:
                    errors["exemption_ends_on"] = _("Exemptions under letters a-f must have an end date (Pasal 20).")
        else:
            self.exemption_ground = ""
            self.exemption_legal_basis = self.exemption_consequence = self.exemption_decree_number = ""
            self.exemption_ends_on = self.exemption_decree_date = None
        if self.kip_class != KipClass.BERKALA:
            self.berkala_item = ""
        if errors:
            raise ValidationError(errors)
