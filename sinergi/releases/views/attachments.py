"""Attaching images and PDFs to a release, and reading them back in the office."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.downloads import file_response
from sinergi.releases.forms import AttachmentForm
from sinergi.releases.models import Attachment
from sinergi.releases.views.lookup import release_for


@login_required
def attach(request, pk: int):
    release = release_for(request, pk, "releases.change_release")
    form = AttachmentForm(request.POST or None, request.FILES or None, instance=Attachment(release=release))
    if request.method == "POST" and form.is_valid():
        attachment = form.save(commit=False)
        attachment.created_by = request.user
        attachment.save()
        messages.success(request, _("Attachment added."))
        return redirect(release.get_workspace_url() + "#attachments")
    return render(request, "releases/attach.html", {"form": form, "release": release})


@login_required
@require_POST
def detach(request, pk: int, attachment_id: int):
    release = release_for(request, pk, "releases.change_release")
    attachment = get_object_or_404(Attachment, pk=attachment_id, release=release)
    attachment.file.delete(save=False)
    attachment.share_source.delete(save=False)
    attachment.delete()
    messages.success(request, _("Attachment removed."))
    return redirect(release.get_workspace_url() + "#attachments")


@login_required
def download(request, pk: int, attachment_id: int):
    release = release_for(request, pk, "releases.view_release")
    attachment = get_object_or_404(Attachment, pk=attachment_id, release=release)
    return file_response(attachment.file, filename=attachment.download_name, as_attachment=not attachment.is_image)
