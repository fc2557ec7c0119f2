"""Erasing a requester leaves their name nowhere: not in the request, its texts and history, the stored
notice PDF, the e-mails still waiting, nor the audit trail; and not while an objection is open."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
import time_machine
from django.core.files.base import ContentFile
from pypdf import PdfReader

from sinergi.conftest import make_member
from sinergi.core.models import AuditEntry, OutgoingEmail
from sinergi.core.workflow import TransitionError
from sinergi.ppid.models import InformationRequest, RequestEvent, WrittenNotice
from sinergi.ppid.retention import delete_id_scans

NAME, NIK, PHONE, MAIL = "Siti Aminah", "1410015708900003", "0812-3456-7890", "siti@contoh.test"


@pytest.fixture
def sekda(forum):
    return make_member("sekda@demo.test", "Mahmud Effendi", forum_role="atasan_ppid", forum=forum)


@pytest.fixture
def answered(item, dinkes):
    InformationRequest.objects.filter(pk=item.pk).update(
        id_number=NIK, phone=PHONE, subject=f"Data bansos atas nama {NAME}, NIK {NIK}", purpose="Liputan")
    item.refresh_from_db()
    item.id_document.save("ktp", ContentFile(b"%PDF-1.4 ktp"), save=True)
    ppid = make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")
    item.record(ppid, "routed", f"Pemohon {NAME} menelepon dari {PHONE}")
    with time_machine.travel(dt.datetime(2026, 3, 10, 3, 0, tzinfo=dt.UTC)):
        item.give_notice(WrittenNotice(held="held", decision="refused", exemption_ground="h",
                                       refusal_reason=f"Data milik pihak lain selain {NAME}"), ppid)  # fmt: skip
    with time_machine.travel(dt.datetime(2026, 3, 12, 3, 0, tzinfo=dt.UTC)):
        item.file_objection(["a"], f"Saya, {NAME}, keberatan. Hubungi {MAIL}.")
    OutgoingEmail.objects.create(subject="Pemberitahuan", body="...", to=[MAIL])
    item.refresh_from_db()
    return item


def everything_about(item) -> str:
    item.refresh_from_db()
    parts = [str(value) for value in InformationRequest.objects.filter(pk=item.pk).values().get().values()]
    parts += list(RequestEvent.objects.filter(request=item).values_list("comment", flat=True))
    parts += [item.objection.statement, item.notice.refusal_reason]
    parts += [json.dumps(entry.changes, ensure_ascii=False) + entry.object_repr for entry in AuditEntry.objects.all()]
    parts += [json.dumps(message.to) + message.body for message in OutgoingEmail.objects.all()]
    reader = PdfReader(io.BytesIO(item.notice.pdf.open("rb").read()))
    parts += [page.extract_text() for page in reader.pages]
    return "\n".join(parts)


def test_erasure_leaves_the_name_nowhere(answered, sekda):
    assert NAME in everything_about(answered)
    with pytest.raises(TransitionError):  # not while the atasan must still decide
        answered.erase_personal_data()
    with time_machine.travel(dt.datetime(2026, 3, 20, 3, 0, tzinfo=dt.UTC)):
        answered.objection.decide(sekda, "rejected", "Alasan penolakan tetap.", "Sekretaris Daerah")
    answered.refresh_from_db()
    answered.erase_personal_data()
    text = everything_about(answered)
    for trace in (NAME, NIK, PHONE, MAIL, "Siti"):
        assert trace not in text, trace
    assert answered.subject.startswith("Data bansos") and "[dihapus]" in answered.subject
    assert not answered.id_document and answered.notice.pdf  # the notice stays, as a redacted copy


def test_the_nightly_erasure_waits_for_an_open_objection(answered, settings):
    settings.PPID_PERSONAL_DATA_RETENTION_DAYS = 1
    assert not InformationRequest.objects.past_retention().exists()


def test_an_id_scan_goes_thirty_days_after_the_request_is_closed(item, settings):
    item.id_document.save("ktp", ContentFile(b"%PDF-1.4 ktp"), save=True)
    with time_machine.travel(dt.datetime(2026, 3, 10, 3, 0, tzinfo=dt.UTC)):
        item.give_notice(WrittenNotice(held="held", decision="granted", material="Rekap"), None)
    item.refresh_from_db()
    last_day_to_object = item.objection_window()[1]
    assert delete_id_scans(today=last_day_to_object + dt.timedelta(days=30)) == 0
    assert delete_id_scans(today=last_day_to_object + dt.timedelta(days=31)) == 1
    item.refresh_from_db()
    assert not item.id_document
