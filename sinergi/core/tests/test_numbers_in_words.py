"""Official Indonesian letters write a period as "30 (tiga puluh) hari kerja"; other pages keep the figure."""

from __future__ import annotations

import pytest
from django.utils import translation

from sinergi.core.templatetags.numbers import in_words


@pytest.mark.parametrize(("number", "expected"), [
    (0, "0 (nol)"), (7, "7 (tujuh)"), (10, "10 (sepuluh)"), (11, "11 (sebelas)"), (14, "14 (empat belas)"),
    (17, "17 (tujuh belas)"), (30, "30 (tiga puluh)"), (100, "100 (seratus)"), (115, "115 (seratus lima belas)"),
    (999, "999 (sembilan ratus sembilan puluh sembilan)"),
])  # fmt: skip
def test_a_period_is_written_in_indonesian_words(number, expected):
    with translation.override("id"):
        assert in_words(number) == expected


def test_an_english_page_or_a_value_out_of_range_keeps_the_figure():
    with translation.override("en"):
        assert in_words(30) == "30"
    with translation.override("id"):
        assert in_words(1000) == "1000" and in_words("x") == "x" and in_words(None) == "None"
