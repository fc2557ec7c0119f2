"""Members' calendar feeds (addressed by a secret token) and the page that hands out their addresses."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum, forum_or_none
from sinergi.core.permissions import require
from sinergi.forum.models import Agency
from sinergi.forum.rules import is_forum_member
from sinergi.meetings import calendar

# The address is the credential: no shared cache may keep a member's feed.
private_feed = cache_control(private=True, max_age=900)


def _subscriber(request, token: str):
    """The token's member and the forum they belong to; a 404 for anything else, never a hint why."""
    member = calendar.member_for_token(token)
    forum = forum_or_none(request)
    if member is None or not is_forum_member(member, forum):
        raise Http404
    return member, forum


@private_feed
def member_feed(request, token: str):
    member, forum = _subscriber(request, token)
    return calendar.ics_response(calendar.member_calendar(member, forum), "saya.ics")


@private_feed
def agency_feed(request, token: str, slug: str):
    _member, forum = _subscriber(request, token)
    agency = get_object_or_404(Agency.objects.active(), forum=forum, slug=slug)
    return calendar.ics_response(calendar.agency_calendar(agency), f"{agency.slug}.ics")


@private_feed
def forum_feed(request, token: str):
    _member, forum = _subscriber(request, token)
    return calendar.ics_response(calendar.forum_calendar(forum), "forum.ics")


@login_required
def subscriptions(request):
    """The member's own feed addresses, with how to add them to Google Calendar or Outlook."""
    forum = current_forum(request)
    require("meetings.view", request.user, forum)
    token = calendar.feed_token(request.user)
    links = [
        _link("member", reverse("meetings:calendar_member", args=[token])),
        _link("forum", reverse("meetings:calendar_forum", args=[token])),
    ]
    agencies = request.user.agencies().filter(forum=forum, is_active=True).order_by("name")
    links += [_link("agency", reverse("meetings:calendar_agency", args=[token, a.slug]), agency=a) for a in agencies]
    response = render(request, "meetings/calendar/subscriptions.html", {"links": links})
    response["Cache-Control"] = "private, no-store"  # the page holds the member's secret addresses
    return response


@login_required
@require_POST
def renew(request):
    """New addresses: every old one stops working at once (e.g. after one was shared by mistake)."""
    require("meetings.view", request.user, current_forum(request))
    calendar.renew_secret(request.user)
    messages.success(request, _("Your calendar addresses are new; the old ones no longer work. Subscribe again "
                                "with the addresses below."))  # fmt: skip
    return redirect("meetings:calendar")


def _link(kind: str, path: str, agency: Agency | None = None) -> dict:
    """The https address to paste, and a webcal:// one that opens the calendar app directly."""
    url = settings.SITE_URL + path
    return {"kind": kind, "agency": agency, "url": url, "webcal": "webcal://" + url.split("://", 1)[1]}
