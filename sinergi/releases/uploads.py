"""Checking and preparing an uploaded attachment: the type is decided by content, not name."""

from __future__ import annotations

import io
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from sinergi.releases.models import AttachmentKind

PDF_MAGIC = b"%PDF-"
IMAGE_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


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
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise ValidationError(_("This PDF cannot be read; it may be damaged.")) from error
    return {"kind": AttachmentKind.PDF, "content": ContentFile(data), "size": len(data), "text": text}


def _prepare_image(upload) -> dict:
    try:
        image = Image.open(upload)
        image.verify()  # catches truncated and disguised files
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in IMAGE_FORMATS:
            raise UnidentifiedImageError(image.format)
        image = ImageOps.exif_transpose(image)  # also drops the EXIF (location, camera) on save
        image.thumbnail((settings.IMAGE_MAX_PIXELS, settings.IMAGE_MAX_PIXELS))
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(_("Only images (JPEG, PNG, WebP, GIF) and PDF documents can be attached.")) from error
    data = buffer.getvalue()
    return {
        "kind": AttachmentKind.IMAGE,
        "content": ContentFile(data),
        "size": len(data),
        "width": image.width,
        "height": image.height,
        "text": "",
    }


def new_token() -> str:
    return secrets.token_hex(16)
