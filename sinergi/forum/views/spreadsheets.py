"""Bring the directory in from a spreadsheet (upload, preview, confirm) and take it out again."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.core.spreadsheets import SpreadsheetError, read_table, table_response
from sinergi.forum import directory_export, directory_import
from sinergi.forum.directory_import import ImportRefused
from sinergi.forum.forms import ImportForm
from sinergi.forum.invitations import invite
from sinergi.forum.models import DirectoryImport


@login_required
def import_upload(request):
    forum = current_forum(request)
    require("forum.import_directory", request.user, forum)
    form = ImportForm(request.POST or None, request.FILES or None, max_bytes=settings.DIRECTORY_IMPORT_MAX_BYTES)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        data = upload.read()
        try:
            read_table(data)
        except SpreadsheetError as exc:
            form.add_error("file", str(exc))
        else:
            batch = DirectoryImport.objects.create(
                forum=forum, kind=form.cleaned_data["kind"], file_name=upload.name[:200], data=data,
                created_by=request.user,
            )  # fmt: skip
            return redirect("forum:import_preview", pk=batch.pk)
    return render(request, "forum/import_upload.html", {"form": form})


@login_required
def import_preview(request, pk: int):
    forum = current_forum(request)
    require("forum.import_directory", request.user, forum)
    batch = get_object_or_404(DirectoryImport, pk=pk, forum=forum)
    rows = read_table(bytes(batch.data))
    error = None
    try:
        if batch.kind == DirectoryImport.Kind.AGENCIES:
            results = directory_import.check_agencies(forum, rows)
        else:
            results = directory_import.check_members(forum, rows, request.user)
    except ImportRefused as exc:
        results, error = [], str(exc)
    if request.method == "POST" and batch.status == DirectoryImport.Status.PENDING:
        if request.POST.get("action") == "cancel":
            batch.status = DirectoryImport.Status.CANCELLED
            batch.save(update_fields=["status"])
            messages.info(request, _("Import cancelled; nothing was changed."))
            return redirect("forum:directory")
        try:
            with transaction.atomic():
                # Locked and re-read: a second click or a second tab must not import twice.
                batch = DirectoryImport.objects.select_for_update().get(pk=batch.pk)
                if batch.status != DirectoryImport.Status.PENDING:
                    raise ImportRefused(_("This file has already been imported or cancelled."))
                count = _apply(batch, forum, rows, request)
        except ImportRefused as exc:
            error = str(exc)
        else:
            messages.success(request, _("%(count)s rows imported.") % {"count": count})
            return redirect("forum:directory" if batch.kind == DirectoryImport.Kind.AGENCIES else "forum:member_list")
    return render(
        request,
        "forum/import_preview.html",
        {
            "batch": batch,
            "results": results,
            "error": error,
            "has_errors": bool(error) or directory_import.has_errors(results),
            "error_count": sum(1 for r in results if r.errors),
            "columns": list(results[0].values) if results else [],
        },
    )


def _apply(batch: DirectoryImport, forum, rows, request) -> int:
    if batch.kind == DirectoryImport.Kind.AGENCIES:
        results = directory_import.apply_agencies(forum, rows)
    else:
        results, created = directory_import.apply_members(forum, rows, request.user)
        if request.POST.get("send_invitations"):
            for member in created:
                invite(member, forum, by=request.user)
    batch.status = DirectoryImport.Status.APPLIED
    batch.applied_at = timezone.now()
    batch.summary = {
        "created": sum(1 for r in results if r.action == "create"),
        "updated": sum(1 for r in results if r.action == "update"),
    }
    batch.save(update_fields=["status", "applied_at", "summary"])
    return len(results)


EXPORTS = {"agencies": directory_export.agency_rows, "members": directory_export.member_rows}
SHEET_TITLES = {"agencies": "instansi", "members": "anggota"}


@login_required
def export(request, what: str, fmt: str):
    forum = current_forum(request)
    require("forum.export_directory", request.user, forum)
    if what not in EXPORTS or fmt not in ("csv", "xlsx"):
        raise Http404
    header, rows = EXPORTS[what](forum)
    name = f"{forum.slug}-{SHEET_TITLES[what]}-{timezone.localdate():%Y%m%d}.{fmt}"
    return table_response(fmt, SHEET_TITLES[what], header, rows, name)
