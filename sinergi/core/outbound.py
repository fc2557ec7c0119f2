"""The one way Sinergi asks another server for something (a CKAN portal to import from, later feeds): a
person configured the address; the request has a timeout, an answer has a size limit, and an address on a
private network is refused unless the installation allows it (OUTBOUND_ALLOW_PRIVATE, for an intranet and
for the tests' local servers). Every failure is an `OutboundError` whose message is for the user.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.utils.translation import gettext as _

TIMEOUT = 15  # seconds per request
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "Sinergi (+https://github.com/sinergi; forum kehumasan)"


class OutboundError(Exception):
    """A request that could not be made or answered; the message says why, for the user."""


def check_address(url: str) -> str:
    """The URL if it may be asked: http(s), a host that resolves, and not a private address unless allowed."""
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise OutboundError(_("Give a web address starting with https:// (or http://)."))
    if parts.username or parts.password:
        raise OutboundError(_("An address with a user name or password in it is not asked."))
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError, ValueError):
        raise OutboundError(_("The server %(host)s cannot be found.") % {"host": parts.hostname}) from None
    if not getattr(settings, "OUTBOUND_ALLOW_PRIVATE", False):
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
                raise OutboundError(_("%(host)s is on a private network; Sinergi does not ask it.") % {
                    "host": parts.hostname})  # fmt: skip
    return url.strip()


def get_json(url: str, params: dict | None = None, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES):
    """GET `url` with `params` and read the answer as JSON, within the time and size limits."""
    address = check_address(url)
    if params:
        address += ("&" if "?" in address else "?") + urllib.parse.urlencode(params)
    request = urllib.request.Request(address, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        try:
            data = error.read(max_bytes + 1)
        except OSError:
            data = b""
        if not data:
            raise OutboundError(_("The server answered %(code)s.") % {"code": error.code}) from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise OutboundError(_("The server could not be reached: %(reason)s") % {"reason": getattr(error, "reason", error)}) from None
    if len(data) > max_bytes:
        raise OutboundError(_("The answer is larger than %(size)d MB.") % {"size": max_bytes // (1024 * 1024)})
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise OutboundError(_("The answer is not JSON: is this the address of a CKAN portal?")) from None
