"""The dataset size limit applied while an upload arrives, before Django writes the file to disk."""

from __future__ import annotations

from django.core.files.uploadhandler import FileUploadHandler, StopUpload


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
