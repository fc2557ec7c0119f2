"""Indicators (MS-Ind): their values read from the source dataset's table, their series by year and area, a
chart drawn as SVG by the project (with the table behind it on the page), and the values a release may cite.

A value is always read from a published table, never typed: the produsen names the column that holds it, and
the table's year and region columns (from its confirmed schema) say which year and area each row is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape

from django.conf import settings
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from sinergi.data import regions
from sinergi.data.models import DatasetResource, Indicator, IndicatorValue, public_dataset

PALETTE = ("#0b4f6c", "#c2410c", "#15803d", "#7e22ce", "#b91c1c", "#0369a1", "#a16207", "#4d7c0f", "#be185d")
MAX_SERIES = len(PALETTE)
MAX_VALUE = Decimal(10) ** 19  # IndicatorValue.value: 24 digits, 4 after the point


def format_decimal(value: Decimal) -> str:
    """A value as the page's language writes it (1.245,5 in Indonesian), without trailing zeros."""
    value = Decimal(value).normalize()
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return number_format(value, force_grouping=True)


class IndicatorError(ValueError):
    """Values that cannot be read from the table; the message is for the produsen."""


def public():
    return Indicator.objects.filter(public_dataset("dataset__"))


def fill_from_table(indicator: Indicator, resource: DatasetResource, column: str) -> int:
    """Replace the indicator's values with the table's `column`, by its year and region columns."""
    fields = resource.schema.get("fields", [])
    names = [field["name"] for field in fields]
    if column not in names:
        raise IndicatorError(_("The table has no column “%(column)s”.") % {"column": column})
    kind = next(field["type"] for field in fields if field["name"] == column)
    if kind not in ("integer", "number"):
        raise IndicatorError(_("The column “%(column)s” does not hold numbers.") % {"column": column})
    year_column = next((f["name"] for f in fields if f["type"] == "year"), None)
    area_column = next((f["name"] for f in fields if f.get("regionCode")), None)
    dataset = indicator.dataset
    default_year = dataset.period_end or dataset.period_start
    if not year_column and not default_year:
        raise IndicatorError(_("The table has no year column and the dataset no years covered."))
    default_area = dataset.agency.forum.region_code
    values = {}
    for row in resource.datastore.rows.values_list("data", flat=True).iterator():
        number = row.get(column)
        year = row.get(year_column) if year_column else default_year
        area = row.get(area_column) if area_column else default_area
        if number is None or not year or not area:
            continue
        key = (int(year), str(area))
        if key in values:
            raise IndicatorError(_("Two rows give %(year)s for %(area)s; an indicator has one value per year and area.")
                                 % {"year": key[0], "area": key[1]})  # fmt: skip
        try:
            value = Decimal(str(number))
        except InvalidOperation:
            continue
        if not value.is_finite() or abs(value) >= MAX_VALUE:
            raise IndicatorError(_("The value for %(year)s and %(area)s is too large for an indicator.")
                                 % {"year": key[0], "area": key[1]})  # fmt: skip
        values[key] = value.quantize(Decimal("0.0001"))
    if not values:
        raise IndicatorError(_("No row of the table gives a value."))
    with transaction.atomic():
        indicator.values.all().delete()
        IndicatorValue.objects.bulk_create(IndicatorValue(indicator=indicator, year=year, area_code=area, value=value)
                                           for (year, area), value in sorted(values.items()))  # fmt: skip
    return len(values)


@dataclass
class Series:
    area: str
    name: str
    points: list[tuple[int, Decimal]]


def series(indicator: Indicator) -> list[Series]:
    """One series per area, the regency's first, each by year."""
    found: dict[str, Series] = {}
    for value in indicator.values.all():
        entry = found.setdefault(value.area_code, Series(value.area_code, regions.name_of(value.area_code) or value.area_code, []))
        entry.points.append((value.year, value.value))
    return sorted(found.values(), key=lambda s: (s.area.count("."), s.area))


def table(indicator: Indicator, all_series: list[Series]) -> dict:
    """The chart's table: a row per area, a column per year."""
    years = sorted({year for entry in all_series for year, _v in entry.points})
    rows = []
    for entry in all_series:
        by_year = dict(entry.points)
        rows.append({"area": entry.area, "name": entry.name,
                     "values": [format_decimal(by_year[y]) if y in by_year else "–" for y in years]})  # fmt: skip
    return {"years": years, "rows": rows}


def chart_svg(indicator: Indicator, all_series: list[Series]) -> str:
    """Lines by year (a dot per year when only one), an area per colour; sized for a phone."""
    shown = all_series[:MAX_SERIES]
    years = sorted({year for entry in shown for year, _v in entry.points})
    numbers = [float(v) for entry in shown for _y, v in entry.points]
    if not years:
        return ""
    left, top, width, height = 56, 16, 300, 180
    step = _nice_step((max(numbers) - min(0.0, min(numbers))) / 4 or 1.0)
    low = math.floor(min(0.0, min(numbers)) / step) * step
    high = max(math.ceil(max(numbers) / step) * step, low + step)
    span_years = max(len(years) - 1, 1)

    def x(year: int) -> float:
        return left + (years.index(year) / span_years) * width if len(years) > 1 else left + width / 2

    def y(number: float) -> float:
        return top + height - (number - low) / (high - low) * height

    legend_height = 20 * len(shown)
    total = top + height + 30 + legend_height
    label = _("%(name)s by year, in %(unit)s") % {"name": indicator.name, "unit": indicator.unit}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {left + width + 24} {total}" '
             f'role="img" aria-label="{escape(label)}">']
    for tick in range(round((high - low) / step) + 1):
        number = low + tick * step
        parts.append(f'<line x1="{left}" x2="{left + width}" y1="{y(number):.1f}" y2="{y(number):.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{y(number) + 5:.1f}" text-anchor="end" font-size="13">'
                     f"{escape(format_decimal(Decimal(str(round(number, 2)))))}</text>")
    for year in years:
        parts.append(f'<text x="{x(year):.1f}" y="{top + height + 20}" text-anchor="middle" font-size="13">{year}</text>')
    for index, entry in enumerate(shown):
        colour = PALETTE[index]
        points = " ".join(f"{x(year):.1f},{y(float(value)):.1f}" for year, value in entry.points)
        if len(entry.points) > 1:
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2.5" points="{points}"/>')
        for year, value in entry.points:
            parts.append(f'<circle cx="{x(year):.1f}" cy="{y(float(value)):.1f}" r="4" fill="{colour}">'
                         f"<title>{escape(entry.name)} {year}: {escape(format_decimal(value))}</title></circle>")
        legend_y = top + height + 44 + 20 * index
        parts.append(f'<rect x="{left}" y="{legend_y - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{left + 18}" y="{legend_y}" font-size="13">{escape(entry.name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _nice_step(rough: float) -> float:
    """1, 2 or 5 times a power of ten, the smallest not below `rough`: the chart's ticks read as round numbers."""
    power = 10 ** math.floor(math.log10(rough))
    return next(factor * power for factor in (1, 2, 5, 10) if factor * power >= rough)


def latest(indicator: Indicator, area: str | None = None) -> IndicatorValue | None:
    values = indicator.values.all()
    if area:
        values = values.filter(area_code=area)
    return values.order_by("-year", "area_code").first()


def citations(forum, limit: int = 30) -> list[dict]:
    """The latest value of each public indicator of the forum, as Markdown a release can quote: the figure and
    a link to its indicator's page."""
    found = []
    for item in public().filter(dataset__agency__forum=forum).order_by("name")[:limit]:
        value = latest(item, forum.region_code) or latest(item)
        if value is None:
            continue
        area = regions.name_of(value.area_code) or value.area_code
        url = f"{settings.SITE_URL}{item.get_absolute_url()}"
        label = f"{item.name} {value.year}, {area}".replace("[", "(").replace("]", ")")
        text = f"{format_decimal(value.value)} {item.unit} ([{label}]({url}))"
        found.append({"name": item.name, "year": value.year, "area": area, "text": text})
    return found
