"""A release's public page: text, agency, Indonesian date, themes, attachments, sharing without trackers."""

from __future__ import annotations

import datetime

from django.test import Client

from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import make_theme, published

WEDNESDAY = datetime.datetime(2024, 2, 7, 3, 0, tzinfo=datetime.UTC)  # 10.00 WIB


def test_the_page_shows_the_release_with_an_indonesian_date(forum, imigrasi):
    theme = make_theme(forum, "satu-data", "Satu Data Indonesia")
    release = published(imigrasi, title="Kopi darat kehumasan pertama", body="Para **humas** berkumpul.",
                        published_at=WEDNESDAY, themes=[theme])  # fmt: skip
    html = Client().get(release.get_absolute_url()).content.decode()
    assert "Rabu, 7 Februari 2024" in html
    assert "<strong>humas</strong>" in html and "Kantor Imigrasi Kelas II TPI Selatpanjang" in html
    assert 'href="/tema/satu-data/"' in html


def test_markup_in_a_body_never_runs(imigrasi):
    release = published(imigrasi, body="Halo <script>alert(1)</script> [klik](javascript:alert(2))")
    html = Client().get(release.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html and "javascript:alert" not in html


def test_open_graph_and_share_links_load_no_third_party_script(imigrasi):
    release = published(imigrasi, title="Layanan paspor Sabtu", summary="Dibuka mulai pekan ini.")
    html = Client().get(release.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="Layanan paspor Sabtu">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    for target in (
        "https://wa.me/",
        "https://t.me/share/url",
        "https://www.facebook.com/sharer",
        "https://x.com/intent",
    ):
        assert target in html
    assert "data-copy=" in html
    scripts = [line for line in html.splitlines() if "<script" in line]
    assert all("src=" not in line or "/static/" in line for line in scripts)


def test_a_short_or_wrong_address_redirects_to_the_canonical_one(imigrasi):
    release = published(imigrasi, title="Layanan paspor Sabtu")
    response = Client().get(f"/rilis/{release.pk}/judul-lama/")
    assert response.status_code == 301 and response["Location"] == release.get_absolute_url()


def test_corrections_are_shown_above_the_text(imigrasi):
    release = published(imigrasi)
    release.corrections.create(note="Tanggal acara diralat menjadi Kamis.")
    assert "Tanggal acara diralat menjadi Kamis." in Client().get(release.get_absolute_url()).content.decode()


def test_an_image_is_shown_with_its_alt_text_and_exempt_attachments_are_not(imigrasi):
    release = published(imigrasi)
    Attachment.objects.create(release=release, kind="image", token="a", original_name="a.jpg", alt_text="Suasana loket",
                              file="releases/a.jpg", width=800, height=600)  # fmt: skip
    Attachment.objects.create(release=release, kind="pdf", token="b", original_name="nota-dinas-rahasia.pdf",
                              title="Nota dinas rahasia", file="releases/b.pdf", kip_class="dikecualikan")  # fmt: skip
    html = Client().get(release.get_absolute_url()).content.decode()
    assert 'alt="Suasana loket"' in html and "og:image" in html
    assert "Nota dinas rahasia" not in html


def test_agency_and_theme_pages_list_their_public_releases(forum, imigrasi, dinkes):
    theme = make_theme(forum, "stunting", "Percepatan Penurunan Stunting")
    published(imigrasi, title="Rilis imigrasi")
    published(dinkes, title="Posyandu serentak", themes=[theme])
    agency_page = Client().get("/instansi/imigrasi/").content.decode()
    assert "Rilis imigrasi" in agency_page and "Posyandu serentak" not in agency_page
    theme_page = Client().get("/tema/stunting/").content.decode()
    assert "Posyandu serentak" in theme_page and "Rilis imigrasi" not in theme_page
