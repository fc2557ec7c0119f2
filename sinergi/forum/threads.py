"""Discussion threads: starting one, replying, correcting a post, and who is told."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.forum import mentions
from sinergi.forum.models import Forum, Member, Reply, Thread


class ThreadClosed(Exception):
    """A reply to a thread a moderator has closed."""

    message = _("This discussion is closed: no new replies can be added.")


def start(forum: Forum, by: Member, title: str, body: str) -> Thread:
    """Open a thread; the people it mentions are told once it is committed."""
    with transaction.atomic():
        thread = Thread.objects.create(forum=forum, author=by, title=title, body=body)
        mentions.record(thread)
    return thread


def reply(thread: Thread, by: Member, body: str) -> Reply:
    """Add a reply to an open thread and move the thread up the list."""
    with transaction.atomic():
        # Read the thread again under lock, so a reply cannot slip in as a moderator closes it.
        current = Thread.objects.select_for_update().get(pk=thread.pk)
        if current.is_closed:
            raise ThreadClosed(ThreadClosed.message)
        now = timezone.now()
        post = Reply.objects.create(thread=current, author=by, body=body, created_at=now)
        # Activity is bookkeeping, not a change anyone makes, so it bypasses the audit trail.
        Thread.objects.filter(pk=current.pk).update(last_activity_at=now)
        mentions.record(post)
    return post


def edit(post: Thread | Reply, body: str, title: str | None = None) -> None:
    """Replace the text of a post; people newly mentioned are told, those already told are not."""
    with transaction.atomic():
        post.body = body
        post.edited_at = timezone.now()
        fields = ["body", "edited_at"]
        if title is not None and isinstance(post, Thread):
            post.title = title
            fields.append("title")
        post.save(update_fields=fields)
        mentions.record(post)
