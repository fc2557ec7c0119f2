"""The public DIP links a release only while it is public: its address carries its title."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from sinergi.ppid.models import DipEntry
from sinergi.releases.tests.factory import make_release, published

ROW = {"held_by": "Sekretariat", "responsible": "Kepala Kantor", "made": "2026, Selatpanjang",
       "retention": "5 tahun", "kip_class": "setiap_saat"}  # fmt: skip


def dip_page() -> str:
    return Client().get(reverse("public_dip")).content.decode()


def test_a_public_release_is_linked(imigrasi):
    release = published(imigrasi, title="Tarif layanan paspor")
    DipEntry.objects.create(agency=imigrasi, summary="Tarif layanan", release=release, **ROW)
    assert f'<a href="{release.get_absolute_url()}">Tarif layanan</a>' in dip_page()


def test_a_release_withdrawn_later_keeps_its_row_but_loses_its_link(imigrasi, moderator):
    release = published(imigrasi, title="Daftar penerima beasiswa kilauan")
    DipEntry.objects.create(agency=imigrasi, summary="Penerima beasiswa", release=release, **ROW)
    release.withdraw(moderator, "Data belum diverifikasi.")

    html = dip_page()
    assert "Penerima beasiswa" in html
    assert release.slug not in html and f"/rilis/{release.pk}/" not in html and "kilauan" not in html


def test_an_exempt_or_unpublished_release_is_never_linked(imigrasi):
    exempt = published(imigrasi, title="Nota kilauan", kip_class="dikecualikan", exemption_ground="i")
    draft = make_release(imigrasi, title="Draf kilauan")
    for n, release in enumerate((exempt, draft)):
        DipEntry.objects.create(agency=imigrasi, summary=f"Entri {n}", release=release, **ROW)
    html = dip_page()
    assert "Entri 0" in html and "Entri 1" in html and "kilauan" not in html and "/rilis/" not in html
