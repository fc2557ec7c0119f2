"""One way for views to ask "may this user do this?" and refuse with a 403 page if not."""

from __future__ import annotations

from typing import Any

import rules
from django.core.exceptions import PermissionDenied


def require(rule: str, user: Any, obj: Any = None) -> None:
    if not rules.test_rule(rule, user, obj):
        raise PermissionDenied(rule)


def allowed(rule: str, user: Any, obj: Any = None) -> bool:
    return rules.test_rule(rule, user, obj)
