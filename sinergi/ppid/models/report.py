"""The narrative of the annual report (laporan layanan informasi publik), written by the PPID.

One per public body and year (each Badan Publik reports on its own, UU 14/2008 Pasal 7(3) and Perki
1/2021), and optionally per unit (agency) of that body. The statistics beside it are computed from
the records (`sinergi/ppid/annual_report.py`), never stored.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.ppid.models.public_body import PublicBody

SECTION_LIMIT = 20_000  # characters per section: several pages of a printed report


class AnnualReport(models.Model):
    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.CASCADE, related_name="ppid_annual_reports", verbose_name=_("forum")
    )
    body = models.ForeignKey("ppid.PublicBody", on_delete=models.PROTECT, related_name="annual_reports",
                             verbose_name=_("public body"))  # fmt: skip
    year = models.PositiveSmallIntegerField(_("year"))
    agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="ppid_annual_reports", verbose_name=_("agency"),
                               help_text=_("Empty for the report of the whole public body."))  # fmt: skip
    policy = models.TextField(_("policy on public information service"), blank=True, max_length=SECTION_LIMIT,
                              help_text=_("Regulations, decrees and standard procedures in force."))  # fmt: skip
    facilities = models.TextField(_("facilities, staff and budget"), blank=True, max_length=SECTION_LIMIT,
                                  help_text=_("Service desk and equipment, PPID staff, budget spent."))  # fmt: skip
    obstacles = models.TextField(_("obstacles"), blank=True, max_length=SECTION_LIMIT,
                                 help_text=_("Internal and external obstacles met during the year."))  # fmt: skip
    recommendations = models.TextField(_("recommendations and follow-up plan"), blank=True,
                                       max_length=SECTION_LIMIT)  # fmt: skip
    decisions_carried_out = models.TextField(_("how the decisions on objections and disputes were carried out"),
                                             blank=True, max_length=SECTION_LIMIT,
                                             help_text=_("What the body did after each atasan's answer, Komisi "
                                                         "Informasi decision or court ruling."))  # fmt: skip
    # Signed off by the PPID: from then on the report is frozen (its PDF and SHA-256 kept) and may be published.
    signed_at = models.DateTimeField(_("signed off at"), null=True, blank=True, editable=False)
    signed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="+", editable=False, verbose_name=_("signed off by"))  # fmt: skip
    signer_name = models.CharField(_("name of the signatory"), max_length=200, blank=True, editable=False)
    signer_position = models.CharField(_("position of the signatory"), max_length=200, blank=True, editable=False)
    signer_nip = models.CharField(_("NIP of the signatory"), max_length=30, blank=True, editable=False)
    signed_place = models.CharField(_("place of signing"), max_length=100, blank=True, editable=False)
    pdf = models.FileField(_("signed report (PDF)"), upload_to="ppid/laporan/", blank=True, max_length=200,
                           editable=False)  # fmt: skip
    sha256 = models.CharField(_("SHA-256 of the signed PDF"), max_length=64, blank=True, editable=False)
    published_at = models.DateTimeField(_("published on the portal at"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("updated by"))  # fmt: skip

    # The parts the PPID writes, in the order of Perki 1/2021 (the statistics come between them).
    SECTIONS = ("policy", "facilities", "decisions_carried_out", "obstacles", "recommendations")

    class Meta:
        ordering = ["-year", "-body__is_main", "body__name", "agency__name"]
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")
        constraints = [
            models.UniqueConstraint(fields=["body", "year", "agency"], condition=models.Q(agency__isnull=False),
                                    name="ppid_annual_report_one_per_agency"),
            models.UniqueConstraint(fields=["body", "year"], condition=models.Q(agency__isnull=True),
                                    name="ppid_annual_report_one_per_body"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.year} {self.agency or self.body}"

    def save(self, *args, **kwargs):
        if self.body_id is None:
            self.body = report_body(self.forum, self.agency)
        super().save(*args, **kwargs)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    @classmethod
    def for_scope(cls, forum, year: int, agency=None, body=None) -> AnnualReport:
        """The saved narrative for the body (or one of its agencies) and year, or a new empty one (not saved)."""
        body = body or report_body(forum, agency)
        found = cls.objects.filter(body=body, year=year, agency=agency).select_related("updated_by", "body").first()
        return found or cls(forum=forum, body=body, year=year, agency=agency)

    def sections(self) -> list[tuple[str, str]]:
        """(heading, text) of the four narrative sections, in the order of the report."""
        return [(self._meta.get_field(name).verbose_name, getattr(self, name)) for name in self.SECTIONS]

    @property
    def is_written(self) -> bool:
        return any(getattr(self, name).strip() for name in self.SECTIONS)

    @property
    def is_complete(self) -> bool:
        return all(getattr(self, name).strip() for name in self.SECTIONS)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


def report_body(forum, agency=None) -> PublicBody | None:
    """The body a report is of when none is named: the agency's, else the forum's main body."""
    return PublicBody.objects.of_agency(agency) if agency is not None else PublicBody.objects.main(forum)
