"""The secretariat writes the minutes, the chair approves them or sends them back, members read them."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.core.models import AuditEntry
from sinergi.meetings.models import Invitation, Minutes, MinutesStatus
from sinergi.meetings.tests.factory import make_meeting


def make_chair(agency):
    """Pak Ahmad chairs the forum's meetings: a member through his agency, not a moderator."""
    return make_member("ahmad@demo.test", "Ahmad Syafii", agency=agency, role="pranata_humas")


def minutes_data(summary="Forum sepakat bertemu tiap bulan.", outputs="Draf SK forum.", decisions=(), **extra):
    """The minutes form: `decisions` as (id or "", number, text, removed) rows, plus two blank new rows."""
    rows = [*decisions, ("", "", "", False), ("", "", "", False)]
    data = {"summary": summary, "outputs": outputs, "keputusan-TOTAL_FORMS": str(len(rows)),
            "keputusan-INITIAL_FORMS": "0"}  # fmt: skip
    for n, (pk, order, text, removed) in enumerate(rows):
        data |= {f"keputusan-{n}-id": pk, f"keputusan-{n}-order": order, f"keputusan-{n}-text": text}
        if removed:
            data[f"keputusan-{n}-DELETE"] = "on"
    return {**data, **extra}


@pytest.fixture
def meeting(forum, imigrasi, diskominfotik):
    chair = make_chair(diskominfotik)
    meeting = make_meeting(forum, [imigrasi], chair=chair)
    Invitation.objects.create(meeting=meeting, kind="agency", agency=imigrasi)
    return meeting


def write(member, meeting, **data):
    return client_for(member).post(reverse("meetings:minutes_edit", args=[meeting.pk]), minutes_data(**data))


def post(member, meeting, step: str, data=None):
    return client_for(member).post(reverse(f"meetings:minutes_{step}", args=[meeting.pk]), data or {})


def test_the_secretariat_writes_the_summary_and_an_ordered_list_of_decisions(meeting, moderator):
    response = write(moderator, meeting, decisions=[("", "2", "Bertemu tiap bulan", False),
                                                    ("", "1", "Membentuk forum humas", False)])  # fmt: skip
    assert response.url == reverse("meetings:minutes", args=[meeting.pk])
    minutes = Minutes.objects.get(meeting=meeting)
    assert (minutes.status, minutes.written_by, minutes.summary) == (
        "draft",
        moderator,
        "Forum sepakat bertemu tiap bulan.",
    )
    assert [(d.order, d.text) for d in meeting.decisions.all()] == [
        (1, "Membentuk forum humas"),
        (2, "Bertemu tiap bulan"),
    ]

    first, second = meeting.decisions.all()
    write(moderator, meeting, decisions=[(str(first.pk), "1", "Membentuk forum kehumasan", False),
                                         (str(second.pk), "2", "", True), ("", "3", "Menyelaraskan informasi", False)])  # fmt: skip
    assert [(d.pk, d.text) for d in meeting.decisions.all()] == [
        (first.pk, "Membentuk forum kehumasan"), (meeting.decisions.last().pk, "Menyelaraskan informasi")]  # fmt: skip
    assert AuditEntry.objects.filter(content_type__model="decision", action="deleted", actor=moderator).count() == 1


def test_an_emptied_decision_is_refused_and_the_typed_text_is_kept(meeting, moderator):
    write(moderator, meeting, decisions=[("", "1", "Membentuk forum humas", False)])
    decision = meeting.decisions.get()
    response = write(moderator, meeting, summary="Ringkasan baru yang panjang",
                     decisions=[(str(decision.pk), "1", "   ", False)])  # fmt: skip
    assert response.status_code == 200
    assert response.context["decisions"].forms[0].errors["text"]
    assert "Ringkasan baru yang panjang" in response.content.decode()
    assert Minutes.objects.get().summary == "Forum sepakat bertemu tiap bulan."
    assert meeting.decisions.get().text == "Membentuk forum humas"


def test_only_those_running_the_meeting_write_minutes(meeting, admin_imigrasi, outsider):
    assert write(admin_imigrasi, meeting).status_code == 403
    assert write(outsider, meeting).status_code == 403
    assert not Minutes.objects.exists()


def test_a_draft_is_read_by_its_writers_and_the_chair_and_approved_minutes_by_every_member(
    meeting, moderator, humas_imigrasi, admin_imigrasi, outsider
):
    write(moderator, meeting, summary="Rahasia sementara: draf ringkasan")
    url = reverse("meetings:minutes", args=[meeting.pk])
    for reader in (moderator, humas_imigrasi, meeting.chair):
        assert client_for(reader).get(url).context["minutes"] is not None
    page = client_for(admin_imigrasi).get(url)
    assert page.context["minutes"] is None and "draf ringkasan" not in page.content.decode()
    assert "draf ringkasan" not in client_for(admin_imigrasi).get(meeting.get_absolute_url()).content.decode()
    assert client_for(outsider).get(url).status_code == 403

    post(moderator, meeting, "submit")
    post(meeting.chair, meeting, "approve")
    assert client_for(admin_imigrasi).get(url).context["minutes"].status == MinutesStatus.APPROVED
    assert "draf ringkasan" in client_for(admin_imigrasi).get(meeting.get_absolute_url()).content.decode()


def test_submitting_tells_the_chair_and_approving_tells_the_invited(meeting, moderator, humas_imigrasi, admin_imigrasi):
    write(moderator, meeting, decisions=[("", "1", "Membentuk forum humas", False)])
    mail.outbox.clear()
    post(moderator, meeting, "submit")
    assert Minutes.objects.get().status == MinutesStatus.SUBMITTED
    assert [m.to for m in mail.outbox] == [["ahmad@demo.test"]]
    assert f"/ruang-kerja/pertemuan/{meeting.pk}/notulen/" in mail.outbox[0].body

    mail.outbox.clear()
    response = post(meeting.chair, meeting, "approve", {"is_public": "on"})
    assert response.url == reverse("meetings:minutes", args=[meeting.pk])
    minutes = Minutes.objects.get()
    assert (minutes.status, minutes.is_public, minutes.approved_by) == ("approved", True, meeting.chair)
    assert minutes.approved_at is not None
    assert sorted(m.to[0] for m in mail.outbox) == ["dewi@demo.test", "fajar@demo.test"]
    assert "Membentuk forum humas" in mail.outbox[0].body


def test_only_the_chair_approves(meeting, moderator, humas_imigrasi):
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    assert post(moderator, meeting, "approve").status_code == 403
    assert post(humas_imigrasi, meeting, "approve", {"is_public": "on"}).status_code == 403
    assert post(moderator, meeting, "send_back", {"comment": "Tidak setuju"}).status_code == 403
    assert Minutes.objects.get().status == MinutesStatus.SUBMITTED


def test_the_chair_sends_the_minutes_back_with_a_comment(meeting, moderator):
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    refused = post(meeting.chair, meeting, "send_back", {"comment": "  "})
    assert refused.status_code == 200 and refused.context["send_back_form"].errors["comment"]
    assert Minutes.objects.get().status == MinutesStatus.SUBMITTED

    mail.outbox.clear()
    post(meeting.chair, meeting, "send_back", {"comment": "Tambahkan keputusan tentang SK forum."})
    minutes = Minutes.objects.get()
    assert (minutes.status, minutes.chair_comment) == ("draft", "Tambahkan keputusan tentang SK forum.")
    assert [m.to for m in mail.outbox] == [["rina@demo.test"]]
    assert "Tambahkan keputusan tentang SK forum." in mail.outbox[0].body


def test_approved_minutes_are_not_edited_and_nothing_typed_is_lost(meeting, moderator):
    write(moderator, meeting, decisions=[("", "1", "Membentuk forum humas", False)])
    post(moderator, meeting, "submit")
    post(meeting.chair, meeting, "approve")
    edit_url = reverse("meetings:minutes_edit", args=[meeting.pk])
    assert client_for(moderator).get(edit_url).url == reverse("meetings:minutes", args=[meeting.pk])

    response = write(moderator, meeting, summary="Perubahan setelah disetujui")
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    assert "Perubahan setelah disetujui" in response.content.decode()
    assert Minutes.objects.get().summary == "Forum sepakat bertemu tiap bulan."
    assert meeting.decisions.count() == 1


def test_submitted_minutes_are_taken_back_before_they_change(meeting, moderator):
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    assert write(moderator, meeting, summary="Diubah").status_code == 200
    assert Minutes.objects.get().summary == "Forum sepakat bertemu tiap bulan."
    post(moderator, meeting, "withdraw")
    write(moderator, meeting, summary="Diubah")
    assert (Minutes.objects.get().status, Minutes.objects.get().summary) == ("draft", "Diubah")


def test_the_chair_reopens_approved_minutes_and_they_leave_the_portal(meeting, moderator):
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    post(meeting.chair, meeting, "approve", {"is_public": "on"})
    assert post(moderator, meeting, "reopen").status_code == 403
    post(meeting.chair, meeting, "reopen")
    minutes = Minutes.objects.get()
    assert (minutes.status, minutes.is_public) == ("draft", False)
    write(moderator, meeting, summary="Diperbaiki")
    assert Minutes.objects.get().summary == "Diperbaiki"


def test_minutes_without_a_chair_or_without_content_are_not_submitted(forum, moderator, imigrasi):
    meeting = make_meeting(forum, [imigrasi])
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    assert Minutes.objects.get().status == MinutesStatus.DRAFT

    meeting.chair = make_chair(imigrasi)
    meeting.save()
    write(moderator, meeting, summary="", outputs="")
    mail.outbox.clear()
    post(moderator, meeting, "submit")
    assert Minutes.objects.get().status == MinutesStatus.DRAFT and not mail.outbox


def test_each_step_is_recorded_under_the_person_who_took_it(meeting, moderator):
    write(moderator, meeting)
    post(moderator, meeting, "submit")
    post(meeting.chair, meeting, "approve")
    steps = AuditEntry.objects.filter(content_type__model="minutes", action="updated").order_by("at")
    assert [(e.actor, e.changes["status"][1]) for e in steps if "status" in e.changes] == [
        (moderator, "submitted"), (meeting.chair, "approved")]  # fmt: skip
