"""The forum's own channel, under /ruang-kerja/kanal/: announcements, discussions, the digest."""

from django.urls import path

from sinergi.forum.views import channel

app_name = "channel"

urlpatterns = [
    path("", channel.home, name="home"),
    path("pengumuman/", channel.announcement_list, name="announcements"),
    path("pengumuman/baru/", channel.announcement_create, name="announcement_create"),
    path("pengumuman/tandai-dibaca/", channel.announcements_read_all, name="announcements_read_all"),
    path("pengumuman/<int:pk>/", channel.announcement_detail, name="announcement_detail"),
    path("diskusi/baru/", channel.thread_create, name="thread_create"),
    path("diskusi/<int:pk>/", channel.thread_detail, name="thread_detail"),
    path("diskusi/<int:pk>/balas/", channel.thread_reply, name="thread_reply"),
    path("diskusi/<int:pk>/ubah/", channel.thread_edit, name="thread_edit"),
    path("diskusi/<int:pk>/sematkan/", channel.thread_moderate, {"action": "pin"}, name="thread_pin"),
    path("diskusi/<int:pk>/lepas-sematan/", channel.thread_moderate, {"action": "unpin"}, name="thread_unpin"),
    path("diskusi/<int:pk>/tutup/", channel.thread_moderate, {"action": "close"}, name="thread_close"),
    path("diskusi/<int:pk>/buka/", channel.thread_moderate, {"action": "reopen"}, name="thread_reopen"),
    path("diskusi/balasan/<int:pk>/ubah/", channel.reply_edit, name="reply_edit"),
    path("ringkasan/", channel.digest_settings, name="digest_settings"),
    path("ringkasan/berhenti/<str:token>/", channel.digest_unsubscribe, name="digest_unsubscribe"),
]
