"""Moderators keep the forum's managed list of national and local themes."""

from __future__ import annotations

from django.urls import reverse

from sinergi.conftest import client_for
from sinergi.releases.models import Theme
from sinergi.releases.tests.factory import make_theme

THEME = {"name": "Hari Pers Nasional", "slug": "hpn", "kind": "hari_nasional", "description": "",
         "starts_on": "2025-02-01", "ends_on": "2025-02-09", "is_active": "on"}  # fmt: skip


def test_a_moderator_adds_a_theme(moderator, forum):
    response = client_for(moderator).post(reverse("releases:theme_create"), THEME)
    assert response.status_code == 302
    assert Theme.objects.get().name == "Hari Pers Nasional"


def test_members_see_themes_but_cannot_change_them(admin_dinkes, forum):
    make_theme(forum, "hpn", "Hari Pers Nasional")
    assert client_for(admin_dinkes).get(reverse("releases:themes")).status_code == 200
    assert client_for(admin_dinkes).post(reverse("releases:theme_create"), THEME).status_code == 403


def test_a_duplicate_name_or_a_backwards_period_is_refused(moderator, forum):
    make_theme(forum, "hpn", "Hari Pers Nasional")
    response = client_for(moderator).post(reverse("releases:theme_create"),
                                          {**THEME, "slug": "lain", "name": "hari pers nasional",
                                           "ends_on": "2025-01-01"})  # fmt: skip
    assert set(response.context["form"].errors) == {"name", "ends_on"}
    assert Theme.objects.count() == 1


def test_current_themes_are_those_whose_period_includes_today(forum):
    make_theme(forum, "lalu", "Lalu", ends_on="2000-01-01")
    make_theme(forum, "kini", "Kini")
    assert [t.slug for t in Theme.objects.current()] == ["kini"]
