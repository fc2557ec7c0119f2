from django.urls import path

from sinergi.forum.views import agencies, forum_settings, members, spreadsheets

app_name = "forum"

urlpatterns = [
    path("", agencies.directory, name="directory"),
    path("forum/ubah/", forum_settings.forum_edit, name="forum_edit"),
    path("instansi/baru/", agencies.agency_create, name="agency_create"),
    path("instansi/<slug:slug>/", agencies.agency_detail, name="agency_detail"),
    path("instansi/<slug:slug>/ubah/", agencies.agency_edit, name="agency_edit"),
    path("anggota/", members.member_list, name="member_list"),
    path("anggota/undang/", members.member_invite, name="member_invite"),
    path("anggota/<int:pk>/", members.member_detail, name="member_detail"),
    path("anggota/<int:pk>/ubah/", members.member_edit, name="member_edit"),
    path("anggota/<int:pk>/nonaktifkan/", members.member_deactivate, name="member_deactivate"),
    path("anggota/<int:pk>/aktifkan/", members.member_reactivate, name="member_reactivate"),
    path("anggota/<int:pk>/undang-ulang/", members.member_reinvite, name="member_reinvite"),
    path("anggota/<int:pk>/reset-dua-langkah/", members.member_two_factor_reset, name="member_two_factor_reset"),
    path("impor/", spreadsheets.import_upload, name="import_upload"),
    path("impor/<int:pk>/", spreadsheets.import_preview, name="import_preview"),
    path("ekspor/<str:what>.<str:fmt>", spreadsheets.export, name="export"),
]
