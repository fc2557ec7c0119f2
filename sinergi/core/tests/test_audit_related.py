"""In the audit trail a link to another record reads as that record's name, never its id or a secret,
and "(dihapus)" once it is gone; the names of a whole page are read at once."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType

from sinergi.conftest import make_member
from sinergi.core.audit_display import changes, name_related
from sinergi.core.capabilities import HIDDEN
from sinergi.core.models import AuditEntry
from sinergi.forum.models import AgencyRole


def _audit_page(personas, model: str) -> str:
    return personas["moderator"].get(f"/ruang-kerja/audit/?model={model}").content.decode()


def test_a_foreign_key_reads_as_the_related_records_name(personas, imigrasi, dinkes):
    role = AgencyRole.objects.create(member=make_member("rina.marlina@demo.test", "Rina Marlina"), agency=imigrasi,
                                     role="admin_medsos")  # fmt: skip
    role.agency = dinkes
    role.save()
    html = _audit_page(personas, "agencyrole")
    assert f"Instansi: {imigrasi.name} → {dinkes.name}" in html
    assert "Anggota: – → Rina Marlina" in html
    assert f"Instansi: {imigrasi.pk} →" not in html


def test_a_record_gone_since_reads_as_deleted(personas, forum, imigrasi):
    gone = make_member("lama@demo.test", "Pegawai Lama", agency=imigrasi, role="admin_medsos")
    member_id = gone.pk
    gone.delete()
    entry = AuditEntry.objects.create(forum_id=forum.pk, action="updated", object_id="1", object_repr="Peran",
                                      content_type=ContentType.objects.get_for_model(AgencyRole),
                                      changes={"member_id": [member_id, None]})  # fmt: skip
    assert [(c.label, c.before, c.after) for c in changes(entry)] == [("Anggota", "(dihapus)", "–")]
    assert "Anggota: (dihapus) → –" in _audit_page(personas, "agencyrole")


def test_a_secret_in_a_related_records_name_is_blotted_out(forum, imigrasi):
    member = make_member("rahasia@demo.test", "Nama", agency=imigrasi, role="admin_medsos")
    member.calendar_secret = "k9Qx2LmV7pRtZ4sW"
    member.full_name = f"Nama {member.calendar_secret}"  # however a secret came into a name
    member.save()
    role = member.agency_roles.get()
    entry = AuditEntry.objects.create(forum_id=forum.pk, action="updated", object_id=str(role.pk),
                                      content_type=ContentType.objects.get_for_model(AgencyRole), object_repr="Peran",
                                      changes={"member_id": [None, member.pk]})  # fmt: skip
    assert changes(entry)[0].after == f"Nama {HIDDEN}"


def test_the_names_of_a_page_are_read_with_one_query_per_related_model(forum, imigrasi, dinkes,
                                                                      django_assert_num_queries):  # fmt: skip
    kind = ContentType.objects.get_for_model(AgencyRole)
    members = [make_member(f"m{n}@demo.test", f"Anggota {n}") for n in range(10)]
    for member in members:
        AuditEntry.objects.create(forum_id=forum.pk, action="created", object_id="1", object_repr="Peran",
                                  content_type=kind, changes={"member_id": [None, member.pk],
                                                              "agency_id": [imigrasi.pk, dinkes.pk]})  # fmt: skip
    entries = list(AuditEntry.objects.filter(content_type=kind, changes__has_key="member_id"))
    with django_assert_num_queries(2):  # the members, the agencies
        name_related(entries)
        lines = [changes(entry) for entry in entries]
    assert {line.after for entry in lines for line in entry} == {dinkes.name, *(m.full_name for m in members)}


def test_a_field_without_a_label_of_its_own_still_reads_in_indonesian(forum, moderator):
    entry = AuditEntry.objects.create(forum_id=forum.pk, action="created", object_id="1", object_repr="0001",
                                      content_type=ContentType.objects.get(app_label="ppid",
                                                                           model="informationrequest"),
                                      changes={"tracking_token": [None, "***"],
                                               "created_at": [None, "2026-03-03T02:15:00+00:00"]})  # fmt: skip
    labels = {change.label for change in changes(entry)}
    assert {"Tautan pelacakan", "Dibuat pada"} <= labels
