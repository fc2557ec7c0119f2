"""Publishing is blocked until every personal-data finding is redacted or allowed with a reason."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases import guard
from sinergi.releases.models import EventAction, PublishBlocked, Release, Status, TransitionError
from sinergi.releases.tests.factory import make_release

NIK = "1410015708900003"


@pytest.fixture
def release(imigrasi, admin_imigrasi):
    return make_release(imigrasi, admin_imigrasi, status=Status.APPROVED,
                        body=f"Pemohon dengan NIK {NIK} dapat mengambil paspornya. Hubungi 0812-3456-7890.")  # fmt: skip


def test_the_reviewer_sees_each_finding_highlighted_in_place(release, moderator):
    page = client_for(moderator).get(release.get_workspace_url()).content.decode()
    assert f'<mark class="pii" title="NIK (national ID number)">{NIK}</mark>' in page or f">{NIK}</mark>" in page
    assert ">0812-3456-7890</mark>" in page


def test_publishing_is_blocked_and_the_reason_shown(release, moderator):
    response = client_for(moderator).post(reverse("releases:step", args=[release.pk, "publish"]), follow=True)
    release.refresh_from_db()
    assert release.status == Status.APPROVED
    assert release.publish_error and "2" in release.publish_error
    assert release.publish_error in response.content.decode()
    assert release.events.filter(action=EventAction.PUBLISH_FAILED).exists()


def test_an_override_needs_an_allowed_role_and_a_reason(release, admin_dinkes, humas_imigrasi):
    item = guard.unresolved_findings(release)[1]
    data = {
        "fingerprint": item.fingerprint,
        "kind": item.finding.kind,
        "reason": "Nomor layanan pengaduan resmi kantor.",
    }
    assert client_for(admin_dinkes).post(reverse("releases:override", args=[release.pk]), data).status_code == 403
    client_for(humas_imigrasi).post(reverse("releases:override", args=[release.pk]), {**data, "reason": "ok"})
    assert len(guard.unresolved_findings(release)) == 2  # a reason that short is refused
    client_for(humas_imigrasi).post(reverse("releases:override", args=[release.pk]), data)
    assert [i.finding.kind for i in guard.unresolved_findings(release)] == ["nik"]
    event = release.events.get(action=EventAction.PII_OVERRIDDEN)
    assert event.actor == humas_imigrasi and "Nomor layanan pengaduan resmi" in event.comment


def test_an_override_survives_unrelated_edits(release, moderator):
    for item in guard.unresolved_findings(release):
        guard.override(release, moderator, item.fingerprint, item.finding.kind, "Diizinkan untuk uji.")
    release.body = "Kalimat baru di depan. " + release.body
    assert guard.unresolved_findings(release) == []
    release.publish(moderator)
    assert release.status == Status.PUBLISHED


def test_redacting_removes_the_number_and_keeps_a_version(imigrasi, admin_imigrasi, humas_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED, body=f"NIK pemohon {NIK}.")
    item = guard.unresolved_findings(release)[0]
    client_for(humas_imigrasi).post(reverse("releases:redact", args=[release.pk]), {"fingerprint": item.fingerprint})
    release.refresh_from_db()
    assert NIK not in release.body and "[disamarkan]" in release.body
    assert release.versions.count() == 2


def test_redaction_also_clears_earlier_versions_and_the_audit_trail(imigrasi, admin_imigrasi, humas_imigrasi):
    from sinergi.core.models import AuditEntry

    release = make_release(imigrasi, admin_imigrasi, status=Status.SUBMITTED, body="Teks awal.")
    release.body = f"NIK pemohon {NIK}."
    release.save_edit(admin_imigrasi, release.lock_version)
    item = guard.unresolved_findings(release)[0]
    client_for(humas_imigrasi).post(reverse("releases:redact", args=[release.pk]), {"fingerprint": item.fingerprint})
    assert not any(NIK in v.body for v in release.versions.all())
    assert NIK not in str(list(AuditEntry.objects.values_list("changes", flat=True)))


def test_the_text_of_a_pdf_attachment_is_scanned(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.APPROVED, body="Teks bersih.")
    release.attachments.create(kind="pdf", token="x", original_name="daftar.pdf", text=f"Nama: Budi, NIK {NIK}")
    with pytest.raises(PublishBlocked):
        release.publish(None)
    assert [i.source for i in guard.unresolved_findings(release)] == [f"attachment-{release.attachments.get().pk}"]


def test_a_finding_in_an_exempt_attachment_does_not_block_since_it_is_never_public(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.APPROVED, body="Teks bersih.")
    release.attachments.create(
        kind="pdf", token="x", original_name="a.pdf", text=f"NIK {NIK}", kip_class="dikecualikan"
    )
    release.publish(None)
    assert release.status == Status.PUBLISHED


def test_the_drafter_is_warned_on_submit_while_there_is_time_to_fix_it(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, body=f"NIK pemohon {NIK}.")
    response = client_for(admin_imigrasi).post(reverse("releases:step", args=[release.pk, "submit"]), follow=True)
    assert "1 kemungkinan data pribadi" in response.content.decode()


def test_personal_data_in_an_images_alt_text_blocks_publication(imigrasi, admin_imigrasi):
    release = make_release(imigrasi, admin_imigrasi, status=Status.APPROVED, body="Teks bersih.")
    release.attachments.create(kind="image", token="x", original_name="ktp.jpg", alt_text=f"KTP dengan NIK {NIK}")
    with pytest.raises(PublishBlocked):
        release.publish(None)


def test_a_public_notice_with_personal_data_is_refused(imigrasi, moderator):
    release = make_release(imigrasi, status=Status.PUBLISHED)
    with pytest.raises(TransitionError):
        release.withdraw(moderator, f"Memuat NIK {NIK} milik warga.")
    with pytest.raises(TransitionError):
        release.correct(moderator, "Hubungi 0812-3456-7890 untuk ralat.", release.lock_version)
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED


def test_resolving_the_findings_lets_the_sweep_publish_a_blocked_schedule(imigrasi, moderator):
    import datetime

    import time_machine
    from django.core import mail
    from django.utils import timezone

    from sinergi.releases.tasks import publish_due, publish_scheduled

    release = make_release(imigrasi, status=Status.APPROVED, body="Teks bersih.")
    at = timezone.now() + datetime.timedelta(minutes=5)
    release.schedule(moderator, at)
    Release.objects.filter(pk=release.pk).update(body=f"NIK {NIK}")
    release.refresh_from_db()
    mail.outbox.clear()
    with time_machine.travel(at + datetime.timedelta(minutes=1)):
        assert publish_scheduled.call(release.pk) == "blocked"
        assert moderator.email in [address for m in mail.outbox for address in m.to]
        assert publish_due() == 0  # not retried while it is still blocked
        item = guard.unresolved_findings(release)[0]
        guard.override(release, moderator, item.fingerprint, item.finding.kind, "Sudah disetujui pemiliknya.")
        assert publish_due() == 1
    release.refresh_from_db()
    assert release.status == Status.PUBLISHED
