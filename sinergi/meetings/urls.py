"""Every URL of the meetings app, mounted once at the site root: the public agenda and the back office.

Calendar feed addresses carry the member's token (see `sinergi.meetings.calendar.feed_token`),
since calendar apps cannot sign in.
"""

from django.urls import include, path

from sinergi.meetings.views import actions, agenda, attendance, calendar, materials, meetings, minutes, public

# The portal's public agenda and the public minutes, at the site root (no prefix of the portal's own clashes).
agenda_pages = ([
    path("agenda/", agenda.agenda, name="list"),
    path("agenda/<int:pk>/", agenda.agenda_detail, name="detail"),
    path("agenda.ics", agenda.agenda_feed, name="feed"),
    path("agenda/<int:pk>/notulen/", public.public_minutes_page, name="minutes"),
], "agenda")  # fmt: skip

workspace_pages = ([
    path("", meetings.meeting_list, name="list"),
    path("baru/", meetings.meeting_create, name="create"),
    path("<int:pk>/", meetings.meeting_detail, name="detail"),
    path("<int:pk>/ubah/", meetings.meeting_edit, name="edit"),
    path("<int:pk>/batal/", meetings.meeting_cancel, name="cancel"),
    path("<int:pk>/adakan-lagi/", meetings.meeting_reinstate, name="reinstate"),
    path("<int:pk>/undangan/", meetings.meeting_invitations, name="invitations"),
    path("<int:pk>/kehadiran-saya/", meetings.rsvp, name="rsvp"),
    path("seri/baru/", meetings.series_create, name="series_create"),
    path("seri/<int:pk>/", meetings.series_detail, name="series"),
    path("seri/<int:pk>/ubah/", meetings.series_edit, name="series_edit"),
    path("seri/<int:pk>/undangan/", meetings.series_invitations, name="series_invitations"),
    # Attendance
    path("<int:pk>/hadir/<str:token>/", attendance.checkin, name="checkin"),
    path("<int:pk>/kode-hadir/", attendance.checkin_code, name="checkin_code"),
    path("<int:pk>/daftar-hadir/", attendance.attendance_list, name="attendance_list"),
    path("<int:pk>/daftar-hadir.pdf", attendance.attendance_pdf, name="attendance_pdf"),
    path("kehadiran/", attendance.attendance_rates, name="attendance_rates"),
    # Materials library
    path("pustaka/", materials.library, name="library"),
    path("pustaka/unggah/", materials.upload, name="material_upload"),
    path("<int:pk>/materi/unggah/", materials.upload_for_meeting, name="meeting_material_upload"),
    path("pustaka/<int:pk>/unduh/", materials.download, name="material_download"),
    path("pustaka/<int:pk>/hapus/", materials.delete, name="material_delete"),
    # Minutes and follow-up actions
    path("<int:pk>/notulen/", minutes.minutes_page, name="minutes"),
    path("<int:pk>/notulen/ubah/", minutes.minutes_edit, name="minutes_edit"),
    path("<int:pk>/notulen/ajukan/", minutes.minutes_submit, name="minutes_submit"),
    path("<int:pk>/notulen/tarik/", minutes.minutes_withdraw, name="minutes_withdraw"),
    path("<int:pk>/notulen/setujui/", minutes.minutes_approve, name="minutes_approve"),
    path("<int:pk>/notulen/kembalikan/", minutes.minutes_send_back, name="minutes_send_back"),
    path("<int:pk>/notulen/buka-kembali/", minutes.minutes_reopen, name="minutes_reopen"),
    path("<int:pk>/tindak-lanjut/baru/", actions.action_create, name="action_create"),
    path("tindak-lanjut/", actions.action_board, name="action_board"),
    path("tindak-lanjut/instansi/<slug:slug>/", actions.action_board, name="agency_actions"),
    path("tindak-lanjut/<int:pk>/", actions.action_detail, name="action"),
    path("tindak-lanjut/<int:pk>/ubah/", actions.action_edit, name="action_edit"),
    path("tindak-lanjut/<int:pk>/laporan/", actions.action_report, name="action_report"),
    path("tindak-lanjut/<int:pk>/lampiran/<int:note_id>/", actions.action_attachment, name="action_attachment"),
    # Calendar feeds
    path("kalender/", calendar.subscriptions, name="calendar"),
    path("kalender/baru/", calendar.renew, name="calendar_renew"),
    path("kalender/<str:token>/saya.ics", calendar.member_feed, name="calendar_member"),
    path("kalender/<str:token>/forum.ics", calendar.forum_feed, name="calendar_forum"),
    path("kalender/<str:token>/instansi/<slug:slug>.ics", calendar.agency_feed, name="calendar_agency"),
], "meetings")  # fmt: skip

urlpatterns = [
    path("", include(agenda_pages)),
    path("ruang-kerja/pertemuan/", include(workspace_pages)),
]
