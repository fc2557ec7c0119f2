"""API tokens: DRF's Token, made on the account page or traded for a password at `/api/token/`.

A token stops working when its owner's password is set by any path (account page, reset link,
admin, `set_password()`), when the owner is deactivated, `API_TOKEN_DAYS` after it was made, and,
outside DEBUG, when its owner is a demo account. `/api/token/` shares the sign-in lock of
forum/sign_in.py (through the backend) and gives no token to anyone who signs in with a second
step: a password alone must not open what the web asks a code for. They make their token on the
account page, after signing in with the code.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from sinergi.forum.models import Member


def token_page() -> str:
    return settings.SITE_URL + reverse("account:api_token")


def expires_at(token: Token) -> dt.datetime:
    return token.created + dt.timedelta(days=settings.API_TOKEN_DAYS)


def renew(member) -> Token:
    """A new token for the member; the old one stops working."""
    Token.objects.filter(user=member).delete()
    return Token.objects.create(user=member)


class ExpiringTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>`, refused once expired, or for a demo account outside DEBUG."""

    def authenticate_credentials(self, key):
        user, token = super().authenticate_credentials(key)
        if user.is_demo and not settings.DEBUG:
            raise exceptions.AuthenticationFailed(_("Demo accounts may use the API only on a demo installation."))
        if expires_at(token) <= timezone.now():
            raise exceptions.AuthenticationFailed(
                _("This API token expired on %(date)s. Make a new one on your account page: %(url)s")
                % {"date": f"{expires_at(token):%Y-%m-%d}", "url": token_page()}
            )
        return user, token


# --- Revocation ----------------------------------------------------------------------------


def _remember_state(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    instance._was_active = None
    if update_fields is not None and "is_active" not in update_fields:
        return
    if not raw and instance.pk is not None and not instance._state.adding:
        instance._was_active = type(instance).objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()


def _revoke_when_locked_out(sender, instance, created, raw=False, **kwargs) -> None:
    """A password set (`_password` is kept by `set_password()` until the save; Django clears it for a
    mere re-hash on sign-in), an unusable password, or a deactivation ends every token."""
    if raw or created:
        return
    password_set = getattr(instance, "_password", None) is not None or not instance.has_usable_password()
    deactivated = getattr(instance, "_was_active", None) and not instance.is_active
    if password_set or deactivated:
        Token.objects.filter(user=instance).delete()


def connect() -> None:
    pre_save.connect(_remember_state, sender=Member, dispatch_uid="sinergi-token-state")
    post_save.connect(_revoke_when_locked_out, sender=Member, dispatch_uid="sinergi-token-revoke")
