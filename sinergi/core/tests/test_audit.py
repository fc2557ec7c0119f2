"""The audit trail records who changed what and when, for every Sinergi model."""

from __future__ import annotations

from django.apps import apps

from sinergi.core.audit import acting_as, history_for, is_audited
from sinergi.core.models import AuditEntry


def test_a_change_through_the_site_names_the_person_and_the_fields(personas, moderator, imigrasi):
    data = {"name": imigrasi.name, "slug": "imigrasi", "kind": "vertikal", "phone": "0763-32111",
            "social-TOTAL_FORMS": "0", "social-INITIAL_FORMS": "0"}  # fmt: skip
    personas["moderator"].post("/direktori/instansi/imigrasi/ubah/", data)
    entry = history_for(imigrasi).first()
    assert entry.action == "updated" and entry.actor == moderator
    assert entry.changes["phone"] == ["", "0763-32111"]
    assert entry.forum_id == imigrasi.forum_id


def test_creation_and_deletion_are_recorded(dinkes):
    account = dinkes.social_accounts.create(platform="x", handle="@dinkes")
    pk = account.pk
    account.delete()
    actions = list(
        AuditEntry.objects.filter(object_id=str(pk), content_type__model="socialaccount").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == ["created", "deleted"]


def test_passwords_never_reach_the_trail(admin_dinkes):
    with acting_as(admin_dinkes):
        admin_dinkes.set_password("rahasia-sekali-123")
        admin_dinkes.save()
    entry = history_for(admin_dinkes).first()
    assert entry.changes["password"][1] == "***"
    assert "rahasia" not in str(AuditEntry.objects.values_list("changes", flat=True))


def test_saving_without_a_change_records_nothing(dinkes):
    before = AuditEntry.objects.count()
    dinkes.save()
    assert AuditEntry.objects.count() == before


def test_every_sinergi_model_is_audited_including_later_ones():
    sinergi_models = [m for m in apps.get_models() if m._meta.app_config.name.startswith("sinergi.")]
    assert sinergi_models
    assert all(is_audited(m) for m in sinergi_models if m is not AuditEntry)


def test_moderators_read_the_trail_of_their_forum(personas, imigrasi):
    imigrasi.phone = "0763-1"
    imigrasi.save()
    html = personas["moderator"].get("/ruang-kerja/audit/?model=agency").content.decode()
    assert "Kantor Imigrasi" in html and "0763-1" in html


def test_deactivation_names_who_did_it(moderator, admin_dinkes):
    admin_dinkes.deactivate(by=moderator)
    entry = history_for(admin_dinkes).first()
    assert entry.actor == moderator and entry.changes["is_active"] == [True, False]
