"""The Daftar Data: the public page of a year's list, and the walidata's screen to keep it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.data import data_list
from sinergi.data.models import DataListEntry, Dataset
from sinergi.forum.models import Agency


def _year(request, forum) -> int:
    raw = request.GET.get("tahun", "")
    return int(raw) if raw.isascii() and raw.isdigit() and 2000 <= int(raw) <= 2100 else forum.today().year


def public_list(request):
    forum = current_forum(request)
    year = _year(request, forum)
    rows = data_list.entries(forum, year, public=True)
    years = sorted(set(DataListEntry.objects.filter(forum=forum).values_list("year", flat=True)) | {year})
    return render(request, "data/data_list.html", {"rows": rows, "year": year, "years": years,
                                                   "summary": data_list.summary(rows)})  # fmt: skip


class EntryForm(forms.ModelForm):
    class Meta:
        model = DataListEntry
        fields = ["year", "agency", "title", "due_on", "dataset"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.forum = forum
        self.fields["agency"].queryset = Agency.objects.active().filter(forum=forum)
        self.fields["dataset"].queryset = Dataset.objects.in_forum(forum).order_by("title")

    def clean(self):
        cleaned = super().clean()
        dataset, agency = cleaned.get("dataset"), cleaned.get("agency")
        if dataset and agency and dataset.agency_id != agency.pk:
            self.add_error("dataset", _("The dataset must be the same agency's."))
        if cleaned.get("due_on") and cleaned.get("year") and cleaned["due_on"].year not in (cleaned["year"],
                                                                                             cleaned["year"] + 1):
            self.add_error("due_on", _("The date must fall in the list's year (or early the next)."))
        return cleaned


@login_required
def office_list(request):
    forum = current_forum(request)
    require("data.keep_data_list", request.user, forum)
    year = _year(request, forum)
    wanted = request.GET.get("baris", "")
    entry = DataListEntry.objects.filter(forum=forum, pk=int(wanted)).first() if wanted.isascii() and wanted.isdigit() \
        else None
    form = EntryForm(request.POST or None, forum=forum, instance=entry or DataListEntry(forum=forum),
                     initial={"year": year})  # fmt: skip
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("The Daftar Data line is saved."))
        return redirect(f"{request.path}?tahun={saved.year}")
    rows = data_list.entries(forum, year, public=False)
    return render(request, "data/office_data_list.html", {"form": form, "rows": rows, "year": year, "entry": entry,
                                                          "summary": data_list.summary(rows)})  # fmt: skip
