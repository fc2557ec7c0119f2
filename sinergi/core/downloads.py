"""Serving a stored file: a record whose file is missing answers 404, never a 500."""

from __future__ import annotations

import logging

from django.http import FileResponse, Http404

logger = logging.getLogger(__name__)


def file_response(field, **kwargs) -> FileResponse:
    """A FileResponse of the FieldFile `field`; Http404 when the record has no file or the storage lost it.

    A lost file (a database restored without its media folder, a file removed by hand) is logged
    so the operator learns of it; the visitor sees the ordinary "not found" page."""
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        logger.warning("A stored file is missing: %s", field.name)
        raise Http404 from None
    return FileResponse(handle, **kwargs)
