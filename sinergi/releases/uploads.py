"""Checking and preparing an uploaded attachment: the type is decided by content, not name."""

from __future__ import annotations

import io
import secrets
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from sinergi.releases.models import AttachmentKind

PDF_MAGIC = b"%PDF-"
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# Bounds on the work one upload may cost the server: a small file can decode to a huge image
# or a PDF can repeat one big page many times.
MAX_SOURCE_PIXELS = 40_000_000
PDF_MAX_PAGES = 200
PDF_MAX_CHARS = 200_000
PDF_MAX_SECONDS = 10.0
# Tall infographics keep their width; the height may run to this many times the width limit.
TALL_FACTOR = 4


def prepare(upload) -> dict:
    """Return the fields of an Attachment for `upload`, or raise ValidationError saying why not."""
    if upload.size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES)}
        )
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(PDF_MAGIC):
        return _prepare_pdf(upload)
    return _prepare_image(upload)


def _prepare_pdf(upload) -> dict:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = upload.read()
    try:
        text = _pdf_text(PdfReader(io.BytesIO(data)))
    except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise ValidationError(_("This PDF cannot be read; it may be damaged.")) from error
    return {"kind": AttachmentKind.PDF, "content": ContentFile(data), "size": len(data), "text": text}


def _pdf_text(reader) -> str:
    """The text of the first pages, within a budget of pages, characters and time."""
    if len(reader.pages) > PDF_MAX_PAGES:
        raise ValidationError(_("A PDF may have at most %(pages)d pages.") % {"pages": PDF_MAX_PAGES})
    started, parts, length = time.monotonic(), [], 0
    for page in reader.pages:
        if length >= PDF_MAX_CHARS or time.monotonic() - started > PDF_MAX_SECONDS:
            raise ValidationError(_("This PDF is too heavy to check for personal data; split or simplify it."))
        part = page.extract_text() or ""
        parts.append(part)
        length += len(part)
    return "\n".join(parts)[:PDF_MAX_CHARS]


def _prepare_image(upload) -> dict:
    try:
        image = Image.open(upload)
        image.verify()  # catches truncated and disguised files
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in IMAGE_FORMATS:
            raise UnidentifiedImageError(image.format)
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(_("Only images (JPEG, PNG, WebP, GIF) and PDF documents can be attached.")) from error
    if image.width * image.height > MAX_SOURCE_PIXELS:  # read from the header, before decoding
        raise ValidationError(
            _("The image is %(width)d × %(height)d pixels; make it smaller than %(mp)d megapixels first.")
            % {"width": image.width, "height": image.height, "mp": MAX_SOURCE_PIXELS // 1_000_000}
        )
    try:
        data, image = _web_jpeg(image)
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("This image cannot be read; it may be damaged.")) from error
    return {
        "kind": AttachmentKind.IMAGE,
        "content": ContentFile(data),
        "size": len(data),
        "width": image.width,
        "height": image.height,
        "text": "",
    }


def _web_jpeg(image: Image.Image) -> tuple[bytes, Image.Image]:
    """Resize first (cheap for JPEG in draft mode), then rotate by EXIF, flatten and re-encode.

    Re-encoding drops the EXIF data, which may hold where a photo was taken.
    """
    box = (settings.IMAGE_MAX_PIXELS, settings.IMAGE_MAX_PIXELS * TALL_FACTOR)
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
