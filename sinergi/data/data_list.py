"""The Daftar Data of a year: what each agency committed to produce, and where each commitment stands."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext_lazy as _

from sinergi.core.classification import KipClass
from sinergi.data.models import DataListEntry

STATES = {"published": _("Published"), "published_late": _("Published late"), "late": _("Late"),
          "missing": _("Missing"), "planned": _("Not yet due")}  # fmt: skip
TAGS = {"published": "tag--ok", "published_late": "tag--warn", "late": "tag--bad", "missing": "tag--bad",
        "planned": ""}  # fmt: skip


def entries(forum, year: int, public: bool) -> list[dict]:
    """Each line with its state; on the public page a line whose dataset is exempt is left out entirely."""
    today = forum.today()
    found = DataListEntry.objects.filter(forum=forum, year=year).select_related("agency", "dataset")
    if public:
        found = found.exclude(dataset__kip_class=KipClass.DIKECUALIKAN)
    rows = []
    for entry in found:
        state = entry.state(today)
        rows.append({"entry": entry, "state": state, "label": STATES[state], "tag": TAGS[state],
                     "link": entry.dataset.get_absolute_url() if state.startswith("published") else ""})  # fmt: skip
    return rows


def summary(rows: list[dict]) -> list[tuple[str, int]]:
    counts = Counter(row["state"] for row in rows)
    return [(STATES[state], counts[state]) for state in STATES if counts[state]]
