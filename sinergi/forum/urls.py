"""Every URL of the forum app, mounted once at the site root: accounts (/akun/), the forum's channel
(/ruang-kerja/kanal/: announcements, discussions, the digest) and the directory (/direktori/)."""

from django.contrib.auth import views as auth
from django.urls import include, path, reverse_lazy

from sinergi.forum.sign_in import NewPasswordForm
from sinergi.forum.views import account, agencies, channel, forum_settings, members, sign_in, spreadsheets, two_factor

account_pages = (
    [
        path("masuk/", sign_in.SignInView.as_view(), name="login"),
        path("masuk/kode/", sign_in.sign_in_code, name="sign_in_code"),
        path("keluar/", auth.LogoutView.as_view(), name="logout"),
        path("lupa-sandi/", sign_in.ResetRequestView.as_view(), name="password_reset"),
        path(
            "lupa-sandi/terkirim/",
            auth.PasswordResetDoneView.as_view(template_name="account/password_reset_done.html"),
            name="password_reset_done",
        ),
        path(
            "sandi-baru/<uidb64>/<token>/",
            auth.PasswordResetConfirmView.as_view(
                template_name="account/password_reset_confirm.html",
                success_url=reverse_lazy("account:password_reset_complete"),
                form_class=NewPasswordForm,
            ),
            name="password_reset_confirm",
        ),
        path(
            "sandi-baru/selesai/",
            auth.PasswordResetCompleteView.as_view(template_name="account/password_reset_complete.html"),
            name="password_reset_complete",
        ),
        path(
            "ganti-sandi/",
            auth.PasswordChangeView.as_view(
                template_name="account/password_change.html", success_url=reverse_lazy("account:password_change_done")
            ),
            name="password_change",
        ),
        path(
            "ganti-sandi/selesai/",
            auth.PasswordChangeDoneView.as_view(template_name="account/password_change_done.html"),
            name="password_change_done",
        ),
        path("undangan/<uidb64>/<token>/", account.invitation, name="invitation"),
        path("token-api/", account.api_token, name="api_token"),
        path("token-api/baru/", account.api_token_renew, name="api_token_renew"),
        path("pemberitahuan/", account.notifications, name="notifications"),
        path("dua-langkah/", two_factor.two_factor_page, name="two_factor"),
        path("dua-langkah/konfirmasi/", two_factor.two_factor_confirm, name="two_factor_confirm"),
        path("dua-langkah/kode-pemulihan/", two_factor.recovery_codes_renew, name="recovery_codes"),
        path("dua-langkah/matikan/", two_factor.two_factor_off, name="two_factor_off"),
    ],
    "account",
)

channel_pages = (
    [
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
    ],
    "channel",
)

directory_pages = (
    [
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
    ],
    "forum",
)

urlpatterns = [
    path("akun/", include(account_pages)),
    path("ruang-kerja/kanal/", include(channel_pages)),
    path("direktori/", include(directory_pages)),
]
