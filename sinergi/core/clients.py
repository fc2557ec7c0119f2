"""Who is asking, as far as counting goes: a keyed hash of the client's address, never the address."""

from __future__ import annotations

import hashlib

from django.conf import settings


def client_fingerprint(request) -> str:
    """A keyed hash of the sender's address: enough to count their attempts, useless to identify them."""
    address = request.META.get("REMOTE_ADDR", "")
    if settings.SECURE_PROXY_SSL_HEADER:
        # Behind our own proxy the last forwarded address is the one it saw; any earlier one was
        # sent by the client and could be anything, so it would let a client count as many.
        address = request.META.get("HTTP_X_FORWARDED_FOR", address).split(",")[-1].strip()
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
