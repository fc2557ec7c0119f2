"""Is a reported link a post on the agency's own account? Read from the link alone: nothing is fetched.

Cheap checks first (length, scheme, a host name that is no address), then the platform's host, then
the path: a post's address has its own shape on each platform (`/status/`, `/p/`, `/video/`), and on
most it names the account (`x.com/<handle>/status/...`), which must be one the agency registered in
the directory. Where the platform's post links carry no account (an Instagram `/p/` link, a YouTube
video), the link is kept as "account not shown in the link": true, and never claimed as checked.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.utils.translation import gettext as _

from sinergi.forum.models import SocialPlatform

MAX_LENGTH = 500

# Host names of each platform (a subdomain such as m. or www. is the same host).
HOSTS = {
    "instagram": ("instagram.com",),
    "facebook": ("facebook.com", "fb.watch", "fb.com"),
    "x": ("x.com", "twitter.com"),
    "youtube": ("youtube.com", "youtu.be"),
    "tiktok": ("tiktok.com",),
    "threads": ("threads.net", "threads.com"),
    "whatsapp": ("whatsapp.com",),
}
HANDLE = r"@?(?P<handle>[A-Za-z0-9_.\-]{1,100})"
# (pattern of the path, whether it names the account). Matched against the path with its trailing "/" removed.
POST_PATHS = {
    "instagram": [(rf"/{HANDLE}/(p|reel)/[\w-]+", True), (r"/(p|reel|reels|tv)/[\w-]+", False)],
    "facebook": [(rf"/{HANDLE}/(posts|videos|photos)/[\w.:-]+(/[\w.:-]+)?", True),
                 (r"/(reel|share/[prv]|share)/[\w-]+", False), (r"/(watch|permalink\.php|photo(\.php)?|story\.php)", False)],
    "x": [(rf"/{HANDLE}/status/\d+", True)],
    "youtube": [(r"/(watch|shorts/[\w-]+|live/[\w-]+)", False)],
    "tiktok": [(r"/@(?P<handle>[A-Za-z0-9_.]{1,100})/(video|photo)/\d+", True)],
    "threads": [(r"/@(?P<handle>[A-Za-z0-9_.]{1,100})/post/[\w-]+", True)],
    "whatsapp": [(r"/channel/(?P<handle>[\w-]+)/\d+", True)],
}  # fmt: skip
# Short hosts whose every path is one post: fb.watch/<code>, youtu.be/<id>.
SHORT_HOSTS = {"fb.watch": r"/[\w-]+", "youtu.be": r"/[\w-]{11}"}
# A page of these needs the post named in its query (`?v=`, `?story_fbid=`), or it is no post.
NEEDS_QUERY = {"/watch": ("v",), "/permalink.php": ("story_fbid",), "/story.php": ("story_fbid",),
               "/photo.php": ("fbid",), "/photo": ("fbid",)}  # fmt: skip


class LinkRefused(ValueError):
    """A link that cannot be a post at all (not a web address, another platform): never stored."""


@dataclass(frozen=True)
class LinkCheck:
    platform: str
    handle: str  # the account the link names, "" when the platform's link shows none
    problem: str = ""  # why it is not a post on one of the agency's accounts ("" when it is, or cannot be told)

    @property
    def account_shown(self) -> bool:
        return bool(self.handle)


def check(url: str, platform: str, handles: list[str]) -> LinkCheck:
    """Check `url` as a post on `platform` by one of the agency's `handles`; LinkRefused when it is no post link."""
    url = (url or "").strip()
    if len(url) > MAX_LENGTH:
        raise LinkRefused(_("The link is longer than %(limit)d characters; copy the post's own link.") % {"limit": MAX_LENGTH})
    not_an_address = LinkRefused(_("This is not a web address; copy the post's link, starting with https://."))
    # Printable ASCII only, and no backslash: browsers read "\" as "/", so "https://evil.test\@x.com/" opens evil.test.
    if not re.fullmatch(r"[!-~]+", url or " ") or "\\" in url:
        raise not_an_address
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:  # a broken [address] or port
        raise not_an_address from None
    if parts.scheme.lower() not in ("http", "https") or not host or "@" in parts.netloc or port not in (None, 80, 443):
        raise not_an_address
    if _is_address(host) or host == "localhost" or host.endswith((".local", ".internal", ".lan")):
        raise LinkRefused(_("A link to an address on a private network is not a post on a platform."))
    own = HOSTS.get(platform, ())
    if not any(host == name or host.endswith("." + name) for name in own):
        other = next((name for name, hosts in HOSTS.items()
                      if any(host == h or host.endswith("." + h) for h in hosts)), "")  # fmt: skip
        if other:
            raise LinkRefused(_("This is a link to %(other)s, not to %(platform)s.")
                              % {"other": _platform_label(other), "platform": _platform_label(platform)})  # fmt: skip
        raise LinkRefused(_("This is not a link to %(platform)s.") % {"platform": _platform_label(platform)})
    path = re.sub(r"/+$", "", parts.path) or "/"
    short = next((pattern for name, pattern in SHORT_HOSTS.items() if host == name or host.endswith("." + name)), None)
    patterns = [(short, False)] if short else POST_PATHS.get(platform, [])
    for pattern, names_account in patterns:
        found = re.fullmatch(pattern, path)
        if not found:
            continue
        wanted = NEEDS_QUERY.get(found.group(0)) if not short else None
        if wanted and not any(parse_qs(parts.query).get(key) for key in wanted):
            break
        handle = found.groupdict().get("handle") or "" if names_account else ""
        if handle and _norm(handle) not in {_norm(h) for h in handles}:
            return LinkCheck(platform, handle, _("The post is on the account %(handle)s, which is not one of the "
                                                "agency's accounts in the directory.") % {"handle": handle})  # fmt: skip
        return LinkCheck(platform, handle)
    return LinkCheck(platform, "", _("This is not the link of one post (it may be a profile or a search); open the "
                                     "post and copy its own link."))  # fmt: skip


def handle_of(account_url: str, handle: str, platform: str) -> str:
    """The handle a registered account is known by in its platform's links (a WhatsApp channel by its id)."""
    if platform == "whatsapp":
        found = re.search(r"/channel/([\w-]+)", account_url or "")
        return found.group(1) if found else handle
    return handle


def _norm(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _platform_label(platform: str) -> str:
    return str(SocialPlatform(platform).label) if platform in SocialPlatform.values else platform
