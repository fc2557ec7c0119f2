"""What amplification does when a release changes: a withdrawn release's open requests close, and the
agencies asked are told. A release moves by a conditional UPDATE (no signal of its own); the event it
records in the same transaction is what is heard. A saved release's text is indexed for clash detection."""

from __future__ import annotations

from django.db import transaction

from sinergi.core.tasks import enqueue_or_defer
from sinergi.dissemination.amplification import close_for_withdrawal
from sinergi.dissemination.tasks import index_release
from sinergi.releases.models import EventAction, Release


def release_event_saved(sender, instance, created: bool, **kwargs) -> None:
    if created and instance.action == EventAction.WITHDRAWN:
        release_id = instance.release_id
        transaction.on_commit(lambda: close_for_withdrawal(Release.objects.get(pk=release_id)))


def release_saved(sender, instance: Release, raw: bool = False, **kwargs) -> None:
    """Any save brings the release's clash keys in step once it commits (nothing to do when the text is the
    same); the periodic `index_stale_releases` catches any the queue lost."""
    if not raw:
        enqueue_or_defer(index_release, instance.pk)
