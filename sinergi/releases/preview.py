"""Signed, expiring links that let an agency head read a draft without an account."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

SALT = "sinergi.releases.preview"


def preview_url(release) -> str:
    """A link to the release's current version; later edits do not change what it shows."""
    version = release.snapshot(None) if not release.versions.exists() else release.versions.first()
    token = signing.dumps({"r": release.pk, "v": version.number}, salt=SALT, compress=True)
    return settings.SITE_URL + reverse("releases:preview", args=[token])


def read_token(token: str) -> tuple[int, int] | None:
    """(release id, version number) for a valid unexpired token, else None."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.PREVIEW_LINK_DAYS * 86400)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    return int(data["r"]), int(data["v"])
