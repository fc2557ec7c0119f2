from sinergi.releases.models.attachment import Attachment
from sinergi.releases.models.release import (
    EditConflict,
    PublishBlocked,
    Release,
    ReleaseKind,
    Status,
    TransitionError,
)
from sinergi.releases.models.review import (
    Correction,
    EventAction,
    PiiOverride,
    ReleaseComment,
    ReleaseEvent,
    ReleaseVersion,
)
from sinergi.releases.models.theme import Theme, ThemeKind

__all__ = [
    "Attachment",
    "Correction",
    "EditConflict",
    "EventAction",
    "PiiOverride",
    "PublishBlocked",
    "Release",
    "ReleaseComment",
    "ReleaseEvent",
    "ReleaseKind",
    "ReleaseVersion",
    "Status",
    "Theme",
    "ThemeKind",
    "TransitionError",
]
