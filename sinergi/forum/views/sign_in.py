"""Signing in: the password, then (for those who use an authenticator) the code; the admin's own
sign-in page sends people here; reset requests within their limit."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import load_backend, login
from django.contrib.auth import views as auth
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from sinergi.forum import sign_in, two_factor
from sinergi.forum.sign_in import CodeForm, ResetRequestForm, SignInForm

PENDING = "sinergi_sign_in_pending"  # who gave the right password and still owes the code


class SignInView(auth.LoginView):
    template_name = "account/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        member = form.get_user()
        if not two_factor.is_on(member):
            return super().form_valid(form)
        self.request.session[PENDING] = {
            "member": member.pk, "backend": member.backend, "at": time.time(), "next": self.get_success_url(),
        }  # fmt: skip
        return redirect("account:sign_in_code")


def _pending_member(request):
    pending = request.session.get(PENDING) or {}
    if not pending or time.time() - pending["at"] > settings.SIGN_IN_CODE_MINUTES * 60:
        return None, pending
    # The backend's get_user() refuses a member deactivated (or a demo account outside DEBUG) since.
    return load_backend(pending["backend"]).get_user(pending["member"]), pending


def sign_in_code(request):
    """The second step: a code from the app, or a recovery code (spent once used)."""
    member, pending = _pending_member(request)
    if member is None:
        request.session.pop(PENDING, None)
        messages.info(request, _("Sign in with your e-mail and password first."))
        return redirect("account:login")
    form = CodeForm(request.POST or None)
    form.fields["code"].widget.attrs["autofocus"] = True  # the page's one question
    if request.method == "POST" and form.is_valid():
        try:
            device = two_factor.check(member, form.cleaned_data["code"], sign_in.client_of(request))
        except two_factor.CodeRefused as refused:
            form.add_error("code", str(refused))
        else:
            del request.session[PENDING]
            login(request, member, backend=pending["backend"])
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = two_factor.recovery_codes_left(member)
                messages.warning(request, ngettext(
                    "You signed in with a recovery code; it cannot be used again. %(left)d code is left.",
                    "You signed in with a recovery code; it cannot be used again. %(left)d codes are left.",
                    left) % {"left": left})  # fmt: skip
            return redirect(pending["next"])
    return render(request, "account/sign_in_code.html", {"form": form})


def admin_sign_in(request):
    """The admin's sign-in page is this site's: one lock, one second step, for everyone."""
    target = request.GET.get("next") or reverse("admin:index")
    if request.user.is_authenticated:
        if not request.user.is_staff:
            raise PermissionDenied(_("Your account may not use the admin site."))
        return redirect(reverse("admin:index"))
    return redirect(f"{reverse(settings.LOGIN_URL)}?{urlencode({'next': target})}")


class ResetRequestView(auth.PasswordResetView):
    template_name = "account/password_reset.html"
    email_template_name = "account/email/password_reset.txt"
    subject_template_name = "account/email/password_reset_subject.txt"
    form_class = ResetRequestForm

    def get_success_url(self):
        return reverse("account:password_reset_done")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
