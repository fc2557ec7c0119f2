"""The board shows every follow-up action by status, overdue ones flagged, forum-wide and per agency."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.meetings.models import Action
from sinergi.meetings.tests.factory import make_meeting


@pytest.fixture
def actions(forum, imigrasi, dinkes):
    today = timezone.localdate()
    first = make_meeting(forum, [imigrasi], title="Kopi darat kehumasan", start=timezone.now() - dt.timedelta(days=60))
    second = make_meeting(forum, [dinkes], title="Coffee morning Maret", start=timezone.now() - dt.timedelta(days=5))

    def make(meeting, agency, title, status="open", days=10):
        return Action.objects.create(forum=forum, meeting=meeting, agency=agency, title=title, status=status,
                                     due_on=today + dt.timedelta(days=days))  # fmt: skip

    return {
        "late": make(first, imigrasi, "Membentuk forum humas", days=-3),
        "working": make(first, imigrasi, "Menyusun SK forum", status="in_progress"),
        "done": make(first, dinkes, "Menyusun daftar informasi", status="done", days=-10),
        "dropped": make(second, dinkes, "Membuat aplikasi baru", status="dropped"),
        "dinkes_open": make(second, dinkes, "Kalender konten kesehatan"),
        "meetings": (first, second),
    }


def columns(response) -> dict[str, list[str]]:
    return {column.status: [a.title for a in column.actions] for column in response.context["columns"]}


def test_the_forum_board_groups_every_action_by_status_and_flags_the_overdue(actions, admin_dinkes):
    response = client_for(admin_dinkes).get(reverse("meetings:action_board"))
    assert columns(response) == {
        "open": ["Membentuk forum humas", "Kalender konten kesehatan"],
        "in_progress": ["Menyusun SK forum"],
        "done": ["Menyusun daftar informasi"],
        "dropped": ["Membuat aplikasi baru"],
    }
    assert [c.count for c in response.context["columns"]] == [2, 1, 1, 1]
    assert (response.context["total"], response.context["overdue_count"]) == (5, 1)
    flagged = [a.title for c in response.context["columns"] for a in c.actions if a.overdue]
    assert flagged == ["Membentuk forum humas"]  # a done action past its date is not overdue


def test_the_board_filters_by_agency_and_meeting(actions, admin_dinkes, dinkes):
    client = client_for(admin_dinkes)
    by_agency = client.get(reverse("meetings:action_board"), {"instansi": "imigrasi"})
    assert columns(by_agency)["open"] == ["Membentuk forum humas"] and by_agency.context["total"] == 2
    first, second = actions["meetings"]
    by_meeting = client.get(reverse("meetings:action_board"), {"pertemuan": second.pk})
    assert by_meeting.context["total"] == 2 and columns(by_meeting)["dropped"] == ["Membuat aplikasi baru"]
    both = client.get(reverse("meetings:action_board"), {"instansi": "dinkes", "pertemuan": first.pk})
    assert columns(both)["done"] == ["Menyusun daftar informasi"] and both.context["total"] == 1


def test_each_agency_has_its_own_board(actions, admin_dinkes, dinkes):
    response = client_for(admin_dinkes).get(reverse("meetings:agency_actions", args=["dinkes"]))
    assert response.context["agency"] == dinkes
    assert response.context["total"] == 3 and response.context["overdue_count"] == 0
    assert client_for(admin_dinkes).get(reverse("meetings:agency_actions", args=["tidak-ada"])).status_code == 404


def test_only_members_see_the_board(actions, outsider):
    assert client_for(outsider).get(reverse("meetings:action_board")).status_code == 403
    assert Client().get(reverse("meetings:action_board")).status_code == 302


def test_the_board_filters_by_status_and_by_lateness(actions, moderator):
    client = client_for(moderator)
    late = columns(client.get(reverse("meetings:action_board"), {"terlambat": "on"}))
    assert [title for titles in late.values() for title in titles] == ["Membentuk forum humas"]
    working = columns(client.get(reverse("meetings:action_board"), {"status": "in_progress"}))
    assert working == {"in_progress": ["Menyusun SK forum"]}


@pytest.mark.parametrize("query", [{"status": "selesai"}, {"instansi": "tidak-ada"}, {"pertemuan": "x"}])
def test_a_filter_value_that_is_not_a_choice_is_ignored_and_the_others_still_apply(actions, moderator, dinkes, query):
    response = client_for(moderator).get(reverse("meetings:action_board"), {**query, "terlambat": "on"})
    assert response.status_code == 200
    assert [title for titles in columns(response).values() for title in titles] == ["Membentuk forum humas"]
