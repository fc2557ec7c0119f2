"""Capability secrets: values that are themselves the permission.

A requester's tracking link, a member's calendar link, a meeting's check-in code, a draft's
preview link, an invitation or a password reset: whoever holds the value can act, so it must
not travel further than to its owner. The audit trail records that such a field changed, never
its value (a model lists them in `capability_fields`); the Django admin never shows them; and
log lines and e-mails kept for a retry are shown with the value blotted out.

Which parts of an address are secret is read off the URL configuration: every route parameter
named `token` is one. A new secret link is covered as soon as its route names its parameter so.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

SECRET_PARAMETER = "token"
HIDDEN = "[…]"


def masked_fields(model) -> set[str]:
    """The fields of `model` (class or instance) whose value the trail, admin and exports never show."""
    return set(getattr(model, "capability_fields", ()))


def _routes(patterns, prefix: str = ""):
    for entry in patterns:
        regex = entry.pattern.regex.pattern.lstrip("^").removesuffix(r"\Z").removesuffix("$")
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, prefix + regex)
        elif isinstance(entry, URLPattern):
            yield prefix + regex


@lru_cache(maxsize=1)
def _secret_paths() -> re.Pattern | None:
    """One expression matching the path of every route with a secret parameter."""
    found = set()
    for route in _routes(get_resolver().url_patterns):
        if f"(?P<{SECRET_PARAMETER}>" in route:
            # Other parameters become plain groups; the secret one is the group to blot out.
            route = re.sub(r"\(\?P<(?!" + SECRET_PARAMETER + r">)\w+>", "(?:", route)
            found.add(route.replace("[^/]+", r"[^/\s?#\"'<>]+"))  # a path segment ends at a space or quote
    if not found:
        return None
    return re.compile("|".join(
        "/" + route.replace(f"(?P<{SECRET_PARAMETER}>", f"(?P<secret{index}>", 1)
        for index, route in enumerate(sorted(found))
    ))  # fmt: skip


def redact(text: str) -> str:
    """`text` with the secret part of every capability link replaced by `HIDDEN`."""
    if not text or not apps.ready:
        return text
    pattern = _secret_paths()
    if pattern is None:
        return text

    def blot(match: re.Match) -> str:
        whole, base = match.group(0), match.start()
        for name, value in match.groupdict().items():
            if value is not None:
                start, end = match.span(name)
                return whole[: start - base] + HIDDEN + whole[end - base :]
        return whole

    return pattern.sub(blot, text)


class RedactCapabilities(logging.Filter):
    """A logging filter: a request line or error naming a secret link is logged without the secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logged as it is
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True
