"""Measure the personal-data guard on its labelled set: precision and recall, overall and per kind."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from sinergi.core.pii import KINDS, find_personal_data
from sinergi.core.tests.pii_cases import CASES, LIMITS, NEGATIVE, POSITIVE, measure


def _found(text: str) -> list[tuple[str, str]]:
    return [(finding.kind, finding.text) for finding in find_personal_data(text)]


class Command(BaseCommand):
    help = "Print the precision and recall of the personal-data guard (core/pii.py) on its test set."

    def handle(self, *args, **options):
        scores = measure(_found, CASES)
        self.stdout.write(
            f"{len(CASES)} cases: {len(POSITIVE)} with personal data, {len(NEGATIVE)} without, {len(LIMITS)} known limits"
        )
        self.stdout.write(f"{'kind':<14}{'correct':>9}{'missed':>8}{'false':>7}{'precision':>11}{'recall':>8}")
        for kind in [*KINDS, "all"]:
            score = scores.get(kind)
            if score is None:
                continue
            self.stdout.write(
                f"{kind:<14}{score.true_positives:>9}{score.false_negatives:>8}{score.false_positives:>7}"
                f"{score.precision:>11.3f}{score.recall:>8.3f}"
            )
