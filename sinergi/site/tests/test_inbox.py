"""The inbox: each persona of the demo sees exactly the work waiting for them, most urgent first."""

from __future__ import annotations

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.core import contributions
from sinergi.core.contributions import InboxItem
from sinergi.forum.models import Agency, Forum, Member
from sinergi.ppid.models import InformationRequest, Objection, RequestStatus
from sinergi.releases.models import Release
from sinergi.site import inbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", quiet_logins=True, stdout=io.StringIO())
    mail.outbox = []
    Member.objects.update(is_demo=False)  # demo logins work only while DEBUG; here they are ordinary members
    return Forum.objects.get(slug="meranti")


def person(email: str) -> Member:
    return Member.objects.get(email=email)


def items_of(email: str, forum) -> list[InboxItem]:
    return inbox.waiting_for(person(email), forum)


def numbers(items, kind_word: str) -> set[str]:
    return {item.title for item in items if item.kind == kind_word}


def test_the_ppid_utama_sees_requests_to_route_and_every_late_request(demo):
    items = items_of("ppid.utama@demo.test", demo)
    open_requests = InformationRequest.objects.open().filter(forum=demo)
    unrouted = {item.number for item in open_requests.filter(agency__isnull=True)}
    late = {item.number for item in open_requests if item.notice_due_on() < timezone.localdate()}
    assert unrouted and late  # the demo has both, as a real PPID's morning does
    routing = {item.title for item in items if item.step == "Teruskan ke instansi yang menguasai informasi"}
    assert routing == unrouted
    listed = {item.title for item in items if item.kind == "Permohonan informasi"}
    assert late <= listed
    assert all(item.late for item in items if item.title in late - unrouted)


def test_the_inbox_puts_the_late_first_then_the_nearest_deadline(demo):
    items = items_of("ppid.utama@demo.test", demo)
    dated = [item.days_left for item in items if item.days_left is not None]
    assert dated == sorted(dated) and dated[0] < 0


def test_a_ppid_pelaksana_sees_her_agencys_requests_and_hears_at_once_when_one_is_routed(demo, commits_at_once):
    dinkes = Agency.objects.get(forum=demo, slug="dinkes")
    mine = {item.number for item in InformationRequest.objects.open().filter(agency=dinkes)}
    before = items_of("ppid.dinkes@demo.test", demo)
    assert {item.title for item in before if item.step == "Berikan pemberitahuan tertulis"} == mine
    waiting = InformationRequest.objects.open().filter(forum=demo, agency__isnull=True).first()
    utama = client_for(person("ppid.utama@demo.test"))
    response = utama.post(f"/ruang-kerja/ppid/permohonan/{waiting.pk}/teruskan/",
                          {"teruskan-agency": dinkes.pk, "teruskan-comment": "Data kasus DBD ada di Dinkes."})  # fmt: skip
    assert response.status_code == 302
    after = items_of("ppid.dinkes@demo.test", demo)
    assert waiting.number in {item.title for item in after if item.step == "Berikan pemberitahuan tertulis"}
    [message] = [m for m in mail.outbox if m.to == ["ppid.dinkes@demo.test"]]
    assert waiting.number in message.subject and "Dinas Kesehatan" in message.body
    assert "Data kasus DBD ada di Dinkes." in message.body
    page = client_for(person("ppid.dinkes@demo.test")).get("/ruang-kerja/").content.decode()
    assert waiting.number in page


def test_another_agencys_pelaksana_sees_none_of_it(demo):
    items = items_of("ppid.pupr@demo.test", demo)
    pupr = Agency.objects.get(forum=demo, slug="dinas-pupr")
    theirs = set(InformationRequest.objects.filter(forum=demo, agency=pupr).values_list("number", flat=True))
    assert {item.title for item in items if item.kind == "Permohonan informasi"} <= theirs


def test_the_atasan_sees_each_objection_to_decide_and_hears_of_a_new_one(demo, commits_at_once):
    waiting = {o.number for o in Objection.objects.filter(request__forum=demo, answered_at__isnull=True)}
    items = items_of("sekda@demo.test", demo)
    assert numbers(items, "Keberatan") == waiting
    answered = next(item for item in InformationRequest.objects.filter(forum=demo, status=RequestStatus.ANSWERED,
                                                                       objection__isnull=True)
                    if (window := item.objection_window()) and window[1] >= timezone.localdate())  # fmt: skip
    response = client_for(None).post(answered.get_tracking_url(),
                                     {"grounds": ["a"], "statement": "Permohonan saya ditolak tanpa alasan."})  # fmt: skip
    assert response.status_code == 302
    objection = Objection.objects.get(request=answered)
    assert objection.number in numbers(items_of("sekda@demo.test", demo), "Keberatan")
    to_sekda = [m for m in mail.outbox if m.to == ["sekda@demo.test"]]
    assert len(to_sekda) == 1 and answered.number in to_sekda[0].body


def test_the_head_of_pr_and_the_moderator_see_releases_waiting_for_their_step(demo):
    for email in ("humas.imigrasi@demo.test", "moderator@demo.test"):
        member = person(email)
        expected = set(Release.objects.in_forum(demo).waiting_for(member).values_list("title", flat=True))
        assert numbers(inbox.waiting_for(member, demo), "Rilis") == expected


def test_the_navigation_shows_the_count_on_every_page(demo):
    member = person("sekda@demo.test")
    count = len(inbox.waiting_for(member, demo))
    assert count
    page = client_for(member).get("/ruang-kerja/rilis/").content.decode()
    assert f'<span class="count" title="Menunggu saya">{count}<' in page


def test_someone_with_nothing_waiting_is_told_so(admin_dinkes):
    page = client_for(admin_dinkes).get("/ruang-kerja/").content.decode()
    assert "Tidak ada yang menunggu Anda." in page and 'class="count"' not in page


def test_a_broken_provider_costs_only_its_own_items(demo, caplog):
    def broken(member, forum):
        raise RuntimeError("boom")

    contributions.inbox.register(broken)
    try:
        items = items_of("sekda@demo.test", demo)
    finally:
        contributions.inbox.unregister(broken)
    assert numbers(items, "Keberatan")
    assert "broken" in caplog.text
