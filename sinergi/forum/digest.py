"""The weekly e-mail digest: what is new for each member, in sections any app can add.

An app adds a section by registering a function, typically in its `AppConfig.ready()`:

    from sinergi.forum.digest import DigestSection, register_section

    @register_section
    def meetings_section(member, since, until) -> DigestSection | None:
        ...
        return DigestSection(_("Meetings"), [(text, url), ...]) if lines else None

The function is called with the member and the period (aware datetimes, `since` excluded,
`until` included) inside `translation.override("id")`, and returns None when it has nothing
to say. A url may be a path ("/ruang-kerja/..."): the site's address is put in front of it.
Sections appear in the order they were registered; the forum's own come first.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sinergi.core.mail import send_templated
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import AnnouncementReceipt, DigestSent, Forum, Member, Reply, Thread
from sinergi.forum.tasks import send_digest

log = logging.getLogger(__name__)

# How far back the first digest of a member looks.
PERIOD = dt.timedelta(days=7)
# Most lines a section shows; the rest is one click away in the workspace.
MAX_LINES = 15
UNSUBSCRIBE_SALT = "sinergi.forum.digest.unsubscribe"


@dataclass
class DigestSection:
    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, url)


SectionFunc = Callable[[Member, dt.datetime, dt.datetime], "DigestSection | None"]
_sections: list[SectionFunc] = []


def register_section(func: SectionFunc) -> SectionFunc:
    """Add a section to every digest; registering the same function again changes nothing."""
    if func not in _sections:
        _sections.append(func)
    return func


def registered_sections() -> list[SectionFunc]:
    return list(_sections)


def week_of(moment: dt.datetime | None = None) -> dt.date:
    """The Monday starting the week (in the installation's time zone) a moment falls in."""
    day = timezone.localdate(moment or timezone.now())
    return day - dt.timedelta(days=day.weekday())


def build(member: Member, since: dt.datetime, until: dt.datetime) -> list[DigestSection]:
    """Every registered section that has something for the member, urls made absolute."""
    built = []
    for func in registered_sections():
        try:
            section = func(member, since, until)
        except Exception:  # one app's broken section must not stop every member's digest
            log.exception("Digest section %s failed for member %s", getattr(func, "__name__", func), member.pk)
            continue
        if section is None or not section.lines:
            continue
        lines = [(text, settings.SITE_URL + url if url.startswith("/") else url) for text, url in section.lines]
        built.append(DigestSection(section.title, lines))
    return built


def unsubscribe_token(member: Member) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(member.pk))


def member_from_token(token: str) -> Member | None:
    """The member a link was made for, or None when it was altered or made elsewhere."""
    try:
        pk = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return Member.objects.filter(pk=pk).first() if pk.isdigit() else None


def unsubscribe_url(member: Member) -> str:
    return settings.SITE_URL + reverse("channel:digest_unsubscribe", args=[unsubscribe_token(member)])


def wants_digest(member: Member) -> bool:
    return member.is_active and member.receives_digest


def send(member: Member, week: dt.date, until: dt.datetime | None = None) -> str:
    """Send the member this week's digest unless sent already. Returns what happened."""
    if not wants_digest(member):
        return "opted out"
    if DigestSent.objects.filter(member=member, week=week).exists():
        return "already sent"
    until = until or timezone.now()
    last = DigestSent.objects.filter(member=member).order_by("-sent_at").first()
    since = last.sent_at if last else until - PERIOD
    forum_ids = member.forum_ids()
    forum = Forum.objects.filter(pk__in=forum_ids).first() if len(forum_ids) == 1 else None
    home = forum or Forum.objects.filter(pk__in=forum_ids).order_by("pk").first()
    # Times in the digest are the member's forum's own (WIB, WITA or WIT), not the server's.
    with translation.override("id"), timezone.override(home.time_zone if home else settings.TIME_ZONE):
        sections = build(member, since, until)
    if not sections:
        return "nothing new"
    try:
        # The row goes first: of two runs racing on the same week, only one gets to send.
        with transaction.atomic():
            DigestSent.objects.create(member=member, week=week, sent_at=until)
    except IntegrityError:
        return "already sent"
    context = {
        "member": member,
        "forum": forum,  # named in the subject only when the member is in one forum
        "sections": sections,
        "settings_url": settings.SITE_URL + reverse("channel:digest_settings"),
        "unsubscribe_url": unsubscribe_url(member),
    }
    # One-click unsubscribe from the mail program (RFC 8058): a POST to the signed link.
    headers = {
        "List-Unsubscribe": f"<{unsubscribe_url(member)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    try:
        # No kind: the digest has its own on/off (`Member.receives_digest`), checked above.
        return send_templated("forum/channel/email/digest", context, member, forum=home, headers=headers)
    except Exception:  # a bug, not an outage (those are retried): the week's digest is not sent
        DigestSent.objects.filter(member=member, week=week).delete()
        raise


def members_due(week: dt.date) -> models.QuerySet[Member]:
    """Active members of any forum who want the digest and have not had this week's."""
    return (
        Member.objects.filter(is_active=True, receives_digest=True)
        .filter(models.Q(agency_roles__isnull=False) | models.Q(forum_roles__isnull=False))
        .exclude(digests_sent__week=week)
        .distinct()
    )


def send_all(now: dt.datetime | None = None) -> int:
    """Queue this week's digest for every member due one; running it twice queues nothing new."""
    week = week_of(now)
    ids = list(members_due(week).values_list("pk", flat=True))
    for pk in ids:
        enqueue_or_defer(send_digest, pk, week.isoformat())
    return len(ids)


# --- The forum's own sections ---------------------------------------------------------------


@register_section
def announcements_section(member: Member, since: dt.datetime, until: dt.datetime) -> DigestSection | None:
    receipts = (
        AnnouncementReceipt.objects.filter(
            member=member, announcement__created_at__gt=since, announcement__created_at__lte=until
        )
        .exclude(announcement__created_by=member)
        .select_related("announcement")
        .order_by("-announcement__created_at")
    )
    lines = [(r.announcement.title, r.announcement.get_absolute_url()) for r in receipts[:MAX_LINES]]
    return DigestSection(_("New announcements"), lines) if lines else None


@register_section
def discussions_section(member: Member, since: dt.datetime, until: dt.datetime) -> DigestSection | None:
    threads = Thread.objects.filter(forum_id__in=member.forum_ids())
    new = threads.filter(created_at__gt=since, created_at__lte=until).exclude(author=member).order_by("-created_at")
    lines = [(_("New: %(title)s") % {"title": t.title}, t.get_absolute_url()) for t in new[:MAX_LINES]]
    replied = (
        Reply.objects.filter(thread__in=threads, created_at__gt=since, created_at__lte=until)
        .exclude(author=member)
        .exclude(thread__in=new)
        .values("thread")
        .annotate(count=models.Count("pk"))
        .order_by("-count")
    )
    titles = Thread.objects.in_bulk([row["thread"] for row in replied[:MAX_LINES]])
    for row in replied[: max(0, MAX_LINES - len(lines))]:
        thread = titles[row["thread"]]
        text = ngettext("%(title)s: %(count)d new reply", "%(title)s: %(count)d new replies", row["count"]) % {
            "title": thread.title,
            "count": row["count"],
        }
        lines.append((text, thread.get_absolute_url()))
    return DigestSection(_("Discussions"), lines) if lines else None
