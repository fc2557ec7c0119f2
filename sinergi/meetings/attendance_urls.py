"""URLs of the meetings app's attendance part, included into the `meetings` namespace by meetings/workspace_urls.py."""

from django.urls import path

from sinergi.meetings import attendance_views, material_views

urlpatterns = [
    # Attendance
    path("<int:pk>/hadir/<str:token>/", attendance_views.checkin, name="checkin"),
    path("<int:pk>/kode-hadir/", attendance_views.checkin_code, name="checkin_code"),
    path("<int:pk>/daftar-hadir/", attendance_views.attendance_list, name="attendance_list"),
    path("<int:pk>/daftar-hadir.pdf", attendance_views.attendance_pdf, name="attendance_pdf"),
    path("kehadiran/", attendance_views.attendance_rates, name="attendance_rates"),
    # Materials library
    path("pustaka/", material_views.library, name="library"),
    path("pustaka/unggah/", material_views.upload, name="material_upload"),
    path("<int:pk>/materi/unggah/", material_views.upload_for_meeting, name="meeting_material_upload"),
    path("pustaka/<int:pk>/unduh/", material_views.download, name="material_download"),
    path("pustaka/<int:pk>/hapus/", material_views.delete, name="material_delete"),
]
