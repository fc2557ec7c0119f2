"""The tracking link is the requester's alone: officers never see the token it carries.

Whoever holds it reads the requester's notice (with their name) and objects in their name, so
the audit trail, the office pages, the exports and the admin's view of waiting e-mails must not
show it (issue 10: a moderator read it off `/ruang-kerja/audit/?model=informationrequest`).
"""

from __future__ import annotations

import importlib
import json

from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.core.models import AuditEntry, OutgoingEmail
from sinergi.forum.models import Member


def _audit_text(item) -> str:
    kind = ContentType.objects.get_for_model(type(item))
    return json.dumps(list(AuditEntry.objects.filter(content_type=kind).values("changes", "object_repr")))


def test_the_trail_records_a_tracking_token_but_never_its_value(item, moderator):
    assert item.tracking_token and item.tracking_token not in _audit_text(item)
    created = AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(item), object_id=str(item.pk),
                                    action="created").get()
    assert created.changes["tracking_token"] == [None, "***"]
    page = client_for(moderator).get("/ruang-kerja/audit/?model=informationrequest").content.decode()
    assert item.number in page and item.tracking_token not in page


def test_officers_pages_and_exports_do_not_carry_it(item, forum):
    ppid = make_member("ppid.utama@demo.test", "Bambang", forum_role="ppid_utama", forum=forum)
    officer = client_for(ppid)
    pages = [reverse("ppid_office:list"), reverse("ppid_office:detail", args=[item.pk])]
    pages += [reverse("ppid_office:register_export", args=["permohonan", fmt]) for fmt in ("csv", "xlsx")]
    for address in pages:
        response = officer.get(address)
        assert response.status_code == 200, address
        assert item.tracking_token.encode() not in response.content, address


def test_an_e_mail_waiting_for_a_retry_is_shown_to_the_administrator_without_the_link(item):
    link = f"https://humas.example.go.id{item.get_tracking_url()}"
    waiting = OutgoingEmail.objects.create(subject="Permohonan diterima", body=f"Pantau di {link}", to=["a@b.test"])
    root = Member.objects.create_superuser("root@demo.test", "sangat-rahasia-1", full_name="Root")
    page = client_for(root).get(reverse("admin:core_outgoingemail_change", args=[waiting.pk])).content.decode()
    assert "Pantau di https://humas.example.go.id/" in page
    assert item.tracking_token not in page


def test_entries_written_before_the_mask_are_blotted_out_by_the_migration(item):
    entry = AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(item), object_id=str(item.pk),
                                    action="created").get()
    entry.changes["tracking_token"] = [None, item.tracking_token]  # as entries written before issue 10 hold it
    entry.save()
    migration = importlib.import_module("sinergi.core.migrations.0009_audit_capabilities_masked")
    migration.mask(django_apps, None)
    assert item.tracking_token not in _audit_text(item)
