from django.contrib.auth import views as auth
from django.urls import path, reverse_lazy

from sinergi.forum.sign_in import NewPasswordForm, SignInForm
from sinergi.forum.views import account

app_name = "account"

urlpatterns = [
    path(
        "masuk/",
        auth.LoginView.as_view(
            template_name="account/login.html", redirect_authenticated_user=True, authentication_form=SignInForm
        ),  # fmt: skip
        name="login",
    ),
    path("keluar/", auth.LogoutView.as_view(), name="logout"),
    path(
        "lupa-sandi/",
        auth.PasswordResetView.as_view(
            template_name="account/password_reset.html",
            email_template_name="account/email/password_reset.txt",
            subject_template_name="account/email/password_reset_subject.txt",
            success_url=reverse_lazy("account:password_reset_done"),
        ),
        name="password_reset",
    ),
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
]
