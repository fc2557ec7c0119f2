"""URLs of the meetings app's calendar part, included into the `meetings` namespace by meetings/workspace_urls.py.

Feed addresses carry the member's token (see `sinergi.meetings.calendar.feed_token`), since
calendar apps cannot sign in.
"""

from django.urls import path

from sinergi.meetings import calendar_views

urlpatterns: list = [
    path("kalender/", calendar_views.subscriptions, name="calendar"),
    path("kalender/baru/", calendar_views.renew, name="calendar_renew"),
    path("kalender/<str:token>/saya.ics", calendar_views.member_feed, name="calendar_member"),
    path("kalender/<str:token>/forum.ics", calendar_views.forum_feed, name="calendar_forum"),
    path("kalender/<str:token>/instansi/<slug:slug>.ics", calendar_views.agency_feed, name="calendar_agency"),
]
