"""Figures in a draft set against the forum's published indicators (Satu Data): a draft that gives "18,4
persen" for the stunting prevalence the data gives as 17,2 persen for that year is shown to the moderator with
the indicator's value and a link to it. Only regency-level values are compared (a draft names its area in
words the figures do not read), for the year the sentence names, else the latest year."""

from __future__ import annotations

from dataclasses import dataclass

from sinergi.data import indicators
from sinergi.data.models import Indicator, IndicatorValue
from sinergi.dissemination import figures
from sinergi.dissemination.clashes import Passage, around

MAX_INDICATORS = 300


@dataclass(frozen=True)
class DataFinding:
    ours: Passage
    indicator: Indicator
    value: IndicatorValue

    @property
    def display(self) -> str:
        return f"{indicators.format_decimal(self.value.value)} {self.indicator.unit}"


def findings(text: str, forum) -> list[DataFinding]:
    ours = figures.extract(text)
    if not ours or not forum.region_code:
        return []
    found, seen = [], set()
    public = indicators.public().filter(dataset__agency__forum=forum).prefetch_related("values")[:MAX_INDICATORS]
    for item in public:
        unit = figures.unit_of(item.unit)
        subject = figures.subject_of(item.name, unit)
        regency = [v for v in item.values.all() if v.area_code == forum.region_code]
        if not regency or not subject:
            continue
        for mine in ours:
            if mine.unit != unit or not figures.subjects_overlap(mine.subject, subject):
                continue
            years = [v for v in regency if str(v.year) in mine.years] if mine.years else [max(regency, key=lambda v: v.year)]
            data = [figures.Figure(v.value, unit, subject, "", 0, 0, (0, 0)) for v in years]
            if not years or any(mine.same_value(figure) for figure in data) or (item.pk, mine.start) in seen:
                continue
            seen.add((item.pk, mine.start))
            found.append(DataFinding(around(text, mine), item, years[0]))
    return found
