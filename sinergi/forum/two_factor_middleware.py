"""Holds a signed-in person at the door until their two-step sign-in is done.

A session is verified when django-otp's OTPMiddleware finds the device that accepted its code.
An unverified session of someone who has an authenticator is ended (they sign in again, with the
code); one of someone whose role requires two-step sign-in but who has no authenticator yet is
sent to set it up, and may open nothing else but that page, sign-out and the language switch.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from sinergi.forum import two_factor

# Pages a person who must still set up two-step sign-in may open.
OPEN_URL_NAMES = ("account:two_factor", "account:two_factor_confirm", "account:logout", "set_language")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified():
            response = self._hold(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def _hold(self, request, user):
        if two_factor.is_on(user):
            logout(request)
            messages.info(request, _("Sign in again with your password and the code from your authenticator app."))
            return redirect(f"{reverse(settings.LOGIN_URL)}?{urlencode({'next': request.get_full_path()})}")
        if request.path in {reverse(name) for name in OPEN_URL_NAMES} or request.path == "/healthz":
            return None
        if two_factor.is_required(user):
            messages.warning(request, _("Your role requires two-step sign-in. Set it up to continue."))
            return redirect("account:two_factor")
        return None
