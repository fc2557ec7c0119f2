"""The forum asks agencies to share a published release; each agency's admin reports the link of every post,
or says why not; a link that fails the check waits for a moderator; nobody is claimed told who was not."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_agency
from sinergi.dissemination.models import AmplificationRequest, AmplificationTarget, PostReport, ReportState
from sinergi.dissemination.tasks import send_reminders
from sinergi.forum.models import SocialAccount
from sinergi.releases.tests.factory import make_release, published
from sinergi.site.inbox import waiting_for

ASK = reverse("dissemination:ask")


@pytest.fixture
def release(imigrasi):
    return published(imigrasi, title="Layanan paspor dibuka pada hari Sabtu")


@pytest.fixture
def accounts(dinkes):
    SocialAccount.objects.create(agency=dinkes, platform="x", handle="@diskesmeranti")
    SocialAccount.objects.create(agency=dinkes, platform="instagram", handle="diskesmeranti")


def ask_form(release, **changes) -> dict:
    due = timezone.localtime() + dt.timedelta(hours=6)
    return {"release": release.pk, "platforms": ["x", "instagram"], "due_at": due.strftime("%Y-%m-%dT%H:%M"),
            "who": "all", "kind": "", "message": "Mohon dibantu amplifikasi.", **changes}  # fmt: skip


def test_asking_tells_each_agencys_admins_and_names_those_with_nobody_to_tell(moderator, release, admin_dinkes):
    mail.outbox.clear()
    page = client_for(moderator).post(ASK, ask_form(release), follow=True).content.decode()
    item = AmplificationRequest.objects.get()
    assert item.targets.count() == 3  # every active agency: Diskominfotik, Dinkes, Imigrasi
    assert [message.to for message in mail.outbox] == [[admin_dinkes.email]]
    assert "Layanan paspor dibuka pada hari Sabtu" in mail.outbox[0].subject
    assert AmplificationTarget.objects.get(agency__slug="dinkes").told == 1
    assert "Tidak ada yang dapat diberi tahu" in page and "Kantor Imigrasi" in page
    assert page.count("tidak ada yang diberi tahu") == 2  # the board shows them too, never "told"


def test_a_time_already_past_and_an_unpublished_release_are_refused(moderator, release, imigrasi):
    past = (timezone.localtime() - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    page = client_for(moderator).post(ASK, ask_form(release, due_at=past)).content.decode()
    assert "sudah lewat" in page and not AmplificationRequest.objects.exists()
    draft = make_release(imigrasi, title="Belum terbit")
    assert client_for(moderator).post(ASK, ask_form(draft)).status_code == 200
    assert not AmplificationRequest.objects.exists()


def test_only_a_moderator_or_a_pejabat_humas_may_ask(release, admin_dinkes):
    assert client_for(admin_dinkes).post(ASK, ask_form(release)).status_code == 403
    assert Client().get(ASK).status_code == 302  # to sign in


def test_the_admin_reports_posts_and_a_link_to_another_account_waits_for_a_moderator(
        moderator, release, admin_dinkes, dinkes, accounts):  # fmt: skip
    client_for(moderator).post(ASK, ask_form(release))
    target = AmplificationTarget.objects.get(agency=dinkes)
    assert [item.title for item in waiting_for(admin_dinkes, dinkes.forum)] == [release.title]
    admin = client_for(admin_dinkes)
    url = reverse("dissemination:report", args=[target.pk])
    prefix = f"t{target.pk}"
    page = admin.post(url, {f"{prefix}-platform": "x", f"{prefix}-url": "https://x.com/diskesmeranti/status/186400"},
                      follow=True).content.decode()  # fmt: skip
    assert "Tautan unggahan sudah dicatat" in page
    page = admin.post(url, {f"{prefix}-platform": "instagram", f"{prefix}-url": "https://x.com/diskesmeranti/status/1"},
                      follow=True).content.decode()  # fmt: skip
    assert "Tautan tidak disimpan" in page and "bukan ke Instagram" in page
    page = admin.post(url, {f"{prefix}-platform": "instagram",
                            f"{prefix}-url": "https://www.instagram.com/akunpribadi/p/DCx1aB2/"}, follow=True)  # fmt: skip
    assert "akunpribadi" in page.content.decode()
    refused = PostReport.objects.get(platform="instagram")
    assert refused.state == ReportState.REFUSED and not refused.counts
    assert waiting_for(admin_dinkes, dinkes.forum)  # not done while a link is refused
    to_accept = [item for item in waiting_for(moderator, dinkes.forum) if "tidak lolos" in item.step]
    assert [item.agency for item in to_accept] == [dinkes.name]

    assert client_for(admin_dinkes).post(reverse("dissemination:accept", args=[refused.pk]),
                                         {"reason": "x"}).status_code == 403  # fmt: skip
    client_for(moderator).post(reverse("dissemination:accept", args=[refused.pk]),
                               {"reason": "Akun baru Dinkes, belum masuk direktori."})  # fmt: skip
    refused.refresh_from_db()
    assert refused.state == ReportState.ACCEPTED and refused.accepted_by == moderator
    assert waiting_for(admin_dinkes, dinkes.forum) == []
    assert not [item for item in waiting_for(moderator, dinkes.forum) if "tidak lolos" in item.step]


def test_no_one_reports_for_another_agency(moderator, release, admin_dinkes, imigrasi):
    client_for(moderator).post(ASK, ask_form(release))
    target = AmplificationTarget.objects.get(agency=imigrasi)
    posted = {f"t{target.pk}-platform": "x", f"t{target.pk}-url": "https://x.com/imigrasi/status/1"}
    assert client_for(admin_dinkes).post(reverse("dissemination:report", args=[target.pk]), posted).status_code == 403


def test_declining_needs_a_reason_and_shows_on_the_board(moderator, release, admin_dinkes, dinkes):
    client_for(moderator).post(ASK, ask_form(release))
    target = AmplificationTarget.objects.get(agency=dinkes)
    url = reverse("dissemination:decline", args=[target.pk])
    assert "Sebutkan alasan" in client_for(admin_dinkes).post(url, {"reason": " "}, follow=True).content.decode()
    client_for(admin_dinkes).post(url, {"reason": "Akun sedang dalam masa tenang kampanye."})
    target.refresh_from_db()
    assert target.declined_at and waiting_for(admin_dinkes, dinkes.forum) == []
    board = client_for(moderator).get(reverse("dissemination:board", args=[target.request_id])).content.decode()
    assert "Akun sedang dalam masa tenang kampanye." in board


def test_a_withdrawn_release_closes_its_request_and_the_agencies_hear_of_it(moderator, release, admin_dinkes):
    client_for(moderator).post(ASK, ask_form(release))
    mail.outbox.clear()
    release.withdraw(moderator, "Jadwal layanan berubah.")
    item = AmplificationRequest.objects.get()
    assert not item.is_open and "Jadwal layanan berubah." in item.closed_reason
    assert [message.to for message in mail.outbox] == [[admin_dinkes.email]]
    assert "Tidak lagi dibagikan" in mail.outbox[0].subject
    assert waiting_for(admin_dinkes, release.agency.forum) == []


def test_reminders_go_once_before_the_time_and_once_after_it(moderator, release, admin_dinkes, dinkes, accounts):
    client_for(moderator).post(ASK, ask_form(release))
    item = AmplificationRequest.objects.get()
    mail.outbox.clear()
    assert send_reminders(item.due_at - dt.timedelta(hours=5)) == {"reminder": 0, "late": 0}
    assert send_reminders(item.due_at - dt.timedelta(hours=1)) == {"reminder": 1, "late": 0}  # Dinkes only: admins
    assert send_reminders(item.due_at - dt.timedelta(minutes=30)) == {"reminder": 0, "late": 0}
    assert [message.to for message in mail.outbox] == [[admin_dinkes.email]]
    assert send_reminders(item.due_at + dt.timedelta(minutes=5))["late"] == 1  # late, and told so ...
    assert send_reminders(item.due_at + dt.timedelta(hours=2))["late"] == 0  # ... once
    assert len(mail.outbox) == 2  # nobody to e-mail at the other two: nothing claimed sent


def test_the_monthly_table_counts_asked_shared_and_on_time(moderator, release, admin_dinkes, dinkes, accounts):
    make_agency(dinkes.forum, "lama", "Instansi Lama", is_active=False)
    client_for(moderator).post(ASK, ask_form(release))
    target = AmplificationTarget.objects.get(agency=dinkes)
    for platform, url in (("x", "https://x.com/diskesmeranti/status/1"),
                          ("instagram", "https://www.instagram.com/p/DCx1aB2/")):  # fmt: skip
        client_for(admin_dinkes).post(reverse("dissemination:report", args=[target.pk]),
                                      {f"t{target.pk}-platform": platform, f"t{target.pk}-url": url})  # fmt: skip
    monthly = reverse("dissemination:monthly")
    page = client_for(moderator).get(monthly).content.decode()
    assert "<svg" in page and "Dinas Kesehatan" in page and "Instansi Lama" not in page
    csv = client_for(moderator).get(monthly, {"format": "csv"}).content.decode()
    assert "Dinas Kesehatan,1,1,1,0,100" in csv.replace("\r", "") and "Kantor Imigrasi Kelas II TPI Selatpanjang,1,0,0,0,0" in csv
    xlsx = client_for(moderator).get(monthly, {"format": "xlsx", "bulan": "2026-13"})
    assert xlsx.status_code == 200 and xlsx.content.startswith(b"PK")


def test_a_serta_merta_release_is_asked_of_every_agency_with_one_tap(moderator, imigrasi, admin_dinkes):
    urgent = published(imigrasi, title="Banjir rob di Selatpanjang: jalur evakuasi", kip_class="serta_merta")
    page = client_for(moderator).get(reverse("dissemination:list")).content.decode()
    assert "Banjir rob di Selatpanjang" in page and "Minta semua instansi membagikan sekarang" in page
    url = reverse("dissemination:ask_everyone", args=[urgent.pk])
    assert client_for(admin_dinkes).post(url).status_code == 403
    client_for(moderator).post(url)
    item = AmplificationRequest.objects.get()
    assert item.urgent and item.targets.count() == 3 and "x" in item.platforms
    assert item.due_at - item.created_at <= dt.timedelta(hours=2, minutes=1)
    assert client_for(moderator).post(url).status_code == 404  # asked already
    assert "Minta semua instansi membagikan sekarang" not in client_for(moderator).get(
        reverse("dissemination:list")).content.decode()  # fmt: skip


def test_only_the_releases_own_agency_or_a_moderator_changes_its_kit(moderator, release, admin_dinkes, humas_imigrasi):
    url = reverse("dissemination:kit", args=[release.pk])
    form = client_for(humas_imigrasi).get(url).context["form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    assert client_for(admin_dinkes).get(url).status_code == 200  # every member may read and copy it
    assert client_for(admin_dinkes).post(url, {**data, "caption_x": "Hoaks! https://evil.test"}).status_code == 403
    assert client_for(humas_imigrasi).post(url, {**data, "caption_x": "Paspor Sabtu"}).status_code == 302


def test_a_post_on_an_account_not_yet_in_the_directory_counts_as_shared(moderator, release, admin_dinkes, dinkes):
    client_for(moderator).post(ASK, ask_form(release, platforms=["instagram"]))
    target = AmplificationTarget.objects.get(agency=dinkes)  # Dinkes has no account in the directory
    client_for(admin_dinkes).post(reverse("dissemination:report", args=[target.pk]), {
        f"t{target.pk}-platform": "instagram", f"t{target.pk}-url": "https://www.instagram.com/p/DCx1aB2/"})  # fmt: skip
    assert waiting_for(admin_dinkes, dinkes.forum) == []


def test_an_urgent_request_is_not_reminded_at_once_and_old_ones_are_not_swept(moderator, imigrasi, admin_dinkes):
    urgent = published(imigrasi, title="Banjir rob", kip_class="serta_merta")
    client_for(moderator).post(reverse("dissemination:ask_everyone", args=[urgent.pk]))
    client_for(moderator).post(reverse("dissemination:ask_everyone", args=[urgent.pk]))  # a double tap
    item = AmplificationRequest.objects.get()
    assert send_reminders(item.created_at + dt.timedelta(minutes=10)) == {"reminder": 0, "late": 0}
    assert send_reminders(item.due_at + dt.timedelta(days=3))["late"] == 0  # long past: not swept again


def test_the_board_costs_the_same_queries_for_three_agencies_or_twelve(moderator, release, forum):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sinergi.conftest import make_member
    from sinergi.dissemination import amplification

    def queries_for(count: int) -> int:
        agencies = [make_agency(forum, f"instansi-{count}-{n}", f"Instansi {count} {n}") for n in range(count)]
        for number, agency in enumerate(agencies):
            make_member(f"admin{count}-{number}@demo.test", "Admin", agency=agency, role="admin_medsos")
        item = amplification.ask(release, moderator, agencies, ["x"], timezone.now() + dt.timedelta(hours=5))
        client = client_for(moderator)
        client.get(reverse("dissemination:board", args=[item.pk]))  # warm the session and caches
        with CaptureQueriesContext(connection) as captured:
            page = client.get(reverse("dissemination:board", args=[item.pk])).content.decode()
        assert page.count("admin_medsos") == 0 and f"Instansi {count} {count - 1}" in page
        return len(captured)

    assert queries_for(12) == queries_for(3)
