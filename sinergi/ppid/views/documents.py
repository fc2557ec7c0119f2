"""The information itself: the PPID gives documents with the written notice; the requester downloads them
from their private page; every download is recorded."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.core.workflow import TransitionError
from sinergi.ppid.forms import DocumentForm
from sinergi.ppid.models import InformationRequest, NoticeDocument, RequestAction
from sinergi.ppid.views.office import _request_for


@login_required
@require_POST
def give(request, pk: int):
    item = _request_for(request, pk, "ppid.answer_request")
    if not hasattr(item, "notice"):
        raise Http404
    form = DocumentForm(request.POST, request.FILES, prefix="dokumen")  # the fields of the detail page
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for errors in form.errors.values() for error in errors))
        return redirect(item.get_office_url() + "#dokumen")
    try:
        NoticeDocument.give(item.notice, form.prepared, form.cleaned_data["name"], request.user,
                            blacked_out=form.cleaned_data["blacked_out"],
                            personal_data_note=form.cleaned_data["personal_data_note"])  # fmt: skip
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The document is on the requester's page. Tell them when all are there."))
    return redirect(item.get_office_url() + "#dokumen")


@login_required
@require_POST
def tell_requester(request, pk: int):
    """The documents are all there: the requester hears of it (by e-mail when they gave an address)."""
    item = _request_for(request, pk, "ppid.answer_request")
    if not hasattr(item, "notice") or not item.notice.documents.exists():
        raise Http404
    if not item.email:
        messages.warning(request, _("The requester gave no e-mail address: tell them by phone or letter."))
        return redirect(item.get_office_url() + "#dokumen")
    item.record(request.user, RequestAction.DOCUMENTS_ANNOUNCED)  # its effect sends the e-mail after commit
    messages.success(request, _("The e-mail to the requester is being sent."))
    return redirect(item.get_office_url() + "#dokumen")


@login_required
def office_download(request, pk: int, document_id: int):
    item = _request_for(request, pk, "ppid.view_request")
    document = get_object_or_404(NoticeDocument, pk=document_id, notice__request=item)
    document.record_download(request.user)
    return _file(document)


def requester_download(request, token: str, document_id: int):
    """The requester's download, behind their private link."""
    item = get_object_or_404(InformationRequest, tracking_token=token)
    document = get_object_or_404(NoticeDocument, pk=document_id, notice__request=item)
    document.record_download()
    return _file(document)


def _file(document: NoticeDocument):
    response = file_response(document.file, as_attachment=True, filename=document.download_name())
    response["Cache-Control"] = "private, no-store"
    return response
