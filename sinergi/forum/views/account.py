"""Signing in and out, passwords, invitations, API tokens and notification settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from rest_framework.authtoken.models import Token

from sinergi.core.forms import NotificationSettingsForm
from sinergi.core.models import Delivery
from sinergi.forum import api_tokens
from sinergi.forum.invitations import invitation_tokens, mark_accepted
from sinergi.forum.models import Member


def invitation(request, uidb64: str, token: str):
    """Where an invited person chooses a password and so joins the forum."""
    try:
        member = Member.objects.get(pk=int(force_str(urlsafe_base64_decode(uidb64))), is_active=True)
    except (ValueError, TypeError, OverflowError, Member.DoesNotExist):
        member = None
    if member is None or not invitation_tokens.check_token(member, token):
        return render(request, "account/invitation_invalid.html", status=400)
    form = SetPasswordForm(member, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        mark_accepted(member)
        login(request, member, backend="sinergi.forum.auth.MemberBackend")
        messages.success(request, _("Welcome to the forum, %(name)s.") % {"name": member.get_short_name()})
        return redirect("workspace:home")
    return render(request, "account/invitation.html", {"form": form, "member": member})


@login_required
def api_token(request):
    token = Token.objects.filter(user=request.user).first()
    expires = api_tokens.expires_at(token) if token else None
    return render(request, "account/api_token.html",
                  {"token": token, "expires": expires, "expired": bool(expires and expires <= timezone.now())})  # fmt: skip


@login_required
@require_POST
def api_token_renew(request):
    api_tokens.renew(request.user)
    messages.success(request, _("A new API token was made; the old one no longer works."))
    return redirect("account:api_token")


@login_required
def notifications(request):
    """For each kind of message: an e-mail at once, a line in the daily summary, or only the workspace."""
    form = NotificationSettingsForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification settings are saved."))
        return redirect("account:notifications")
    return render(request, "account/notifications.html", {"form": form, "choices": Delivery.choices})
