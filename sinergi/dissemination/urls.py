"""Every URL of amplification, mounted once at the site root."""

from django.urls import include, path

from sinergi.dissemination import calendar_views, clash_views, kit_views, observance_views, views

pages = ([
    path("", views.request_list, name="list"),
    path("minta/", views.ask, name="ask"),
    path("segera/<int:release_id>/", views.ask_everyone, name="ask_everyone"),
    path("bulanan/", views.monthly, name="monthly"),
    path("laporan-tema/", views.upward, name="upward"),
    path("kalender-konten/", calendar_views.calendar, name="calendar"),
    path("kalender-konten/hari-forum/", observance_views.observances, name="observances"),
    path("kalender-konten/hari-forum/<int:pk>/", observance_views.observance_edit, name="observance_edit"),
    path("kalender-konten/hari-forum/<int:pk>/hapus/", observance_views.observance_delete, name="observance_delete"),
    path("<int:pk>/", views.board, name="board"),
    path("sasaran/<int:pk>/lapor/", views.report, name="report"),
    path("sasaran/<int:pk>/tidak-membagikan/", views.decline, name="decline"),
    path("tautan/<int:pk>/terima/", views.accept, name="accept"),
    path("bentrok/<int:pk>/", clash_views.mark, name="mark_clash"),
    path("kit/<int:release_id>/", kit_views.kit, name="kit"),
    path("kit/<int:release_id>/gambar/<str:name>.jpg", kit_views.kit_image, name="kit_image"),
    path("kit/<int:release_id>/kit.zip", kit_views.kit_zip, name="kit_zip"),
], "dissemination")  # fmt: skip

urlpatterns = [
    path("ruang-kerja/amplifikasi/", include(pages)),
    path("s/<str:code>", kit_views.share_link, name="share_link"),
    path("kalender-konten/<str:token>.ics", calendar_views.calendar_feed, name="content_calendar_feed"),
    path("kit-ponsel/<str:token>/", kit_views.kit_phone, name="kit_phone"),
    path("kit-ponsel/<str:token>/<str:name>.jpg", kit_views.kit_phone_image, name="kit_phone_image"),
]
