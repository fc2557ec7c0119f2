"""The forum's library of speakers' slides and documents: checking an upload by its content,
reading its text for the search, keeping it, and finding it again.

A file is what its bytes say it is, never what its name says: a PDF, an Office Open XML
document (PowerPoint, Word, Excel), or an image. Everything read from it is bounded, so a small
hostile file (a zip bomb, a PDF of ten thousand pages) costs the server little.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from sinergi.core import file_budget, search
from sinergi.core.permissions import allowed
from sinergi.meetings.models import Material

MAX_BYTES = 25 * 1024 * 1024  # a long slide deck with photos; larger files belong on a shared drive
# Budgets for reading text out of a file: enough to find a document by its words.
TEXT_MAX_CHARS = 100_000
PDF_MAX_PAGES = 300
# An Office file is a zip: bound how many members it has, how much any one of them may
# unpack to, and how much the text members we read may unpack to in all.
ZIP_MAX_MEMBERS = 5_000
ZIP_MAX_MEMBER_BYTES = 100 * 1024 * 1024
ZIP_MAX_TEXT_BYTES = 20 * 1024 * 1024
# A big member that unpacks to more than 200 times its packed size is a bomb; small XML parts
# of spreadsheets can legitimately pack that well.
ZIP_MAX_RATIO = 200
ZIP_RATIO_FROM_BYTES = 1024 * 1024
IMAGE_MAX_PIXELS = 80_000_000

OFFICE_TYPES = {
    # the part that says what an Office file is -> (content type, extension)
    "ppt/presentation.xml": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    "word/document.xml": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xl/workbook.xml": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}
IMAGE_TYPES = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png"), "WEBP": ("image/webp", "webp"),
               "GIF": ("image/gif", "gif")}  # fmt: skip
# A run of text (<a:t> in slides, <w:t> in Word, <t> in Excel's shared strings) or a paragraph's end.
_XML_TEXT = re.compile(rb"<(?:(a|w):)?t(?:\s[^>]*)?>([^<]*)</(?:[aw]:)?t>|</(?:a|w):p>|</si>")


@dataclass(frozen=True)
class Checked:
    """What an upload turned out to be."""

    data: bytes
    content_type: str
    extension: str
    text: str


def kinds_accepted() -> str:
    return _("PDF, PowerPoint (.pptx), Word (.docx), Excel (.xlsx), or an image (JPEG, PNG, WebP, GIF)")


def screen(upload) -> bytes:
    """The bytes of `upload` if its size and first bytes are acceptable, or ValidationError; nothing is parsed."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_BYTES)}
        )
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    upload.seek(0)
    if len(data) > MAX_BYTES:
        raise ValidationError(_("The file is larger than %(limit)s.") % {"limit": filesizeformat(MAX_BYTES)})
    if not data:
        raise ValidationError(_("The file is empty."))
    if file_budget.kind_by_magic(data[:12]) not in _READERS:
        raise _refused()
    return data


def check(upload) -> Checked:
    """What `upload` is, with its text; or ValidationError saying, in the user's language, why it is refused.

    The size and the first bytes are screened here; the file's structure is read within the
    budget of `sinergi.core.file_budget`."""
    data = screen(upload)
    found = file_budget.examine(_READERS[file_budget.kind_by_magic(data[:12])], data)
    return Checked(data, found["content_type"], found["extension"], found["text"])


def _refused() -> ValidationError:
    return ValidationError(_("This kind of file is not accepted. Accepted: %(kinds)s.")
                           % {"kinds": kinds_accepted()})  # fmt: skip


# --- PDF ---------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> dict:
    return {"content_type": "application/pdf", "extension": "pdf", "text": pdf_text(data)}


def pdf_text(data: bytes) -> str:
    """In the budget's child: the text of a PDF, as much as the budget reads; ValidationError if it cannot be opened."""
    reader = file_budget.open_pdf(data)
    try:
        pages = len(reader.pages)
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a broken page tree
        raise ValidationError(_("This PDF cannot be read; it may be damaged.")) from error
    parts, length = [], 0
    for number in range(min(pages, PDF_MAX_PAGES)):
        if length >= TEXT_MAX_CHARS or file_budget.nearly_spent():
            break  # the rest is left out of the search, the file is kept whole
        try:
            part = reader.pages[number].extract_text() or ""
        except Exception:  # noqa: BLE001 - a page whose text cannot be read is left out of the search, not refused
            continue
        parts.append(part)
        length += len(part)
    return _tidy("\n".join(parts))


# --- PowerPoint, Word, Excel -------------------------------------------------------------


def _read_office(data: bytes) -> dict:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as error:
        raise _refused() from error
    if len(members) > ZIP_MAX_MEMBERS:
        raise _refused()
    names = {member.filename for member in members}
    if "[Content_Types].xml" not in names:
        raise _refused()
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        bomb = member.file_size > ZIP_MAX_MEMBER_BYTES or (
            member.file_size > ZIP_RATIO_FROM_BYTES and ratio > ZIP_MAX_RATIO
        )
        if bomb or member.flag_bits & 0x1:
            raise ValidationError(_("This file is damaged, encrypted or unusually packed; save it again and retry."))
    kind = next((OFFICE_TYPES[part] for part in OFFICE_TYPES if part in names), None)
    if kind is None:
        raise _refused()
    try:
        text = _office_text(archive, names)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise ValidationError(_("This file is damaged; save it again and retry.")) from error
    return {"content_type": kind[0], "extension": kind[1], "text": text}


def _text_parts(names: set[str]) -> list[str]:
    """The parts that hold the words, in reading order (slide 2 before slide 10)."""

    def number(name: str) -> int:
        digits = re.findall(r"\d+", PurePosixPath(name).stem)
        return int(digits[-1]) if digits else 0

    slides = sorted((n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)), key=number)
    notes = sorted((n for n in names if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)), key=number)
    word = [n for n in ("word/document.xml", "word/footnotes.xml") if n in names]
    excel = [n for n in ("xl/sharedStrings.xml",) if n in names]
    return [*slides, *notes, *word, *excel]


def _office_text(archive: zipfile.ZipFile, names: set[str]) -> str:
    budget, chars, out = ZIP_MAX_TEXT_BYTES, 0, []
    for name in _text_parts(names):
        if budget <= 0 or chars >= TEXT_MAX_CHARS:
            break
        with archive.open(name) as part:
            xml = part.read(budget)  # never more than the budget left, whatever the header claims
        budget -= len(xml)
        # Read as text with a pattern, not parsed: no entity expansion, no external references.
        for match in _XML_TEXT.finditer(xml):
            if match.group(2) is None:
                out.append("\n")
                continue
            words = html.unescape(match.group(2).decode("utf-8", "replace"))
            out.append(words)
            chars += len(words)
        out.append("\n")
    return _tidy("".join(out))


# --- Images ------------------------------------------------------------------------------


def _read_image(data: bytes) -> dict:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
            if image.width * image.height > IMAGE_MAX_PIXELS:
                raise ValidationError(_("This image is too large; make it smaller first."))
            image.verify()  # catches truncated and disguised files
    except ValidationError:
        raise
    except Image.DecompressionBombError as error:
        raise ValidationError(_("This image is too large; make it smaller first.")) from error
    except UnidentifiedImageError as error:
        raise _refused() from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:  # ValueError: a PNG chunk over its limit
        raise ValidationError(_("This image cannot be read; it may be damaged.")) from error
    if image_format not in IMAGE_TYPES:
        raise _refused()
    content_type, extension = IMAGE_TYPES[image_format]
    return {"content_type": content_type, "extension": extension, "text": ""}


_READERS = {"pdf": _read_pdf, "zip": _read_office, "image": _read_image}


def _tidy(text: str) -> str:
    text = text.replace("\x00", "")
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()[:TEXT_MAX_CHARS]


# --- Keeping and finding -----------------------------------------------------------------


def may_remove(user, material: Material) -> bool:
    """Whoever uploaded it, those who run its meeting, and the secretariat."""
    return material.pk in removable(user, material.forum, [material])


def removable(user, forum, items) -> set[int]:
    """The ids of `items` (materials of `forum`) that `user` may remove, asking once per meeting."""
    if not allowed("meetings.view", user, forum):
        return set()
    if allowed("meetings.convene", user, forum):
        return {m.pk for m in items}
    runs: dict[int, bool] = {}
    ids = set()
    for material in items:
        if material.meeting_id and material.meeting_id not in runs:
            runs[material.meeting_id] = allowed("meetings.run_meeting", user, material.meeting)
        if material.uploaded_by_id == user.pk or runs.get(material.meeting_id, False):
            ids.add(material.pk)
    return ids


def download_name(original: str, extension: str) -> str:
    """A safe file name that ends in the extension the content proved, whatever the name said."""
    stem = PurePosixPath(original.replace("\\", "/")).name.rsplit(".", 1)[0]
    stem = re.sub(r"[^\w.-]+", "-", stem).strip("-.")
    return f"{(stem or 'materi')[:150]}.{extension}"


def add(forum, checked: Checked, *, original_name: str, title: str, topic: str, description: str = "",
        meeting=None, speaker=None, uploaded_by=None) -> Material:  # fmt: skip
    """Keep a checked file in the library and make it findable."""
    material = Material(
        forum=forum, meeting=meeting, speaker=speaker, title=title.strip(), topic=topic.strip(),
        description=description.strip(), file_name=download_name(original_name, checked.extension),
        content_type=checked.content_type, size=len(checked.data), text=checked.text, uploaded_by=uploaded_by,
    )  # fmt: skip
    material.file.save(material.file_name, ContentFile(checked.data), save=False)
    try:
        with transaction.atomic():
            material.save()
            index(material)
    except Exception:
        material.file.delete(save=False)  # nothing half-kept
        raise
    return material


def remove(material: Material) -> None:
    """Take a material out of the library, its file and its search entry with it."""
    storage, name = material.file.storage, material.file.name
    with transaction.atomic():
        search.remove(search_kind(material.forum_id), material.pk)
        material.delete()
    transaction.on_commit(lambda: storage.delete(name))


def search_kind(forum_id: int) -> str:
    """Each forum's library is its own set in the index."""
    return f"material-{forum_id}"


def index(material: Material) -> None:
    speaker = material.speaker.display_name if material.speaker_id else ""
    meeting = material.meeting.title if material.meeting_id else ""
    body = "\n\n".join(part for part in (material.topic, speaker, meeting, material.description, material.text) if part)
    search.index(search_kind(material.forum_id), material.pk, title=material.title, body=body,
                 published_at=material.uploaded_at)  # fmt: skip


def library(forum, *, topic: str = ""):
    """The forum's materials, newest first, optionally of one topic."""
    materials = Material.objects.filter(forum=forum).select_related("meeting", "speaker__member", "uploaded_by")
    if topic:
        materials = materials.filter(topic__iexact=topic)
    return materials.order_by("-uploaded_at", "-pk")


def topics(forum) -> list[str]:
    """The topics in use, each once whatever its case, alphabetically."""
    seen: dict[str, str] = {}
    for topic in Material.objects.filter(forum=forum).values_list("topic", flat=True).order_by("topic"):
        seen.setdefault(topic.casefold(), topic)
    return sorted(seen.values(), key=str.casefold)


def find(forum, words: str, *, topic: str = "", limit: int = 20, offset: int = 0):
    """Materials matching every word (stemmed, so "pelatihan" finds "latih"), best first, with snippets.

    Returns (list of (material, hit), total)."""
    restrict = list(library(forum, topic=topic).values_list("pk", flat=True)) if topic else None
    results = search.search(search_kind(forum.pk), words, limit=limit, offset=offset, restrict_to=restrict)
    found = library(forum).in_bulk([hit.object_id for hit in results.hits])
    return [(found[hit.object_id], hit) for hit in results.hits if hit.object_id in found], results.total
