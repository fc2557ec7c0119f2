"""A readable word-level diff between two versions of a release, for reviewers."""

from __future__ import annotations

import difflib
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WORDS = re.compile(r"\s+|[^\s]+")
# Word-level matching is quadratic; paragraphs are matched first and only changed ones of
# reasonable size are compared word by word.
MAX_WORDS_COMPARED = 3000


def word_diff(old: str, new: str) -> SafeString:
    """HTML of `new` with inserted words in <ins> and removed words in <del>; all text escaped."""
    a, b = (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        before, after = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            out.append(escape(after))
        elif op == "replace" and len(before.split()) + len(after.split()) <= MAX_WORDS_COMPARED:
            out.append(_words(before, after))
        else:
            out.append(_changed(before, after))
    return mark_safe("".join(out))


def _words(old: str, new: str) -> str:
    a, b = WORDS.findall(old), WORDS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        out.append(escape("".join(a[i1:i2])) if op == "equal" else _changed("".join(a[i1:i2]), "".join(b[j1:j2])))
    return "".join(out)


def _changed(old: str, new: str) -> str:
    return (f"<del>{escape(old)}</del>" if old else "") + (f"<ins>{escape(new)}</ins>" if new else "")
