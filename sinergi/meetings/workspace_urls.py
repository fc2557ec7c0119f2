from django.urls import include, path

from sinergi.meetings import views

app_name = "meetings"

urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("baru/", views.meeting_create, name="create"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/ubah/", views.meeting_edit, name="edit"),
    path("<int:pk>/batal/", views.meeting_cancel, name="cancel"),
    path("<int:pk>/adakan-lagi/", views.meeting_reinstate, name="reinstate"),
    path("<int:pk>/undangan/", views.meeting_invitations, name="invitations"),
    path("<int:pk>/kehadiran-saya/", views.rsvp, name="rsvp"),
    path("seri/baru/", views.series_create, name="series_create"),
    path("seri/<int:pk>/", views.series_detail, name="series"),
    path("seri/<int:pk>/ubah/", views.series_edit, name="series_edit"),
    path("seri/<int:pk>/undangan/", views.series_invitations, name="series_invitations"),
    path("", include("sinergi.meetings.attendance_urls")),
    path("", include("sinergi.meetings.minutes_urls")),
    path("", include("sinergi.meetings.calendar_urls")),
]
