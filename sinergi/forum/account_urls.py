from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy

from sinergi.forum.sign_in import NewPasswordForm
from sinergi.forum.views import account, sign_in, two_factor

app_name = "account"

urlpatterns = [
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
]
