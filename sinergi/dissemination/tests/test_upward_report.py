"""The month's output by national theme for the province and the centre: releases, sharing and clicks per
theme, as a page, CSV and PDF; local themes stay out."""

from __future__ import annotations

import datetime as dt
import io

import time_machine
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from sinergi.conftest import client_for
from sinergi.dissemination import amplification
from sinergi.dissemination.models import ShareClick, ShareKit
from sinergi.forum.models import SocialAccount
from sinergi.releases.tests.factory import make_theme, published


def test_each_national_theme_counts_its_releases_sharing_and_clicks(moderator, imigrasi, dinkes, admin_dinkes):
    forum = imigrasi.forum
    stunting = make_theme(forum, "stunting", "Percepatan Penurunan Stunting", kind="kampanye")
    local = make_theme(forum, "hari-jadi", "Hari Jadi Kabupaten", kind="lokal")
    SocialAccount.objects.create(agency=dinkes, platform="x", handle="diskesmeranti")
    with time_machine.travel(dt.datetime(2026, 11, 10, 3, 0, tzinfo=dt.UTC)):
        release = published(dinkes, title="Posyandu serentak di 13 desa")
        release.themes.add(stunting, local)
        published(imigrasi, title="Layanan paspor Sabtu")  # no theme
        item = amplification.ask(release, moderator, [dinkes, imigrasi], ["x"], timezone.now() + dt.timedelta(hours=4))
        target = item.targets.get(agency=dinkes)
        amplification.report(target, "x", "https://x.com/diskesmeranti/status/1", admin_dinkes)
        kit = ShareKit.objects.create(release=release)
        ShareClick.objects.create(kit=kit, source="x", day=dt.date(2026, 11, 10), count=7)
        ShareClick.objects.create(kit=kit, source="whatsapp", day=dt.date(2026, 11, 11), count=5)
        ShareClick.objects.create(kit=kit, source="x", day=dt.date(2026, 12, 1), count=100)  # next month

    url = reverse("dissemination:upward")
    page = client_for(moderator).get(url, {"bulan": "2026-11"}).content.decode()
    assert "Percepatan Penurunan Stunting" in page and "Hari Jadi Kabupaten" not in page
    assert "/tema/stunting/atom/" in page
    csv = client_for(moderator).get(url, {"bulan": "2026-11", "format": "csv"}).content.decode().replace("\r", "")
    assert "Percepatan Penurunan Stunting,Kampanye,1,2,1,12" in csv
    pdf = client_for(moderator).get(url, {"bulan": "2026-11", "format": "pdf"}).content
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "November 2026" in text and "Percepatan Penurunan Stunting" in text
