"""A record whose stored file is gone (a database restored without its media folder, a file
removed by hand) answers "not found" on every view that serves files, never a server error."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for, make_member
from sinergi.meetings.models import Material, ProgressNote
from sinergi.meetings.tests.factory import make_meeting
from sinergi.meetings.tests.test_actions import make_action
from sinergi.ppid.models import InformationRequest, WrittenNotice
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import published

GONE = "hilang/tidak-ada-lagi"


def test_a_public_attachment_whose_file_is_gone_is_not_found(imigrasi):
    attachment = Attachment.objects.create(release=published(imigrasi), kind="pdf", token="a", original_name="a.pdf",
                                           title="Jadwal", file=f"{GONE}.pdf")  # fmt: skip
    assert Client().get(attachment.get_absolute_url()).status_code == 404


def test_an_attachment_read_in_the_office_whose_file_is_gone_is_not_found(imigrasi, humas_imigrasi):
    release = published(imigrasi)
    attachment = Attachment.objects.create(release=release, kind="pdf", token="b", original_name="b.pdf",
                                           title="Jadwal", file=f"{GONE}.pdf")  # fmt: skip
    url = reverse("releases:download", args=[release.pk, attachment.pk])
    assert client_for(humas_imigrasi).get(url).status_code == 404


def test_a_material_or_a_progress_notes_file_that_is_gone_is_not_found(forum, imigrasi, moderator):
    material = Material.objects.create(forum=forum, title="Materi", topic="KIP", file=f"{GONE}.pdf",
                                       file_name="materi.pdf", content_type="application/pdf")  # fmt: skip
    assert client_for(moderator).get(reverse("meetings:material_download", args=[material.pk])).status_code == 404
    action = make_action(make_meeting(forum, [imigrasi]), imigrasi)
    note = ProgressNote.objects.create(action=action, text="Laporan", attachment=f"{GONE}.pdf",
                                       attachment_name="laporan.pdf", storage_key="k")  # fmt: skip
    url = reverse("meetings:action_attachment", args=[action.pk, note.pk])
    assert client_for(moderator).get(url).status_code == 404


def test_an_id_scan_or_a_notice_whose_file_is_gone_is_not_found(forum):
    item = InformationRequest.objects.create(
        forum=forum, name="Siti Aminah", id_number="1", address="Jl. Merdeka 1", email="siti@contoh.test",
        subject="Data penerima bantuan sosial", purpose="Liputan", consent_at=timezone.now(), id_document=f"{GONE}.png",
    )  # fmt: skip
    WrittenNotice.objects.create(request=item, pdf=f"{GONE}.pdf")
    ppid = make_member("ppid.utama@demo.test", "Bambang Sutrisno", forum_role="ppid_utama", forum=forum)
    assert client_for(ppid).get(reverse("ppid_office:id_document", args=[item.pk])).status_code == 404
    assert client_for(ppid).get(reverse("ppid_office:notice_pdf", args=[item.pk])).status_code == 404
    assert Client().get(reverse("ppid:track_notice_pdf", args=[item.tracking_token])).status_code == 404
