"""How often each agency comes to the meetings it is invited to, month by month or by quarter."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.meetings import attendance
from sinergi.meetings.models import Invitation
from sinergi.meetings.tests.factory import WIB, make_meeting

NOW = dt.datetime(2024, 6, 15, 10, 0, tzinfo=WIB)


def held(forum, day: dt.date, *invitations: dict, status: str = "scheduled"):
    meeting = make_meeting(forum, start=dt.datetime.combine(day, dt.time(9), tzinfo=WIB), status=status)
    for invitation in invitations:
        Invitation.objects.create(meeting=meeting, **invitation)
    return meeting


@pytest.fixture
def year(forum, moderator, humas_imigrasi, admin_imigrasi, admin_dinkes, imigrasi, dinkes):
    """A year of meetings: who was invited how, and who came."""
    kopdar = held(
        forum, dt.date(2024, 2, 7), {"kind": "agency", "agency": imigrasi}, {"kind": "agency", "agency": dinkes}
    )
    attendance.check_in(kopdar, humas_imigrasi)
    attendance.check_in(kopdar, admin_imigrasi)  # two people from one agency: it attended once
    training = held(forum, dt.date(2024, 5, 2), {"kind": "agency_role", "role": "admin_medsos"})
    attendance.check_in(training, admin_dinkes)
    coordination = held(forum, dt.date(2024, 6, 10), {"kind": "member", "member": moderator},
                        {"kind": "forum_role", "role": "moderator"})  # fmt: skip
    attendance.check_in(coordination, moderator)
    attendance.add_guest(coordination, name="Tamu", organisation="PWI", position="", recorded_by=moderator)
    # None of these counts: cancelled, not held yet, more than a year ago.
    held(forum, dt.date(2024, 5, 20), {"kind": "agency", "agency": dinkes}, status="cancelled")
    held(forum, dt.date(2024, 7, 1), {"kind": "agency", "agency": dinkes})
    held(forum, dt.date(2023, 5, 1), {"kind": "agency", "agency": dinkes})


def by_agency(result) -> dict[str, list[tuple[int, int]]]:
    return {row.agency.slug: [cell for cell in row.cells if cell != (0, 0)] for row in result.rows}


@time_machine.travel(NOW, tick=False)
def test_each_agency_counts_meetings_invited_to_and_attended_month_by_month(forum, year):
    result = attendance.rates(forum)
    expected = [dt.date(2023, m, 1) for m in range(7, 13)] + [dt.date(2024, m, 1) for m in range(1, 7)]
    assert [p.start for p in result.periods] == expected
    assert result.meetings == 3
    assert [row.agency.slug for row in result.rows] == ["dinkes", "diskominfotik", "imigrasi"]  # by name
    months = {row.agency.slug: dict(zip([p.start.month for p in result.periods], row.cells, strict=True))
              for row in result.rows}  # fmt: skip
    assert (months["imigrasi"][2], months["dinkes"][2]) == ((1, 1), (0, 1))  # the kopdar
    assert (months["dinkes"][5], months["imigrasi"][5]) == ((1, 1), (0, 1))  # admins media sosial invited
    assert months["diskominfotik"][6] == (1, 1)  # invited as a person and as a moderator: once
    rates = {row.agency.slug: (row.total_attended, row.total_invited, row.rate) for row in result.rows}
    assert rates == {"dinkes": (1, 2, 50), "diskominfotik": (1, 1, 100), "imigrasi": (1, 2, 50)}


@time_machine.travel(NOW, tick=False)
def test_quarters_group_the_same_meetings(forum, year):
    result = attendance.rates(forum, quarterly=True)
    assert [p.start for p in result.periods] == [dt.date(2023, 7, 1), dt.date(2023, 10, 1), dt.date(2024, 1, 1),
                                                 dt.date(2024, 4, 1)]  # fmt: skip
    assert by_agency(result) == {"dinkes": [(0, 1), (1, 1)], "diskominfotik": [(1, 1)], "imigrasi": [(1, 1), (0, 1)]}
    assert [row.cells[2:] for row in result.rows if row.agency.slug == "imigrasi"] == [[(1, 1), (0, 1)]]


@time_machine.travel(NOW, tick=False)
def test_the_cost_does_not_grow_with_the_number_of_meetings(forum, year, dinkes, imigrasi, admin_dinkes,
                                                           django_assert_max_num_queries):  # fmt: skip
    with django_assert_max_num_queries(8):
        attendance.rates(forum)
    for day in range(1, 25):
        meeting = held(forum, dt.date(2024, 3, day), {"kind": "agency", "agency": dinkes},
                       {"kind": "agency_role", "role": "pejabat_humas"})  # fmt: skip
        attendance.check_in(meeting, admin_dinkes)
    with django_assert_max_num_queries(8):
        result = attendance.rates(forum)
    assert {row.agency.slug: row.total_invited for row in result.rows} == {
        "dinkes": 26, "diskominfotik": 25, "imigrasi": 26,
    }  # fmt: skip


@time_machine.travel(NOW, tick=False)
def test_members_see_the_rates_as_a_chart_and_a_table(forum, year, admin_dinkes, outsider):
    response = client_for(admin_dinkes).get(reverse("meetings:attendance_rates"))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<rect") == 2 * 3 and "1/2" in page and "50%" in page and "100%" in page
    # Coordinates are plain numbers, never written the Indonesian way (320,5).
    assert all(float(width) >= 0 for width in re.findall(r'<rect[^>]* width="([^"]*)"', page))
    bars = {bar["label"]: bar for bar in response.context["chart"]["bars"]}
    assert bars["Dinkes"]["attended_width"] * 2 == bars["Dinkes"]["invited_width"]
    quarters = client_for(admin_dinkes).get(reverse("meetings:attendance_rates"), {"per": "triwulan"})
    assert len(quarters.context["rates"].periods) == 4
    assert client_for(outsider).get(reverse("meetings:attendance_rates")).status_code == 403


@time_machine.travel(NOW, tick=False)
def test_a_forum_without_meetings_shows_an_empty_page(forum, admin_dinkes):
    response = client_for(admin_dinkes).get(reverse("meetings:attendance_rates"))
    assert response.status_code == 200 and response.context["rates"].rows == []
