"""Disputes before the Komisi Informasi (UU 14/2008 Pasal 37-38), as the PPID records them.

The requester goes to the Komisi Informasi within 14 working days of the atasan's answer, or of
the day it was due and did not come. The PPID records the case: when it was filed, when
mediation and adjudication began, and how it ended. The stage follows from those dates, so
it can never disagree with them. Recording is `Dispute.record` (ppid/models/objection.py).
"""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.ppid.clock import DeadlineCalendar
from sinergi.ppid.models import Dispute, DisputeResult, Objection, Step


def dispute_window(objection: Objection, calendar=None) -> tuple[dt.date, dt.date] | None:
    """(first, last) day to go to the Komisi Informasi; None while the atasan may still answer."""
    forum = objection.request.forum
    calendar = calendar or DeadlineCalendar.for_forum(forum)
    if objection.answered_at:
        arose = forum.date_of(objection.answered_at)
    else:
        arose = objection.answer_due_on(calendar)
        if forum.today() <= arose:
            return None
    return arose, calendar.add_working_days(arose, calendar.days_for(forum, Step.DISPUTE))


class DisputeForm(forms.ModelForm):
    """Record or update a dispute; every date is checked against the others and today."""

    class Meta:
        model = Dispute
        fields = Dispute.RECORDED_FIELDS
        widgets = {
            "filed_on": forms.DateInput(attrs={"type": "date"}),
            "mediation_on": forms.DateInput(attrs={"type": "date"}),
            "adjudication_on": forms.DateInput(attrs={"type": "date"}),
            "decided_on": forms.DateInput(attrs={"type": "date"}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "court_filed_on": forms.DateInput(attrs={"type": "date"}),
            "court_decided_on": forms.DateInput(attrs={"type": "date"}),
            "court_outcome": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"case_number": gettext_lazy("The register number the Komisi Informasi gave the case.")}

    def __init__(self, *args, objection: Objection, **kwargs):
        super().__init__(*args, **kwargs)
        self.objection = self.instance.objection = objection

    def clean(self):
        data = super().clean()
        forum = self.objection.request.forum
        today = forum.today()
        objected = forum.date_of(self.objection.received_at)
        filed = data.get("filed_on")
        window = dispute_window(self.objection)
        if filed and filed < objected:
            self.add_error("filed_on", _("A dispute cannot be filed before the objection (%(date)s).")
                           % {"date": date_format(objected)})  # fmt: skip
        elif filed and window and filed < window[0]:
            # Pasal 37(2): the dispute follows the atasan's answer, or the lapse of its period.
            self.add_error("filed_on", _("A dispute is filed after the atasan's answer or its period (%(date)s).")
                           % {"date": date_format(window[0])})  # fmt: skip
        for name in ("filed_on", "mediation_on", "adjudication_on", "decided_on", "court_filed_on", "court_decided_on"):
            if data.get(name) and data[name] > today:
                self.add_error(name, _("This date is in the future."))
        for name in ("mediation_on", "adjudication_on", "decided_on"):
            if filed and data.get(name) and data[name] < filed:
                self.add_error(name, _("This date is before the dispute was filed."))
        mediation, adjudication = data.get("mediation_on"), data.get("adjudication_on")
        if mediation and adjudication and adjudication < mediation:
            self.add_error("adjudication_on", _("Adjudication cannot begin before mediation."))
        self._clean_result(data)
        return data

    def _clean_result(self, data) -> None:
        result, decided = data.get("result"), data.get("decided_on")
        if result and not decided:
            self.add_error("decided_on", _("Give the date of the decision or settlement."))
        if decided and not result:
            self.add_error("result", _("Say how the dispute ended."))
        if result == DisputeResult.SETTLED and (not data.get("mediation_on") or data.get("adjudication_on")):
            self.add_error("result", _("A settlement is reached in mediation, before any adjudication."))
        if result and not (data.get("outcome") or "").strip():
            self.add_error("outcome", _("Summarise what was decided or agreed."))
        court, ruled = data.get("court_filed_on"), data.get("court_decided_on")
        if court and (not decided or result == DisputeResult.SETTLED or court < decided):
            self.add_error("court_filed_on", _("A case goes to court after the Komisi Informasi's adjudication decision."))
        if ruled and (not court or ruled < court):
            self.add_error("court_decided_on", _("A ruling follows the day the case was taken to court."))
        if ruled and not (data.get("court_outcome") or "").strip():
            self.add_error("court_outcome", _("Summarise the court's ruling."))
