"""How much text a person may type into one field: a few sizes, shared by every app.

Every text field has a limit, so one request cannot store megabytes that every later view of
it must read, scan for personal data and render. The sizes are generous for their purpose; a
model's TextField carries its size as `max_length`, which Django checks in every form built
from it (the admin's included) with its own translated message. `core/tests/test_text_limits.py`
fails for a text field without one.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

SEARCH_QUERY = 200  # what a filter box takes
SHORT_TEXT = 500  # an address, a one-line answer
SUBJECT = 1000  # what a requester asks for: a paragraph, with room for a list of items
REASON = 2000  # a reason, a comment, a legal basis, a summary
LONG_TEXT = 10_000  # a statement, an answer, a description, a consequence test
DOCUMENT = 100_000  # a release's body, a meeting's minutes: some pages


def check_length(text: str, limit: int) -> None:
    """Raise ValueError, with a message for the person who typed it, if `text` is longer than `limit`."""
    if len(text) > limit:
        raise ValueError(
            _("Write at most %(limit)d characters here (this text has %(count)d).") % {"limit": limit,
                                                                                     "count": len(text)}
        )  # fmt: skip
