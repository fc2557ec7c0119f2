"""Sign-in by e-mail, case-insensitively; demo accounts only while DEBUG is on.

Every password check in the project goes through this backend (the sign-in form, the admin,
`POST /api/token/`, a test's `login()`), so the guessing limit of forum/sign_in.py is enforced
here: a locked account or address is refused even with the right password, and every wrong
password is counted. Failures are forgotten only once a sign-in is complete (see `signed_in`),
never after the password alone, or a known password would wipe the count of guessed codes.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from sinergi.forum import sign_in


class MemberBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        username = username.strip().lower()
        client = sign_in.client_of(request)
        sign_in.refuse_if_locked(username, client)
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            sign_in.record_failure(username, client)
        return user

    def user_can_authenticate(self, user) -> bool:
        if getattr(user, "is_demo", False) and not settings.DEBUG:
            return False
        return super().user_can_authenticate(user)


def signed_in(sender, request, user, **kwargs) -> None:
    """A complete sign-in (password and, where it applies, the code) ends the count for the account."""
    sign_in.forget_failures(user.email)
