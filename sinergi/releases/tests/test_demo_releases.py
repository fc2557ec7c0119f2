"""The demo releases of the Kepulauan Meranti forum: every state and class, safe to load twice."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from sinergi.core import pii, search
from sinergi.core.classification import BerkalaItem, ExemptionGround, KipClass
from sinergi.core.models import AuditEntry, SearchDocument
from sinergi.forum.models import Forum
from sinergi.releases.demo import load_demo_releases
from sinergi.releases.demo_content import MEETUP, RELEASES, WIB
from sinergi.releases.effects import search_kind
from sinergi.releases.guard import scan, unresolved_findings
from sinergi.releases.models import (
    Correction,
    EventAction,
    PiiOverride,
    Release,
    ReleaseEvent,
    ReleaseVersion,
    Status,
    Theme,
    ThemeKind,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum():
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    forum = Forum.objects.get(slug="meranti")
    load_demo_releases(forum)  # the forum demo may already have loaded them; either way they are there now
    return forum


def by_key(forum, key: str) -> Release:
    item = next(item for item in RELEASES if item.key == key)
    return Release.objects.in_forum(forum).get(title=item.title)


def counts():
    return tuple(
        model.objects.count()
        for model in (Release, ReleaseEvent, ReleaseVersion, Correction, PiiOverride, Theme, AuditEntry,
                      SearchDocument)
    )  # fmt: skip


def test_loading_twice_changes_nothing(forum):
    before = counts()
    assert load_demo_releases(forum) == 0
    assert counts() == before
    assert Release.objects.in_forum(forum).count() == len(RELEASES)


def test_a_fresh_load_reports_what_it_created():
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    forum = Forum.objects.get(slug="meranti")
    Release.objects.in_forum(forum).delete()
    assert load_demo_releases(forum) == len(RELEASES)


def test_there_are_30_to_45_releases_in_every_status_class_and_periodic_item(forum):
    releases = Release.objects.in_forum(forum)
    assert 30 <= releases.count() <= 45
    assert set(releases.values_list("status", flat=True)) == set(Status.values)
    assert set(releases.values_list("kip_class", flat=True)) == set(KipClass.values)
    items = releases.filter(kip_class=KipClass.BERKALA).values_list("berkala_item", flat=True)
    assert set(items) == set(BerkalaItem.values)
    assert {theme.kind for theme in Theme.objects.filter(forum=forum)} == set(ThemeKind.values)
    assert releases.filter(themes__isnull=False).distinct().count() > releases.count() // 2


def test_each_release_tells_its_history_in_order(forum):
    for release in Release.objects.in_forum(forum):
        events = list(release.events.order_by("created_at", "id"))
        assert events[0].action == EventAction.CREATED, release.title
        moves = [e for e in events if e.to_status]
        assert (moves[-1].to_status if moves else Status.DRAFT) == release.status, release.title
        assert [e.created_at for e in events] == sorted(e.created_at for e in events)
        assert release.versions.exists()
        assert release.created_at <= events[-1].created_at <= timezone.now()
        if release.published_at:
            assert release.published_at <= timezone.now()


def test_the_first_pr_meetup_is_public_on_7_february_2024(forum):
    release = by_key(forum, MEETUP)
    assert release.agency.slug == "imigrasi" and release.kind == "siaran_pers"
    assert release.is_public
    assert timezone.localtime(release.published_at, WIB).date() == dt.date(2024, 2, 7)
    assert "Hotel Grand Meranti" in release.body and "Rabu, 7 Februari 2024" in release.body
    for office in ("Sekretaris Daerah", "Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian", "PWI"):
        assert office in release.body
    assert set(release.themes.values_list("slug", flat=True)) >= {"forum-kehumasan", "satu-data-indonesia", "spbe"}
    hits = search.search(search_kind(forum.pk), "kopi darat kehumasan").hits
    assert release.pk in [hit.object_id for hit in hits]


def test_exempt_releases_are_never_public_and_carry_their_uji_konsekuensi(forum):
    exempt = Release.objects.in_forum(forum).filter(kip_class=KipClass.DIKECUALIKAN)
    assert 2 <= exempt.count() <= 3
    assert not Release.objects.public().filter(kip_class=KipClass.DIKECUALIKAN).exists()
    indexed = SearchDocument.objects.filter(kind=search_kind(forum.pk)).values_list("object_id", flat=True)
    for release in exempt:
        assert release.status in (Status.DRAFT, Status.APPROVED)
        assert release.pk not in indexed
        release.clean_classification()  # raises if a field of the uji konsekuensi is missing
        assert release.exemption_decree_number and release.exemption_decree_date
        if ExemptionGround(release.exemption_ground).is_temporary:
            assert release.exemption_ends_on


def test_public_releases_are_all_in_the_search_index_and_nothing_else_is(forum):
    public = set(Release.objects.public().in_forum(forum).values_list("pk", flat=True))
    indexed = set(SearchDocument.objects.filter(kind=search_kind(forum.pk)).values_list("object_id", flat=True))
    assert public == indexed
    assert len(public) >= 20


def test_no_published_or_scheduled_release_has_an_unresolved_personal_data_finding(forum):
    releases = Release.objects.in_forum(forum)
    going_out = releases.filter(status__in=[Status.PUBLISHED, Status.ARCHIVED, Status.WITHDRAWN, Status.SCHEDULED])
    for release in going_out:
        assert unresolved_findings(release) == [], release.title
    overridden = [item for release in going_out for item in scan(release) if item.overridden]
    assert [item.finding.kind for item in overridden] == ["email"]
    assert all(PiiOverride.objects.filter(fingerprint=item.fingerprint).get().reason for item in overridden)


def test_one_draft_shows_the_guard_at_work_on_a_nik(forum):
    flagged = [r for r in Release.objects.in_forum(forum) if unresolved_findings(r)]
    assert len(flagged) == 1
    draft = flagged[0]
    assert draft.status == Status.DRAFT
    assert [item.finding.kind for item in unresolved_findings(draft)] == ["nik"]
    assert pii.find_personal_data(draft.body)[0].kind == "nik"


def test_withdrawn_corrected_scheduled_and_urgent_releases_look_the_part(forum):
    releases = Release.objects.in_forum(forum)
    withdrawn = releases.get(status=Status.WITHDRAWN)
    assert withdrawn.withdrawal_reason and withdrawn.withdrawn_at and not withdrawn.is_public
    corrected = Correction.objects.get(release__agency__forum=forum)
    assert corrected.release.is_public and corrected.note.startswith("Koreksi")
    assert corrected.previous_version.body != corrected.release.body
    assert corrected.release.versions.count() == 2
    scheduled = releases.get(status=Status.SCHEDULED)
    assert scheduled.publish_at > timezone.now() and not scheduled.is_public
    archived = releases.get(status=Status.ARCHIVED)
    assert archived.is_public and archived.archived_at
    urgent = releases.filter(kip_class=KipClass.SERTA_MERTA)
    assert urgent.count() >= 3 and all(r.status == Status.PUBLISHED for r in urgent)
    assert all(r.events.filter(action=EventAction.PUBLISHED_URGENTLY).exists() for r in urgent)
    assert urgent.filter(needs_review_after_publish=True).count() == 1
    changes = releases.get(status=Status.CHANGES_REQUESTED)
    assert changes.events.get(action=EventAction.CHANGES_REQUESTED).comment


def test_authors_are_the_agencies_demo_drafters(forum):
    releases = Release.objects.in_forum(forum)
    assert {r.created_by.email for r in releases.filter(agency__slug="imigrasi")} == {"admin.imigrasi@demo.test"}
    assert {r.created_by.email for r in releases.filter(agency__slug="bpbd")} == {"pranata.bpbd@demo.test"}
    assert not releases.filter(agency__slug="kejari", created_by__isnull=False).exists()
    approvals = ReleaseEvent.objects.filter(release__agency__forum=forum, action=EventAction.APPROVED)
    assert set(approvals.values_list("actor__email", flat=True)) == {"moderator@demo.test"}
