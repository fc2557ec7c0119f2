"""Checking and preparing an uploaded image or PDF (a release's attachment, a requester's ID
scan): the kind is decided by content, not name; images are resized and re-encoded for the web.

The cheap checks (size, the first bytes) run here; reading the PDF or decoding the image runs
within the budget of `sinergi.core.file_budget`, so a hostile file is refused, never a 500.
"""

from __future__ import annotations

import io
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core import file_budget
from sinergi.core.spreadsheets import SpreadsheetError, table_text

IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# Bounds on the work one upload may cost the server: a small file can decode to a huge image
# or a PDF can repeat one big page many times.
MAX_SOURCE_PIXELS = 40_000_000
PDF_MAX_PAGES = 200
PDF_MAX_CHARS = 200_000
# Tall infographics keep their width; the height may run to this many times the width limit.
TALL_FACTOR = 4


class UploadKind(models.TextChoices):
    IMAGE = "image", gettext_lazy("Image")
    PDF = "pdf", gettext_lazy("PDF document")


class TableKind(models.TextChoices):
    """Data tables, accepted only where information itself is given (a PPID's documents), never on a page."""

    CSV = "csv", gettext_lazy("CSV table")
    XLSX = "xlsx", gettext_lazy("Excel workbook (XLSX)")


# The text of a table handed to the personal-data guard: past this, it is too big to check.
TABLE_MAX_CHARS = 1_000_000


def kind_of(upload) -> str:
    """The kind of `upload` by its size and first bytes, before anything parses it; or ValidationError."""
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES)}
        )
    upload.seek(0)
    head = upload.read(12)
    upload.seek(0)
    kind = file_budget.kind_by_magic(head)
    if kind == "pdf":
        return UploadKind.PDF
    if kind == "image":
        return UploadKind.IMAGE
    raise ValidationError(_("Only images (JPEG, PNG, WebP, GIF) and PDF documents can be attached."))


def prepare(upload, large: int | None = None) -> dict:
    """The checked file's kind, content, size, text (of a PDF) and size in pixels (of an image);
    or ValidationError saying why not. With `large`, an image larger than the web copy also gets a
    copy up to `large` pixels on its longest side (`large_content`), for cutting share images."""
    kind = kind_of(upload)
    data = upload.read()
    upload.seek(0)
    if kind == UploadKind.PDF:
        text = file_budget.examine(_read_pdf, data)["text"]
        return {"kind": UploadKind.PDF, "content": ContentFile(data), "size": len(data), "text": text}
    image = file_budget.examine(lambda raw: _read_image(raw, large), data)
    return {
        "kind": UploadKind.IMAGE,
        "content": ContentFile(image["content"]),
        "size": len(image["content"]),
        "width": image["width"],
        "height": image["height"],
        "text": "",
        "large_content": ContentFile(image["large"]) if image.get("large") else None,
    }


def table_kind(upload) -> str:
    """The kind of a table by its first bytes ("" when it is no table): an XLSX is a zip, a CSV is text."""
    upload.seek(0)
    head = upload.read(4096)
    upload.seek(0)
    kind = file_budget.kind_by_magic(head[:12])
    if kind == "zip":
        return TableKind.XLSX
    if kind == "" and head.strip() and b"\x00" not in head:
        return TableKind.CSV
    return ""


def prepare_table(upload) -> dict:
    """A checked CSV or XLSX file: its kind, content, size and the text of every cell (for the guard);
    or ValidationError. The file is kept as uploaded: a table is information, not a picture to re-encode."""
    kind = table_kind(upload)
    if not kind:
        raise ValidationError(_("Only PDF documents, images, CSV tables and XLSX workbooks can be given."))
    data = upload.read()
    upload.seek(0)
    text = file_budget.examine(_read_table, data)["text"]
    return {"kind": kind, "content": ContentFile(data), "size": len(data), "text": text}


# --- run in the budget's child process ---------------------------------------------------------


def _read_pdf(data: bytes) -> dict:
    """The text of every page, for the personal-data guard; a PDF whose text cannot all be read is refused."""
    reader = file_budget.open_pdf(data)
    if len(reader.pages) > PDF_MAX_PAGES:
        raise ValidationError(_("A PDF may have at most %(pages)d pages.") % {"pages": PDF_MAX_PAGES})
    parts, length = [], 0
    for page in reader.pages:
        if length >= PDF_MAX_CHARS or file_budget.nearly_spent():
            raise ValidationError(_("This PDF is too heavy to check for personal data; split or simplify it."))
        part = page.extract_text() or ""
        parts.append(part)
        length += len(part)
    return {"text": "\n".join(parts)[:PDF_MAX_CHARS]}


def _read_table(data: bytes) -> dict:
    """Every cell of every sheet as text, a row per line; a workbook with macros or too much text is refused."""
    try:
        text = table_text(data, TABLE_MAX_CHARS)
    except SpreadsheetError as error:
        raise ValidationError(str(error)) from error
    if text is None:
        raise ValidationError(_("This table is too large to check for personal data; split it into smaller files."))
    return {"text": text}


def _read_image(data: bytes, large: int | None = None) -> dict:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.verify()  # catches truncated and disguised files
        image = Image.open(io.BytesIO(data))
        if image.format not in IMAGE_FORMATS:
            raise UnidentifiedImageError(image.format)
    except Image.DecompressionBombError as error:
        raise ValidationError(_("This image is too large; make it smaller first.")) from error
    except UnidentifiedImageError as error:
        raise ValidationError(_("Only images (JPEG, PNG, WebP, GIF) and PDF documents can be attached.")) from error
    except (OSError, SyntaxError, ValueError, EOFError) as error:  # ValueError: a PNG chunk over its limit
        raise ValidationError(_("This image cannot be read; it may be damaged.")) from error
    if image.width * image.height > MAX_SOURCE_PIXELS:  # read from the header, before decoding
        raise ValidationError(
            _("The image is %(width)d × %(height)d pixels; make it smaller than %(mp)d megapixels first.")
            % {"width": image.width, "height": image.height, "mp": MAX_SOURCE_PIXELS // 1_000_000}
        )
    bigger = None
    try:
        if large and max(image.size) > settings.IMAGE_MAX_PIXELS:
            bigger, _copy = _web_jpeg(Image.open(io.BytesIO(data)), large)
        content, image = _web_jpeg(image)
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise ValidationError(_("This image cannot be read; it may be damaged.")) from error
    return {"content": content, "width": image.width, "height": image.height, "large": bigger}


def _web_jpeg(image, longest: int | None = None):
    """Resize first (cheap for JPEG in draft mode), then rotate by EXIF, flatten and re-encode.

    Re-encoding drops the EXIF data, which may hold where a photo was taken.
    """
    from PIL import Image, ImageOps

    longest = longest or settings.IMAGE_MAX_PIXELS
    box = (longest, longest * TALL_FACTOR)
    if image.format == "JPEG":
        image.draft("RGB", box)
    image.thumbnail(box)
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, (255, 255, 255))  # transparency becomes white, not black
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue(), image


def new_token() -> str:
    return secrets.token_hex(16)
