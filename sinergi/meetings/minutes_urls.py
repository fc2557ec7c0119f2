"""URLs of the minutes and follow-up actions, included into the `meetings` namespace by meetings/workspace_urls.py."""

from django.urls import path

from sinergi.meetings import action_views, minutes_views

urlpatterns = [
    path("<int:pk>/notulen/", minutes_views.minutes_page, name="minutes"),
    path("<int:pk>/notulen/ubah/", minutes_views.minutes_edit, name="minutes_edit"),
    path("<int:pk>/notulen/ajukan/", minutes_views.minutes_submit, name="minutes_submit"),
    path("<int:pk>/notulen/tarik/", minutes_views.minutes_withdraw, name="minutes_withdraw"),
    path("<int:pk>/notulen/setujui/", minutes_views.minutes_approve, name="minutes_approve"),
    path("<int:pk>/notulen/kembalikan/", minutes_views.minutes_send_back, name="minutes_send_back"),
    path("<int:pk>/notulen/buka-kembali/", minutes_views.minutes_reopen, name="minutes_reopen"),
    path("<int:pk>/tindak-lanjut/baru/", action_views.action_create, name="action_create"),
    path("tindak-lanjut/", action_views.action_board, name="action_board"),
    path("tindak-lanjut/instansi/<slug:slug>/", action_views.action_board, name="agency_actions"),
    path("tindak-lanjut/<int:pk>/", action_views.action_detail, name="action"),
    path("tindak-lanjut/<int:pk>/ubah/", action_views.action_edit, name="action_edit"),
    path("tindak-lanjut/<int:pk>/laporan/", action_views.action_report, name="action_report"),
    path("tindak-lanjut/<int:pk>/lampiran/<int:note_id>/", action_views.action_attachment, name="action_attachment"),
]
