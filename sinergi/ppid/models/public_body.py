"""The Badan Publik (UU 14/2008 Pasal 1 angka 3, Pasal 13): each keeps its own PPID, atasan, numbering,
letterhead and registers. A forum hosts several: the regency's government (its OPD as units), and
each vertical agency, the DPRD or a BUMD that runs its own information service.

An agency that is no body's unit belongs to the forum's main body.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.forum.models import Agency

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
DEFAULT_PATTERN = "{no}/PPID/{kode}/{tahun}"  # registration numbers, as requests were numbered before
DEFAULT_LETTER_PATTERN = "{no}/PPID-{kode}/{bulan}/{tahun}"  # the numbers of outgoing letters


class PublicBodyKind(models.TextChoices):
    REGIONAL_GOVERNMENT = "pemda", _("Regional government")
    VERTICAL = "vertikal", _("Vertical agency")
    DPRD = "dprd", _("DPRD")
    BUMD = "bumd", _("Regional enterprise (BUMD)")
    OTHER = "lainnya", _("Other public body")


def validate_pattern(pattern: str) -> None:
    if "{no}" not in pattern:
        raise ValidationError(_("The pattern must contain {no}, the running number."))
    try:
        pattern.format(no="0001", kode="X", bulan="I", tahun="2026")
    except (KeyError, IndexError, ValueError) as error:
        raise ValidationError(_("Use only {no}, {kode}, {bulan} and {tahun} in the pattern.")) from error


validate_code = RegexValidator(r"^[A-Za-z0-9][A-Za-z0-9.-]*$",
                               _("Use letters, digits, dots and hyphens only (the code is part of addresses)."))


def main_body_name(forum) -> str:
    """"Pemerintah Kabupaten Kepulauan Meranti" from the forum's region ("Kabupaten Kepulauan Meranti, Riau")."""
    return f"Pemerintah {forum.region_name.split(',')[0].strip()}"[:200]


class PublicBodyQuerySet(models.QuerySet):
    def main(self, forum) -> PublicBody | None:
        return self.filter(forum=forum, is_main=True).first()

    def of_agency(self, agency) -> PublicBody | None:
        """The body an agency is a unit of; the forum's main body when it is no body's unit."""
        if agency is None:
            return None
        unit = PublicBodyUnit.objects.filter(agency=agency).select_related("body").first()
        return unit.body if unit else self.main(agency.forum)


class PublicBody(models.Model):
    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="public_bodies",
                              verbose_name=_("forum"))  # fmt: skip
    name = models.CharField(_("name"), max_length=200)
    code = models.CharField(_("code in numbers"), max_length=30, validators=[validate_code],
                            help_text=_("Letters, digits, dots and hyphens; e.g. MERANTI or KEJARI-MRT."))  # fmt: skip
    kind = models.CharField(_("kind"), max_length=10, choices=PublicBodyKind.choices,
                            default=PublicBodyKind.REGIONAL_GOVERNMENT)  # fmt: skip
    is_main = models.BooleanField(_("the forum's main body"), default=False, editable=False)
    description = models.CharField(_("what it holds, in plain words"), max_length=300, blank=True,
                                   help_text=_("Shown on the request form to help people choose."))  # fmt: skip
    # The letterhead (kop surat) and the place letters are dated at.
    logo = models.ImageField(_("logo"), upload_to="ppid/logo/", blank=True)
    address = models.TextField(_("address"), max_length=limits.SHORT_TEXT, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    place = models.CharField(_("place of letters"), max_length=100, blank=True, help_text=_("E.g. Selatpanjang."))
    number_pattern = models.CharField(_("numbering pattern"), max_length=80, default=DEFAULT_PATTERN,
                                      validators=[validate_pattern],
                                      help_text=_("{no} running number, {kode} the code, {bulan} month in Roman "
                                                  "numerals, {tahun} year."))  # fmt: skip
    letter_pattern = models.CharField(_("letter numbering pattern"), max_length=80, default=DEFAULT_LETTER_PATTERN,
                                      validators=[validate_pattern],
                                      help_text=_("For the notices and answers the body sends; same placeholders."))  # fmt: skip
    # Who signs: the body's PPID, and its atasan PPID who decides objections (Pasal 36).
    ppid_head = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", verbose_name=_("PPID (head)"))  # fmt: skip
    ppid_position = models.CharField(_("position of the PPID"), max_length=200, blank=True)
    ppid_nip = models.CharField(_("NIP of the PPID"), max_length=30, blank=True)
    ppid_signature = models.ImageField(_("signature image of the PPID"), upload_to="ppid/tanda-tangan/", blank=True,
                                       help_text=_("Optional: a scan printed above the name on letters."))  # fmt: skip
    atasan = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+", verbose_name=_("atasan PPID"))  # fmt: skip
    atasan_position = models.CharField(_("position of the atasan PPID"), max_length=200, blank=True)
    atasan_nip = models.CharField(_("NIP of the atasan PPID"), max_length=30, blank=True)
    atasan_signature = models.ImageField(_("signature image of the atasan PPID"), upload_to="ppid/tanda-tangan/",
                                         blank=True,
                                         help_text=_("Optional: a scan printed above the name on letters."))  # fmt: skip

    objects = PublicBodyQuerySet.as_manager()

    class Meta:
        ordering = ["-is_main", "name"]
        verbose_name = _("public body (Badan Publik)")
        verbose_name_plural = _("public bodies (Badan Publik)")
        constraints = [
            models.UniqueConstraint("forum", "code", name="public_body_code_unique_per_forum"),
            models.UniqueConstraint("forum", condition=models.Q(is_main=True), name="one_main_public_body_per_forum"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def number(self, running: int, day, pattern: str | None = None) -> str:
        return (pattern or self.number_pattern).format(no=f"{running:04d}", kode=self.code,
                                                       bulan=ROMAN_MONTHS[day.month - 1], tahun=day.year)  # fmt: skip

    def next_letter_number(self, day) -> str:
        """The next number of the body's outgoing letters in `day`'s year; locked so no two share one."""
        from sinergi.ppid.models.request import RequestCounter  # cycle: requests are numbered by their body

        counter, _created = RequestCounter.objects.select_for_update().get_or_create(
            body=self, year=day.year, series=RequestCounter.LETTERS, defaults={"forum": self.forum})
        RequestCounter.objects.filter(pk=counter.pk).update(last=models.F("last") + 1)
        counter.refresh_from_db()
        return self.number(counter.last, day, self.letter_pattern)

    def page_url(self, name: str) -> str:
        """The address of one of the body's public pages (`public_dip`, `service_charter`): the main body's
        without its code."""
        return reverse(name) if self.is_main else reverse(name, args=[self.code])

    def units(self):
        """The agencies that are this body's units (every agency of the forum that is no other body's, for the
        main body)."""
        if self.is_main:
            return Agency.objects.filter(forum=self.forum).exclude(public_body_unit__body__is_main=False)
        return Agency.objects.filter(public_body_unit__body=self)


class PublicBodyUnit(models.Model):
    """An agency that is a unit of a public body other than the forum's main one (a Kejari's own office)."""

    body = models.ForeignKey(PublicBody, on_delete=models.CASCADE, related_name="unit_links",
                             verbose_name=_("public body"))  # fmt: skip
    agency = models.OneToOneField("forum.Agency", on_delete=models.CASCADE, related_name="public_body_unit",
                                  verbose_name=_("agency"))  # fmt: skip

    class Meta:
        verbose_name = _("unit of a public body")
        verbose_name_plural = _("units of public bodies")

    def __str__(self) -> str:
        return f"{self.agency} ({self.body})"

    @property
    def audit_forum_id(self) -> int | None:
        return self.body.forum_id
