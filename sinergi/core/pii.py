"""Finds Indonesian personal data in free text, so the guard can stop it being published (UU 27/2022 PDP).

Patterns with structural checks (the region code and birth date inside a NIK) and context words
(a bank before an account number, "paspor" before a passport number). Framework-free apart from
the lazy labels. The data tables live in `pii_rules.py`; the rules, what is deliberately not
flagged and the measured precision and recall are in docs/pii-guard.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from django.utils.translation import gettext_lazy as _

from sinergi.core import pii_rules as rules

KINDS: dict[str, str] = {
    "nik": _("NIK (national ID number)"),
    "kk": _("Family card number (No. KK)"),
    "npwp": _("NPWP (tax number)"),
    "phone": _("Phone number"),
    "email": _("E-mail address"),
    "bank_account": _("Bank account number"),
    "passport": _("Passport number"),
}


# Found only when asked (`names=True`): in a short text a person types about themselves, such as a
# request's subject, a name after "atas nama" is the requester's or another person's; in a
# release it is mostly an official acting on behalf of the Bupati, so the release guard leaves it.
NAME_KINDS: dict[str, str] = {"name": _("Name of a person")}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind and where it is in the scanned text."""

    kind: str  # one of the keys of KINDS, or of NAME_KINDS
    start: int
    end: int
    text: str  # exactly text[start:end]

    @property
    def label(self) -> str:
        return KINDS.get(self.kind) or NAME_KINDS[self.kind]


# When two candidates overlap the earlier kind wins: a number whose structure proves it is a NIK
# is stronger evidence than the same number standing near the word "rekening".
_PRIORITY = ("email", "nik", "kk", "npwp", "passport", "phone", "bank_account", "name")

# A number may not touch a word, "+" or "@", nor carry on as a number through ".,/-": the
# digits of "188.45/2024" or of a 17-digit run are something else.
_START = r"(?<![\w+@])(?<!\d[.,/-])"
_END = r"(?![\w@])(?![.,/-]\d)"

# An identifier glued to its label ("nik1410...", "NPWP0925...", "HP081234..."): the label must be
# a whole word, so "teknik1410..." is not taken for one.
_GLUED_ID = r"(?<=\b(?i:nik))|(?<=\b(?i:ktp))|(?<=\b(?i:kk))|(?<=\b(?i:npwp))"
_GLUED_PHONE = r"(?<=\b(?i:hp))|(?<=\b(?i:wa))|(?<=\b(?i:telp))|(?<=\b(?i:tlp))|(?<=\b(?i:telepon))"
_ID_START = r"(?:(?<![\w+@])|" + _GLUED_ID + r")(?<!\d[.,/-])"
_PHONE_START = r"(?:(?<![\w+@])|" + _GLUED_PHONE + r")(?<!\d[.,/-])"

_SIXTEEN = re.compile(_ID_START + r"\d(?:[ .-]?\d){15}" + _END)
_FIFTEEN = re.compile(_ID_START + r"\d(?:[ .-]?\d){14}" + _END)
_NPWP_LAYOUT = re.compile(r"\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}")
_ACCOUNT = re.compile(_START + r"\d(?:[ .-]?\d){6,15}" + _END)
# Mobile: 08xx (operators use 081x-089x; 080x is toll-free), or +62 / 62 instead of the 0.
_MOBILE = re.compile(
    _PHONE_START + r"(?:\(08[1-9]\d{1,2}\)|\+62[ .-]?\(8[1-9]\d{1,2}\)|(?:\+62|62)[ .-]?8[1-9]\d{1,2}|08[1-9]\d{1,2})"
    r"(?:[ .-]?\d{2,5}){1,3}" + _END
)
# Landline: an area code set apart by brackets or a separator, "(0761) 123456", "0763-31234".
_LANDLINE = re.compile(
    _PHONE_START + r"(?:\(0[2-79]\d{1,2}\)|0[2-79]\d{1,2}(?=[ .-])|\+62[ .-]?\(?[2-79]\d{1,2}\)?)"
    r"[ .-]?\d{2,4}(?:[ .-]?\d{2,4}){0,2}" + _END
)
# "Telp. 0761571234": a landline written in one piece is recognised only after a phone word.
_PLAIN_LANDLINE = re.compile(_PHONE_START + r"0[2-79]\d{7,9}" + _END)
_EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# Indonesian passports: a letter and seven digits (B1234567); older ones two letters or six digits.
_PASSPORT = re.compile(r"(?<!\w)[A-Z]{1,2} ?\d{6,7}" + _END)

_AMOUNT_LAYOUT = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.250.000: thousands, so money or a count
# Numbers near a bank word that are not accounts.
_NOT_AN_ACCOUNT = re.compile(
    "|".join(
        (
            r"\d{1,2}[.-]\d{1,2}[.-]\d{2,4}",  # 07-02-2024, 07.02.2024
            r"\d{4}-\d{1,2}-\d{1,2}",  # 2024-02-07
            r"(?:19|20)\d\d-(?:19|20)\d\d",  # 2023-2024
            r"\d{2}\.\d{2}\.\d{2}(?:\.\d{4})?",  # region codes down to the village, 14.10.01.2001
            r"\d\.\d{1,2}(?:\.\d{1,4})+",  # budget account codes (kode rekening), 5.1.02.01.01.0024
            r"1500[ .-]?\d{3}",  # call centres, "BNI Call 1500046"
            r"0800(?:[ .-]?\d){6,8}",  # toll-free lines
        )
    )
)
_NON_DIGIT = re.compile(r"\D")
_SPACE = re.compile(r"\s")

_CONTEXT_WIDTH = 40  # characters before a number in which a context word counts


def find_personal_data(text: str, *, names: bool = False) -> list[Finding]:
    """Every piece of personal data in `text`, sorted by position and never overlapping.

    Digits of any script (fullwidth, Arabic-Indic...) count as digits; positions and texts of
    the findings are those of `text` as given. With `names`, a name after "atas nama" or "a.n."
    is found too (kind "name").
    """
    scanned = _folded(text)
    detectors = (*_DETECTORS, _names_on_behalf) if names else _DETECTORS
    candidates = [finding for detect in detectors for finding in detect(scanned)]
    candidates.sort(key=lambda f: (_PRIORITY.index(f.kind), f.start - f.end, f.start))
    accepted: list[Finding] = []  # sorted by start and never overlapping, so only neighbours can clash
    starts: list[int] = []
    for candidate in candidates:
        i = bisect.bisect_left(starts, candidate.start)
        if (i and accepted[i - 1].end > candidate.start) or (i < len(accepted) and accepted[i].start < candidate.end):
            continue
        accepted.insert(i, candidate)
        starts.insert(i, candidate.start)
    if scanned is text:
        return accepted
    return [replace(f, text=text[f.start : f.end]) for f in accepted]


def _folded(text: str) -> str:
    """`text` with the same length and positions, each character as the detectors expect it.

    A character that NFKC folds into one character becomes it (fullwidth "１４" and "ＮＩＫ",
    "：", superscripts); a digit of any script becomes its ASCII digit (Arabic-Indic "١٤");
    an invisible format character (zero-width space, soft hyphen) becomes a space, which a
    grouped number may contain. Plain ASCII text is returned as it is.
    """
    if text.isascii():
        return text
    return "".join(_fold_character(character) for character in text)


def _fold_character(character: str) -> str:
    if character.isascii():
        return character
    folded = unicodedata.normalize("NFKC", character)
    if len(folded) != 1:
        folded = character
    digit = unicodedata.digit(folded, None)
    if digit is not None:
        return str(digit)
    if unicodedata.category(folded) == "Cf":
        return " "
    return folded


REDACTION_MASK = "[disamarkan]"


def redact(text: str, findings: Iterable[Finding], mask: str = REDACTION_MASK) -> str:
    """`text` with each finding replaced by `mask`; the findings must come from this very text."""
    parts: list[str] = []
    cursor = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"The text has changed since the {finding.kind} was found at {finding.start}.")
        if finding.start < cursor:  # overlaps the previous one: one mask covers both
            cursor = max(cursor, finding.end)
            continue
        parts += [text[cursor : finding.start], mask]
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)


def fingerprint(finding: Finding) -> str:
    """A stable id of the value, whatever its layout: 0812-3456-7890 and +62 812 3456 7890 share one."""
    value = f"{finding.kind}:{_normalised(finding)}"
    return hashlib.sha256(value.encode()).hexdigest()[:16]


def _normalised(finding: Finding) -> str:
    text = _folded(finding.text)  # "１４１０…" and "1410…" are the same number
    if finding.kind in ("email", "name"):
        return " ".join(text.lower().split())
    if finding.kind == "passport":
        return _SPACE.sub("", text).upper()
    if finding.kind == "phone":
        return _national_number(text)
    return _NON_DIGIT.sub("", text)


# Detectors: each yields candidates of its kinds; find_personal_data resolves overlaps.


def _identity_numbers(text: str) -> Iterator[Finding]:
    """NIK, No. KK and NPWP: 16 digits checked by structure and context, 15 by layout or context."""
    for match in _SIXTEEN.finditer(text):
        if _continues(text, match) or _is_amount(text, match, count_after=False):
            continue
        kind = _sixteen_digit_kind(_NON_DIGIT.sub("", match.group()), _identity_word_before(text, match.start()))
        if kind:
            yield _finding(kind, match)
    for match in _FIFTEEN.finditer(text):
        if _continues(text, match):
            continue
        if _NPWP_LAYOUT.fullmatch(match.group()) or _identity_word_before(text, match.start()) == "npwp":
            yield _finding("npwp", match)


def _sixteen_digit_kind(digits: str, word: str | None) -> str | None:
    """What a 16-digit number is, given the nearest identity word before it ("nik", "kk", "npwp")."""
    if not _has_region_and_serial(digits):
        # A non-resident's or a company's NPWP: 0 and the old 15 digits.
        return "npwp" if word == "npwp" and digits.startswith("0") else None
    if word == "npwp" and _is_date(digits[6:12], women_add_40=True):
        return "npwp"  # since 2024 a resident's NPWP is their NIK
    # A KK carries its issue date where a NIK has the birth date: the same DDMMYY, but never +40.
    # Without the word "KK" nearby the two cannot be told apart, and NIK is the likelier.
    if word == "kk" and _is_date(digits[6:12], women_add_40=False):
        return "kk"
    if _is_date(digits[6:12], women_add_40=True):
        return "nik"
    return None


def _has_region_and_serial(digits: str) -> bool:
    """Province, regency and district codes that exist (PP RR DD), and a serial other than 0000."""
    return (
        digits[:2] in rules.PROVINCE_CODES
        and digits[2:4] in rules.REGENCY_CODES
        and digits[4:6] != "00"
        and digits[12:] != "0000"
    )


def _is_date(ddmmyy: str, *, women_add_40: bool) -> bool:
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    if women_add_40 and day > 40:
        day -= 40
    for century in (1900, 2000):  # the century is not written; 29 February needs one leap year
        try:
            dt.date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def _identity_word_before(text: str, start: int) -> str | None:
    words = [match.lastgroup for match in rules.IDENTITY_CONTEXT.finditer(_before(text, start))]
    return words[-1] if words else None


def _phones(text: str) -> Iterator[Finding]:
    for match in _MOBILE.finditer(text):
        if 10 <= len(_national_number(match.group())) <= 13 and not _continues(text, match):
            yield _finding("phone", match)
    for match in _LANDLINE.finditer(text):
        if 9 <= len(_national_number(match.group())) <= 12 and not _continues(text, match):
            yield _finding("phone", match)
    for match in _PLAIN_LANDLINE.finditer(text):
        if rules.PHONE_WORDS.search(_before(text, match.start(), 20)):
            yield _finding("phone", match)


def _national_number(phone: str) -> str:
    """The digits as dialled inside Indonesia: +62 812... and 62812... become 0812..."""
    digits = _NON_DIGIT.sub("", phone)
    return "0" + digits[2:] if digits.startswith("62") else digits


def _emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield _finding("email", match)


def _bank_accounts(text: str) -> Iterator[Finding]:
    """7 to 16 digits with a bank or the word "rekening" shortly before, unless an amount or a date."""
    for match in _ACCOUNT.finditer(text):
        if _continues(text, match) or _is_amount(text, match) or _NOT_AN_ACCOUNT.fullmatch(match.group()):
            continue
        before = _before(text, match.start())
        if rules.BANK_CONTEXT.search(before) and not rules.PHONE_WORDS.search(before):
            yield _finding("bank_account", match)


def _passports(text: str) -> Iterator[Finding]:
    for match in _PASSPORT.finditer(text):
        if rules.PASSPORT_CONTEXT.search(_before(text, match.start())):
            yield _finding("passport", match)


def _names_on_behalf(text: str) -> Iterator[Finding]:
    """The words right after "atas nama" / "a.n.", up to punctuation, a number or a function word
    ("untuk", "tahun"...), at most NAME_WORDS of them; none when the first is "saya" or the like,
    nor when all are words such as "adik kandung" that name no one."""
    for label in rules.ON_BEHALF.finditer(text):
        taken: list[re.Match[str]] = []
        position = label.end()
        for word in _NAME_WORD.finditer(text, position, position + 120):
            gap = text[position : word.start()]
            if (gap != "" if not taken else not _NAME_GAP.fullmatch(gap)):
                break
            if word.group().lower().rstrip(".") in rules.NOT_A_NAME:
                break
            taken.append(word)
            position = word.end()
            if len(taken) == rules.NAME_WORDS:
                break
        if any(word.group().lower().rstrip(".") not in rules.NOT_A_NAME_ALONE for word in taken):
            start, end = taken[0].start(), taken[-1].end()
            yield Finding("name", start, end, text[start:end])


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['.-])*")  # a word of letters, with H. or S.Pd. or Al-
_NAME_GAP = re.compile(r"[ \t]{1,3}")


_DETECTORS: tuple[Callable[[str], Iterator[Finding]], ...] = (
    _emails,
    _identity_numbers,
    _passports,
    _phones,
    _bank_accounts,
)


def _finding(kind: str, match: re.Match[str]) -> Finding:
    return Finding(kind, match.start(), match.end(), match.group())


def _before(text: str, start: int, width: int = _CONTEXT_WIDTH) -> str:
    """The `width` characters before `start`, on the same line."""
    window = text[max(0, start - width) : start]
    return window[window.rfind("\n") + 1 :]


def _continues(text: str, match: re.Match[str]) -> bool:
    """A number grouped by spaces whose groups go on ("19800101 200501 1 001") is part of a longer one."""
    if " " not in match.group():
        return False
    return bool(
        re.match(r" \d", text[match.end() : match.end() + 2]) or re.search(r"\d $", _before(text, match.start(), 2))
    )


def _is_amount(text: str, match: re.Match[str], *, count_after: bool = True) -> bool:
    """Rp 1.250.000.000, 1.234.567,00, sebesar 12500000, 1250000 penerima: amounts and counts, not identifiers.

    Identity numbers skip the words after: "NIK 1410015708900003 KK ..." is no count of families.
    """
    return bool(
        _AMOUNT_LAYOUT.fullmatch(match.group())
        or rules.AMOUNT_BEFORE.search(_before(text, match.start(), 12))
        or (count_after and rules.AMOUNT_AFTER.match(text[match.end() : match.end() + 12]))
    )
