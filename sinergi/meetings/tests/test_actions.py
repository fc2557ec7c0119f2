"""Decisions raise follow-up actions; those responsible report progress until done or dropped."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from sinergi.conftest import client_for
from sinergi.core.models import AuditEntry
from sinergi.meetings.models import Action, ActionStatus, Decision, ProgressNote
from sinergi.meetings.tests.factory import make_meeting, make_series


def today() -> dt.date:
    return timezone.localdate()


@pytest.fixture
def meeting(forum, imigrasi):
    return make_meeting(forum, [imigrasi], start=timezone.now() - dt.timedelta(days=1))


def make_action(meeting, agency, by=None, **fields) -> Action:
    values = {"title": "Menyusun draf SK forum", "due_on": today() + dt.timedelta(days=14)}
    return Action.objects.create(forum=meeting.forum, meeting=meeting, agency=agency, created_by=by,
                                 **{**values, **fields})  # fmt: skip


def action_data(agency, **changes) -> dict:
    data = {"title": "Menyusun draf SK forum", "description": "", "decision": "", "agency": agency.pk,
            "person": "", "due_on": (today() + dt.timedelta(days=14)).isoformat()}  # fmt: skip
    return {**data, **changes}


def raise_one(member, meeting, data):
    return client_for(member).post(reverse("meetings:action_create", args=[meeting.pk]), data)


def test_a_decision_raises_an_action_and_the_responsible_person_hears_of_it(
    meeting, moderator, imigrasi, humas_imigrasi
):
    decision = Decision.objects.create(meeting=meeting, order=1, text="Membentuk forum humas")
    form = client_for(moderator).get(reverse("meetings:action_create", args=[meeting.pk]), {"keputusan": decision.pk})
    assert form.context["form"].initial["decision"] == decision
    mail.outbox.clear()
    response = raise_one(moderator, meeting, action_data(imigrasi, decision=decision.pk, person=humas_imigrasi.pk))
    action = Action.objects.get()
    assert response.url == meeting.get_absolute_url() + "#tindak-lanjut"
    assert (action.forum, action.meeting, action.decision, action.created_by) == (
        meeting.forum, meeting, decision, moderator)  # fmt: skip
    assert (action.status, action.person, action.agency) == (ActionStatus.OPEN, humas_imigrasi, imigrasi)
    assert [m.to for m in mail.outbox] == [["fajar@demo.test"]]
    assert action.get_absolute_url() == f"/ruang-kerja/pertemuan/tindak-lanjut/{action.pk}/"
    assert action.get_absolute_url() in mail.outbox[0].body


def test_an_action_without_a_decision_or_person_goes_to_the_agency_head_of_pr(
    meeting, moderator, imigrasi, humas_imigrasi, admin_imigrasi
):
    mail.outbox.clear()
    raise_one(moderator, meeting, action_data(imigrasi))
    assert (Action.objects.get().decision, Action.objects.get().person) == (None, None)
    assert [m.to for m in mail.outbox] == [["fajar@demo.test"]]


def test_an_empty_title_or_a_past_due_date_is_refused_and_the_text_kept(meeting, moderator, imigrasi):
    page = raise_one(moderator, meeting, action_data(imigrasi, title="   "))
    assert page.status_code == 200 and page.context["form"].errors["title"]
    yesterday = (today() - dt.timedelta(days=1)).isoformat()
    page = raise_one(moderator, meeting, action_data(imigrasi, title="Menyusun kalender konten", due_on=yesterday))
    assert page.status_code == 200 and page.context["form"].errors["due_on"]
    assert "Menyusun kalender konten" in page.content.decode()
    assert not Action.objects.exists()
    assert raise_one(moderator, meeting, action_data(imigrasi, due_on=today().isoformat())).status_code == 302


def test_only_those_running_the_meeting_raise_actions(meeting, admin_imigrasi, admin_dinkes, humas_imigrasi, imigrasi):
    assert raise_one(admin_imigrasi, meeting, action_data(imigrasi)).status_code == 403
    assert raise_one(admin_dinkes, meeting, action_data(imigrasi)).status_code == 403
    assert raise_one(humas_imigrasi, meeting, action_data(imigrasi)).status_code == 302  # an organiser's head of PR


def progress(member, action, **data):
    url = reverse("meetings:action_report", args=[action.pk])
    return client_for(member).post(url, {"status": action.status, "seen": action.status, "text": "", **data})


def test_the_responsible_person_reports_progress_and_each_status_change_is_a_note(
    meeting, imigrasi, admin_imigrasi, moderator
):
    action = make_action(meeting, imigrasi, person=admin_imigrasi)
    progress(admin_imigrasi, action, status="in_progress", text="Draf SK sedang disusun.")
    progress(admin_imigrasi, Action.objects.get(), text="Sudah dikirim ke bagian hukum.")
    progress(admin_imigrasi, Action.objects.get(), status="done")
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE and action.done_at is not None
    assert [(n.status_to, n.text, n.author) for n in action.notes.all()] == [
        ("in_progress", "Draf SK sedang disusun.", admin_imigrasi),
        ("", "Sudah dikirim ke bagian hukum.", admin_imigrasi),
        ("done", "", admin_imigrasi),
    ]
    changes = AuditEntry.objects.filter(content_type__model="action", action="updated", actor=admin_imigrasi)
    assert [e.changes["status"][1] for e in changes.order_by("at") if "status" in e.changes] == ["in_progress", "done"]


def test_dropping_needs_a_reason(meeting, imigrasi, moderator):
    action = make_action(meeting, imigrasi)
    page = progress(moderator, action, status="dropped", text=" ")
    assert page.status_code == 200 and page.context["report_form"].errors["text"]
    assert Action.objects.get().status == ActionStatus.OPEN and not ProgressNote.objects.exists()
    progress(moderator, action, status="dropped", text="Digabung dengan rencana kerja Diskominfotik.")
    action.refresh_from_db()
    assert (action.status, action.dropped_reason) == ("dropped", "Digabung dengan rencana kerja Diskominfotik.")
    assert action.notes.get().status_to == "dropped"


def test_an_empty_note_is_refused(meeting, imigrasi, moderator):
    page = progress(moderator, make_action(meeting, imigrasi))
    assert page.status_code == 200 and page.context["report_form"].errors["text"]
    assert not ProgressNote.objects.exists()


def test_a_page_left_open_neither_undoes_nor_overrides_a_status_change(meeting, imigrasi, moderator, admin_imigrasi):
    action = make_action(meeting, imigrasi, person=admin_imigrasi)
    stale = Action.objects.get()  # the page Dewi opened earlier
    action.report(moderator, status="done")
    progress(admin_imigrasi, stale, text="Catatan dari halaman lama")
    assert Action.objects.get().status == ActionStatus.DONE  # her note did not move it back
    page = progress(admin_imigrasi, stale, status="in_progress", text="Mulai dikerjakan")
    assert page.status_code == 200 and page.context["report_form"].non_field_errors()
    assert Action.objects.get().status == ActionStatus.DONE
    assert [n.text for n in ProgressNote.objects.all()] == ["", "Catatan dari halaman lama"]
    with pytest.raises(ValidationError):
        stale.report(moderator, status="dropped", text="Tidak jadi")


def test_who_reports_and_who_reads(meeting, imigrasi, admin_imigrasi, humas_imigrasi, admin_dinkes, outsider):
    action = make_action(meeting, imigrasi, person=admin_imigrasi)
    assert progress(admin_dinkes, action, text="Bukan urusan saya").status_code == 403
    assert progress(humas_imigrasi, action, text="Dipantau kepala humas").status_code == 302
    assert client_for(admin_dinkes).get(action.get_absolute_url()).status_code == 200
    assert client_for(outsider).get(action.get_absolute_url()).status_code == 403


def pdf_upload(name="laporan.pdf") -> SimpleUploadedFile:
    from pypdf import PdfWriter

    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=200, height=200)
    writer.write(out)
    return SimpleUploadedFile(name, out.getvalue(), content_type="application/pdf")


def test_an_attachment_is_checked_by_content_and_served_only_to_members(
    meeting, imigrasi, admin_imigrasi, admin_dinkes, outsider
):
    action = make_action(meeting, imigrasi, person=admin_imigrasi)
    fake = SimpleUploadedFile("laporan.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf")
    page = progress(admin_imigrasi, action, text="Laporan terlampir", attachment=fake)
    assert page.status_code == 200 and page.context["report_form"].errors["attachment"]
    assert "Laporan terlampir" in page.content.decode()
    assert not ProgressNote.objects.exists()

    image = io.BytesIO()
    Image.new("RGB", (20, 10), "red").save(image, "PNG")
    progress(admin_imigrasi, action, text="Foto kegiatan", attachment=SimpleUploadedFile("foto.jpg", image.getvalue()))
    progress(admin_imigrasi, action, text="Laporan terlampir", attachment=pdf_upload("laporan akhir.exe"))
    photo, pdf = ProgressNote.objects.all()
    assert (photo.attachment_name, pdf.attachment_name) == ("foto.png", "laporan-akhir.pdf")
    assert photo.storage_key not in photo.attachment_name and photo.storage_key in photo.attachment.name

    url = reverse("meetings:action_attachment", args=[action.pk, pdf.pk])
    response = client_for(admin_dinkes).get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF-")
    assert 'attachment; filename="laporan-akhir.pdf"' in response["Content-Disposition"]
    assert client_for(outsider).get(url).status_code == 403
    other = make_action(meeting, imigrasi)
    assert (
        client_for(admin_dinkes).get(reverse("meetings:action_attachment", args=[other.pk, pdf.pk])).status_code == 404
    )


def test_changing_an_action_keeps_a_past_due_date_but_refuses_a_new_past_one(meeting, moderator, imigrasi):
    action = make_action(meeting, imigrasi)
    Action.objects.filter(pk=action.pk).update(due_on=today() - dt.timedelta(days=5))
    url = reverse("meetings:action_edit", args=[action.pk])
    past = (today() - dt.timedelta(days=5)).isoformat()
    response = client_for(moderator).post(url, action_data(imigrasi, title="Menyusun SK forum", due_on=past))
    assert response.status_code == 302 and Action.objects.get().title == "Menyusun SK forum"
    earlier = (today() - dt.timedelta(days=6)).isoformat()
    response = client_for(moderator).post(url, action_data(imigrasi, due_on=earlier))
    assert response.status_code == 200 and response.context["form"].errors["due_on"]
    assert Action.objects.get().due_on == today() - dt.timedelta(days=5)


def test_the_meeting_page_shows_its_decisions_and_every_action(meeting, moderator, imigrasi, dinkes, admin_dinkes):
    from sinergi.meetings.models import Minutes

    Minutes.objects.create(meeting=meeting, summary="Ringkasan", status="approved")
    decision = Decision.objects.create(meeting=meeting, order=1, text="Menyelaraskan informasi dengan target nasional")
    make_action(meeting, imigrasi, decision=decision, title="Memetakan target nasional")
    make_action(meeting, dinkes, title="Menyusun daftar informasi terbuka", status="done")
    response = client_for(admin_dinkes).get(meeting.get_absolute_url())
    page = response.content.decode()
    assert "Menyelaraskan informasi dengan target nasional" in page
    assert "Memetakan target nasional" in page and "Menyusun daftar informasi terbuka" in page
    assert [a.title for a in response.context["other_actions"]] == ["Menyusun daftar informasi terbuka"]


def test_the_next_meeting_of_a_series_starts_from_the_last_ones_unfinished_actions(forum, moderator, imigrasi):
    series = make_series(forum, [imigrasi])
    first = make_meeting(forum, [imigrasi], series=series, start=timezone.now() - dt.timedelta(days=30))
    second = make_meeting(forum, [imigrasi], series=series, start=timezone.now() + dt.timedelta(days=1))
    open_one = make_action(first, imigrasi, title="Membuat grup koordinasi")
    make_action(first, imigrasi, title="Sudah beres", status="done")
    response = client_for(moderator).get(second.get_absolute_url())
    assert response.context["previous"] == first
    assert response.context["carried"] == [open_one]
    assert client_for(moderator).get(first.get_absolute_url()).context["previous"] is None
