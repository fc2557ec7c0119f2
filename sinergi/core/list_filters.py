"""Status, agency and overdue: the filters every back-office list of work offers, read from the address.

A list is reached by links people keep and share, so a value that is not one of the choices (a
status renamed since, an agency of another forum, `?instansi=%00`) is dropped as if not given:
the list shows unfiltered by it, never an error page. Each app passes its own statuses and the
agencies the viewer may choose from; `core` knows no app's models.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class ListFilter(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False)
    instansi = forms.ModelChoiceField(label=_("Agency"), queryset=None, to_field_name="slug", required=False,
                                      empty_label=_("All agencies"))  # fmt: skip
    terlambat = forms.BooleanField(label=_("Overdue only"), required=False)

    def __init__(self, data, *, statuses, agencies=None, overdue: bool = True):
        super().__init__(data or None)
        self.fields["status"].choices = [("", _("All")), *statuses]
        if agencies is None:  # a list that does not say which agency holds what
            del self.fields["instansi"]
        else:
            self.fields["instansi"].queryset = agencies
        if not overdue:  # a list whose deadlines the database cannot compare
            del self.fields["terlambat"]

    @property
    def chosen(self) -> dict:
        """The filters given with a valid value; any other reads as not given (None, "" or False)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {"status": cleaned.get("status") or "", "agency": cleaned.get("instansi"),
                "overdue": bool(cleaned.get("terlambat"))}  # fmt: skip
