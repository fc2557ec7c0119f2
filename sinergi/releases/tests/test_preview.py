"""A signed, expiring preview link lets an agency head read a draft without an account."""

from __future__ import annotations

import datetime

import time_machine
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases import preview
from sinergi.releases.tests.factory import make_release


def test_the_link_shows_the_draft_without_an_account(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, title="Rancangan pengumuman libur layanan")
    path = preview.preview_url(release).split("8000", 1)[-1]
    response = client_for(None).get(path)
    assert response.status_code == 200 and "Rancangan pengumuman libur layanan" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_a_tampered_or_expired_link_is_refused(imigrasi, admin_imigrasi, settings):
    release = make_release(imigrasi, admin_imigrasi, title="Rahasia sementara")
    path = preview.preview_url(release).split("8000", 1)[-1]
    assert client_for(None).get(path[:-3] + "abc/").status_code == 410
    with time_machine.travel(
        datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=settings.PREVIEW_LINK_DAYS + 1)
    ):
        response = client_for(None).get(path)
    assert response.status_code == 410 and "Rahasia sementara" not in response.content.decode()


def test_only_people_who_can_see_the_draft_can_make_a_link(imigrasi, admin_imigrasi, admin_dinkes):
    release = make_release(imigrasi, admin_imigrasi)
    assert client_for(admin_dinkes).get(reverse("releases:share_preview", args=[release.pk])).status_code == 403
    assert client_for(admin_imigrasi).get(reverse("releases:share_preview", args=[release.pk])).status_code == 200


def test_the_link_shows_the_version_it_was_made_for(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, body="Teks yang dikirim ke kepala kantor.")
    path = preview.preview_url(release).split("8000", 1)[-1]
    release.body = "Teks yang diubah sesudahnya."
    release.save_edit(admin_imigrasi, release.lock_version)
    page = client_for(None).get(path).content.decode()
    assert "Teks yang dikirim ke kepala kantor." in page and "diubah sesudahnya" not in page


def test_exempt_or_withdrawn_information_is_never_previewed(imigrasi, admin_imigrasi, moderator):
    exempt = make_release(imigrasi, admin_imigrasi, title="Nota rahasia", kip_class="dikecualikan",
                          exemption_ground="i")  # fmt: skip
    assert client_for(admin_imigrasi).get(reverse("releases:share_preview", args=[exempt.pk])).status_code == 302
    forged = preview.preview_url(exempt).split("8000", 1)[-1]  # even a link made some other way
    assert "Nota rahasia" not in client_for(None).get(forged).content.decode()
    published = make_release(imigrasi, admin_imigrasi, title="Akan ditarik", status="published")
    path = preview.preview_url(published).split("8000", 1)[-1]
    published.withdraw(moderator, "Keliru.")
    assert client_for(None).get(path).status_code == 410
