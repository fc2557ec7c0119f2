"""Sign-in by e-mail, case-insensitively; demo accounts only while DEBUG is on."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class MemberBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username:
            username = username.strip().lower()
        return super().authenticate(request, username=username, password=password, **kwargs)

    def user_can_authenticate(self, user) -> bool:
        if getattr(user, "is_demo", False) and not settings.DEBUG:
            return False
        return super().user_can_authenticate(user)
