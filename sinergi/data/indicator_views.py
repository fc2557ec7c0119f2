"""Indicators: the public page (metadata, chart and the table behind it), and the produsen's form that names
an indicator and reads its values from a column of the dataset's table."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.data import indicators, regions
from sinergi.data.models import Dataset, Indicator


def indicator(request, slug: str):
    item = get_object_or_404(indicators.public().select_related("dataset__agency"), slug=slug,
                             dataset__agency__forum=current_forum(request))  # fmt: skip
    all_series = indicators.series(item)
    latest = indicators.latest(item, item.dataset.agency.forum.region_code) or indicators.latest(item)
    return render(request, "data/indicator.html", {
        "indicator": item, "chart": indicators.chart_svg(item, all_series), "table": indicators.table(item, all_series),
        "latest": latest, "latest_value": indicators.format_decimal(latest.value) if latest else "",
        "latest_area": regions.name_of(latest.area_code) or latest.area_code if latest else "",
    })  # fmt: skip


class IndicatorForm(forms.ModelForm):
    source = forms.ChoiceField(label=gettext_lazy("Column with the values"),
                               help_text=gettext_lazy("Its year and region columns say which year and area each value is."))  # fmt: skip

    class Meta:
        model = Indicator
        fields = ["name", "slug", "unit", "definition", "concept", "interpretation", "formula", "measure",
                  "classification", "level", "composite", "building_blocks", "lower_is_better"]  # fmt: skip
        widgets = {name: forms.Textarea(attrs={"rows": 2}) for name in
                   ("definition", "concept", "interpretation", "formula", "building_blocks")}  # fmt: skip

    def __init__(self, *args, dataset: Dataset, **kwargs):
        super().__init__(*args, **kwargs)
        latest = {}
        for resource in dataset.resources.order_by("name", "version"):
            latest[resource.name] = resource
        self.resources = {str(r.pk): r for r in latest.values() if r.is_table and r.schema}
        self.fields["source"].choices = [
            (f"{pk}:{field['name']}", f"{resource.name} — {field['name']}")
            for pk, resource in self.resources.items() for field in resource.schema["fields"]
            if field["type"] in ("integer", "number")
        ]  # fmt: skip

    def source_column(self):
        pk, _sep, column = self.cleaned_data["source"].partition(":")
        return self.resources[pk], column


@login_required
def add_indicator(request, pk: int):
    dataset = get_object_or_404(Dataset.objects.select_related("agency__forum"), pk=pk,
                                agency__forum=current_forum(request))  # fmt: skip
    require("data.manage_indicators", request.user, dataset)
    wanted = request.GET.get("indikator", "")
    instance = Indicator.objects.filter(dataset=dataset, pk=int(wanted)).first() \
        if wanted.isascii() and wanted.isdigit() else None
    form = IndicatorForm(request.POST or None, dataset=dataset, instance=instance or Indicator(dataset=dataset))
    if request.method == "POST" and form.is_valid():
        resource, column = form.source_column()
        try:
            with transaction.atomic():
                item = form.save()
                count = indicators.fill_from_table(item, resource, column)
        except indicators.IndicatorError as error:
            form.add_error("source", str(error))
        else:
            messages.success(request, _("The indicator is saved with %(count)d values from the table.") % {"count": count})
            return redirect("data:office_dataset", dataset.pk)
    return render(request, "data/indicator_form.html", {"form": form, "dataset": dataset, "indicator": instance})
