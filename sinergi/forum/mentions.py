"""@mentions in discussions: who a post names, and telling them once by e-mail.

The syntax: `@` followed by a member's e-mail address (`@rina@diskominfotik.go.id`), or by
only the part before the `@` (`@rina`) when no other member of the forum shares it. An e-mail
address is what every member has and what is unique; names are not. Anything that does not
name exactly one active member of the forum stays plain text and tells no one.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from sinergi.core.mail import send_templated
from sinergi.core.tasks import enqueue_or_defer
from sinergi.forum.models import Member, Mention, Reply, Thread
from sinergi.forum.tasks import notify_mention

# Not preceded by a word character, so "rina@dinas.go.id" written plainly is no mention.
MENTION = re.compile(r"(?<![\w@.])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)")
# A post naming more people than this is a broadcast, which is what announcements are for.
MAX_MENTIONS = 20


def handles(text: str) -> list[str]:
    """The @-handles in a text, lower-cased, in order, without repeats or a sentence's full stop."""
    found: list[str] = []
    for match in MENTION.finditer(text or ""):
        handle = match.group(1).rstrip(".").lower()
        if handle and handle not in found:
            found.append(handle)
    return found


def resolve(text: str, forum) -> list[Member]:
    """The active forum members a text names; unknown or ambiguous handles name no one."""
    people = Member.objects.in_forum(forum).filter(is_active=True)
    named: dict[int, Member] = {}
    # Only the first few handles are looked up: a post full of @-words costs a bounded number of queries.
    for handle in handles(text)[: MAX_MENTIONS * 2]:
        if "@" in handle:
            matches = list(people.filter(email__iexact=handle)[:2])
        else:
            matches = list(people.filter(email__istartswith=f"{handle}@")[:2])
        if len(matches) == 1:
            named.setdefault(matches[0].pk, matches[0])
        if len(named) >= MAX_MENTIONS:
            break
    return list(named.values())


def record(post: Thread | Reply) -> list[Mention]:
    """Record the post's new mentions (never the author's own) and queue their e-mails."""
    thread = post.thread
    reply = post if isinstance(post, Reply) else None
    created = []
    for member in resolve(post.body, thread.forum):
        if member.pk == post.author_id:
            continue
        try:
            # A savepoint, so a mention already made (an edit, a double submit) leaves the rest intact.
            with transaction.atomic():
                mention = Mention.objects.create(member=member, thread=thread, reply=reply)
        except IntegrityError:
            continue
        enqueue_or_defer(notify_mention, mention.pk)
        created.append(mention)
    return created


def notify(mention_id: int) -> str:
    """E-mail the person mentioned, as they chose to hear of mentions. Safe twice: the mention is claimed first."""
    mention = (
        Mention.objects.select_related("member", "thread__forum", "thread__author", "reply__author")
        .filter(pk=mention_id)
        .first()
    )
    if mention is None or not mention.member.is_active:
        return "skipped"
    if not Mention.objects.filter(pk=mention.pk, notified_at__isnull=True).update(notified_at=timezone.now()):
        return "skipped"
    post = mention.post
    context = {
        "mention": mention,
        "thread": mention.thread,
        "author": post.author,
        "post": post,
        "url": settings.SITE_URL + post.get_absolute_url(),
    }
    return send_templated("forum/channel/email/mention", context, mention.member, forum=mention.thread.forum,
                          kind="forum.mention")  # fmt: skip
