"""A resource's file as a download: through Sinergi, which checks who may have it, never as a media path a
web server hands to anyone (only /media/forum/ is served directly). Public downloads are counted."""

from __future__ import annotations

from django.db.models import F
from django.http import FileResponse

from sinergi.data.models import DatasetResource

KNOWN_FORMATS = {"CSV", "XLSX", "JSON", "PDF", "XLS", "ODS", "GEOJSON", "ZIP"}


def file_response(resource: DatasetResource, private: bool = False) -> FileResponse:
    response = FileResponse(resource.file.open("rb"), as_attachment=True, filename=resource.filename,
                            content_type=resource.mimetype or "application/octet-stream")  # fmt: skip
    response["Cache-Control"] = "private, no-store" if private else "public, max-age=300"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def count(resource: DatasetResource) -> None:
    DatasetResource.objects.filter(pk=resource.pk).update(download_count=F("download_count") + 1)


def format_of_address(url: str) -> str:
    """A linked file's format by the ending of its address ("URL" when it says none)."""
    ending = url.rsplit("?", 1)[0].rsplit("#", 1)[0].rsplit(".", 1)[-1].upper()
    return ending if ending in KNOWN_FORMATS else "URL"

