"""Who changed what and when, for every model of every Sinergi app.

Signals watch all models whose app lives under `sinergi.`, so a model a later issue adds is
audited without registering it. The actor comes from the request (middleware) or from
`acting_as()` in commands and tasks; without either the change is recorded as the system's.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save

from sinergi.core import capabilities
from sinergi.core.forums import forum_or_none
from sinergi.core.models import AuditEntry

_actor: ContextVar[Any] = ContextVar("sinergi_audit_actor", default=None)
# How to find the forum the current request acts in; called only when something is saved.
_forum_of_request: ContextVar[Callable[[], Any] | None] = ContextVar("sinergi_audit_forum", default=None)

# Fields whose change is noise (login bookkeeping, timestamps) or a secret.
IGNORED_FIELDS = {"last_login", "updated_at"}
SECRET_FIELDS = {"password"}


@contextmanager
def acting_as(user: Any) -> Iterator[None]:
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


class AuditActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        token = _forum_of_request.set(lambda: forum_or_none(request))
        try:
            with acting_as(user if user is not None and user.is_authenticated else None):
                return self.get_response(request)
        finally:
            _forum_of_request.reset(token)


def is_audited(model: type[models.Model]) -> bool:
    meta = model._meta
    return (
        meta.app_config is not None
        and meta.app_config.name.startswith("sinergi.")
        and meta.model_name != "auditentry"
        # Derived data (a search index) and records that are themselves a trail need no second one.
        and not getattr(model, "audit_trail_exempt", False)
    )


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return f"<{len(value)} bytes>"
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return value


def snapshot(instance: models.Model) -> dict[str, Any]:
    values = {}
    for field in instance._meta.concrete_fields:
        if field.name in IGNORED_FIELDS:
            continue
        value = field.value_from_object(instance)
        # Secrets and personal data (a model lists its own in `audit_masked_fields`) are recorded as
        # changed, never with their value: the trail must not become a second copy of them.
        # Capability secrets (core/capabilities.py) likewise: the trail is read by officers, not owners.
        masked = SECRET_FIELDS | set(getattr(instance, "audit_masked_fields", ())) | capabilities.masked_fields(instance)
        values[field.attname] = "***" if field.name in masked and value else _plain(value)
    return values


def _remember_old(sender, instance, raw=False, **kwargs) -> None:
    if raw or not is_audited(sender) or instance.pk is None or instance._state.adding:
        instance._audit_old = None
        return
    old = sender._default_manager.filter(pk=instance.pk).first()
    instance._audit_old = snapshot(old) if old is not None else None


def _record(instance: models.Model, action: str, changes: dict[str, Any]) -> None:
    actor = _actor.get()
    AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        forum_id=_forum_id(instance),
        action=action,
        content_type=ContentType.objects.get_for_model(type(instance)),
        object_id=str(instance.pk),
        object_repr=str(instance)[:300],
        changes=changes,
    )


def _forum_id(instance: models.Model) -> int | None:
    """The record's own forum; for records above forums (a person), the request's forum."""
    if hasattr(type(instance), "audit_forum_id"):
        return instance.audit_forum_id
    getter = _forum_of_request.get()
    forum = getter() if getter else None
    return forum.pk if forum else None


def _after_save(sender, instance, created, raw=False, **kwargs) -> None:
    if raw or not is_audited(sender):
        return
    new = snapshot(instance)
    old = getattr(instance, "_audit_old", None)
    if created or old is None:
        _record(instance, "created", {k: [None, v] for k, v in new.items() if v not in (None, "", [], {})})
        return
    _record_changes(instance, old, new)


def _record_changes(instance: models.Model, old: dict[str, Any], new: dict[str, Any]) -> None:
    # Values from the form may be of another type than those read back (e.g. str vs date).
    changes = {k: [old.get(k), v] for k, v in new.items() if str(old.get(k)) != str(v)}
    if changes:
        _record(instance, "updated", changes)


def record_update(stored: models.Model, instance: models.Model) -> None:
    """Audit a change written with a conditional UPDATE, which sends no signal: `stored` is the row before it."""
    if is_audited(type(instance)):
        _record_changes(instance, snapshot(stored), snapshot(instance))


def _after_delete(sender, instance, **kwargs) -> None:
    if is_audited(sender):
        _record(instance, "deleted", {k: [v, None] for k, v in snapshot(instance).items()})


def connect() -> None:
    pre_save.connect(_remember_old, dispatch_uid="sinergi-audit-pre")
    post_save.connect(_after_save, dispatch_uid="sinergi-audit-post")
    post_delete.connect(_after_delete, dispatch_uid="sinergi-audit-delete")


def history_for(instance: models.Model, forum: Any = None):
    """The audit entries of one record, newest first; with a forum, only those made in it."""
    entries = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)), object_id=str(instance.pk)
    ).select_related("actor")
    return entries.filter(forum_id=forum.pk) if forum is not None else entries
