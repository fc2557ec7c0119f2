"""The portal's public agenda, at the site root (no prefix of the portal's own clashes)."""

from django.urls import include, path

from sinergi.meetings import agenda_views

app_name = "agenda"

urlpatterns = [
    path("agenda/", agenda_views.agenda, name="list"),
    path("agenda/<int:pk>/", agenda_views.agenda_detail, name="detail"),
    path("agenda.ics", agenda_views.agenda_feed, name="feed"),
    path("", include("sinergi.meetings.public_urls")),  # the public minutes: agenda:minutes
]
