"""Every URL of the meetings app, mounted once at the site root: the public agenda and the back office."""

from django.urls import include, path

urlpatterns = [
    path("", include("sinergi.meetings.agenda_urls")),
    path("ruang-kerja/pertemuan/", include("sinergi.meetings.workspace_urls")),
]
