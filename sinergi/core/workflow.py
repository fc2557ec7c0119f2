"""The one way a record changes state, shared by every app.

A state change is a model method that checks the current state, moves with `move()` (one
conditional UPDATE, so of two people acting at once exactly one wins), records an event row
(who, when, from which state to which, why) and hands that event to `after_commit()`, which
runs the effects an app registered for it (e-mails, an index) once the step is committed.
A step that is refused raises `TransitionError`, whose message is for the person who tried.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction

from sinergi.core import audit, limits


class TransitionError(ValidationError):
    """A step the record's current state (or what was typed for it) does not allow; the message is for the user.

    A `ValidationError`, so a form shows it (by field when raised with a dict); `str()` is the message itself.
    """

    def __str__(self) -> str:
        return " ".join(str(message) for message in self.messages)


def move(instance: models.Model, by: Any, lost: str, expected: dict[str, Any], **fields: Any) -> None:
    """Write `fields` with one UPDATE that matches only while the row still holds `expected`.

    Raises TransitionError(`lost`) when someone else moved the record first; otherwise sets the
    fields on `instance` and records the change in the audit trail under `by` (an UPDATE sends no signal).
    """
    rows = type(instance)._default_manager.filter(pk=instance.pk)
    stored = rows.first()  # the audit trail's "before": what was stored, not what a form set on `instance`
    if stored is None or not rows.filter(**expected).update(**fields):
        raise TransitionError(lost)
    for name, value in fields.items():
        setattr(instance, name, value)
    with audit.acting_as(by):
        audit.record_update(stored, instance)


def check_length(text: str, limit: int) -> None:
    """`limits.check_length` for what a person typed for a step: a text too long refuses the step, whole."""
    try:
        limits.check_length(text, limit)
    except ValueError as error:
        raise TransitionError(str(error)) from None


_effects: dict[type[models.Model], list[Callable[[Any], None]]] = {}


def effect_of(event_model: type[models.Model]) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register `handler(event)` to run after the commit of each step that records an `event_model` row.

    An app registers its effects in its `effects` module, imported by its AppConfig.ready(), so a
    model never imports the tasks that send its e-mails.
    """

    def register(handler: Callable[[Any], None]) -> Callable[[Any], None]:
        _effects.setdefault(event_model, []).append(handler)
        return handler

    return register


def after_commit(event: models.Model) -> None:
    """Run the effects registered for `event`'s kind once the current transaction commits (never if it rolls back)."""
    for handler in _effects.get(type(event), []):
        transaction.on_commit(partial(handler, event))
