"""The Kepulauan Meranti demo forum: complete, and loading it twice changes nothing."""

from __future__ import annotations

import io

from django.core.management import call_command

from sinergi.core.models import AuditEntry
from sinergi.forum.models import Agency, AgencyKind, Forum, ForumRoleKind, Member


def load(**kwargs) -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out, **kwargs)
    return out.getvalue()


def test_the_demo_forum_holds_meranti_with_its_kecamatan_and_every_role(db, settings):
    settings.DEBUG = True
    output = load()
    forum = Forum.objects.get(slug="meranti")
    assert forum.region_code == "14.10" and forum.time_zone == "Asia/Jakarta"
    kecamatan = Agency.objects.filter(forum=forum, kind=AgencyKind.KECAMATAN)
    assert sorted(kecamatan.values_list("region_code", flat=True)) == [f"14.10.{n:02d}" for n in range(1, 10)]
    assert Agency.objects.get(slug="imigrasi").kind == AgencyKind.VERTIKAL
    assert Agency.objects.get(slug="upt-puskesmas-selatpanjang").parent.slug == "dinkes"
    held = set(forum.member_roles.values_list("role", flat=True))
    assert held == set(ForumRoleKind.values)
    assert "moderator@demo.test" in output and "Meranti-2024" in output
    assert Member.objects.get(email="moderator@demo.test").check_password("Meranti-2024")


def test_loading_twice_changes_nothing(db, settings):
    settings.DEBUG = True
    load()
    counts = (Agency.objects.count(), Member.objects.count(), AuditEntry.objects.count())
    load()
    assert (Agency.objects.count(), Member.objects.count(), AuditEntry.objects.count()) == counts


def test_without_debug_the_demo_has_no_password_and_prints_none(db, settings):
    settings.DEBUG = False
    output = load()
    assert "Meranti-2024" not in output
    assert not Member.objects.get(email="moderator@demo.test").has_usable_password()
