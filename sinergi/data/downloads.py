"""A resource's file as a download: through Sinergi, which checks who may have it, never as a media path a
web server hands to anyone (only /media/forum/ is served directly). Public downloads are counted."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
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


class SizeLimit(FileUploadHandler):
    """Refuses a request larger than the dataset limit before any of it is written to disk: the body is read
    and dropped, the view sees `request.upload_refused` with the size and says so with the limit named."""

    def __init__(self, request, limit: int):
        super().__init__(request)
        self.limit = limit

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length and content_length > self.limit + FORM_ALLOWANCE:
            self.request.upload_refused = content_length

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if getattr(self.request, "upload_refused", None):
            raise StopUpload(connection_reset=False)  # the parser reads the rest of the body and drops it

    def receive_data_chunk(self, raw_data, start):
        return raw_data

    def file_complete(self, file_size):
        return None


FORM_ALLOWANCE = 64 * 1024  # the form's other fields and the multipart boundaries around the file
