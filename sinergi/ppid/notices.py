"""The written notice's PDF for whoever a view has let in; issuing it is `InformationRequest.give_notice`."""

from __future__ import annotations

from django.http import FileResponse, Http404

from sinergi.core.downloads import file_response
from sinergi.ppid.models import InformationRequest


def notice_pdf_response(item: InformationRequest) -> FileResponse:
    """The notice's PDF for whoever the calling view has already let in (PPID, atasan, or the link holder)."""
    if not hasattr(item, "notice"):
        raise Http404
    response = file_response(item.notice.pdf, filename=f"pemberitahuan-{item.pk}.pdf")
    response["Cache-Control"] = "private, no-store"
    return response
