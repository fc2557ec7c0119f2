"""A reviewer sees other agencies' items on the same subject: same theme, or the same distinctive words."""

from __future__ import annotations

from sinergi.releases.models import Status
from sinergi.releases.related import related_items
from sinergi.releases.tests.factory import make_release, make_theme, published


def test_items_sharing_a_theme_or_distinctive_title_words_are_related(forum, imigrasi, dinkes, diskominfotik):
    theme = make_theme(forum, "stunting", "Percepatan Penurunan Stunting")
    same_theme = make_release(dinkes, title="Posyandu serentak", status=Status.IN_REVIEW, themes=[theme])
    same_words = published(diskominfotik, title="Vaksinasi campak anak sekolah di Selatpanjang")
    for number in range(10):  # "Selatpanjang" is everywhere, so it says nothing
        published(diskominfotik, title=f"Kegiatan {number} di Selatpanjang")
    release = make_release(imigrasi, title="Jadwal vaksinasi campak di Selatpanjang", themes=[theme])
    related = related_items(release)
    assert related[:2] == [same_theme, same_words]
    assert len(related) == 2
