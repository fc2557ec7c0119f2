"""The audit trail and the health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sinergi.core.audit_display import name_related
from sinergi.core.contributions import Card
from sinergi.core.forums import current_forum
from sinergi.core.models import AuditEntry
from sinergi.core.permissions import allowed, require


def audit_card(request, forum) -> Card | None:
    """The audit trail's card on the back-office home, for those who may read it."""
    if forum is None or not allowed("core.view_audit", request.user, forum):
        return None
    return Card(_("Audit trail"), ((_("Who changed what, and when"), reverse("core:audit")),), order=70)


@login_required
def audit_list(request):
    forum = current_forum(request)
    require("core.view_audit", request.user, forum)
    entries = AuditEntry.objects.filter(forum_id=forum.pk).select_related("actor", "content_type")
    model = request.GET.get("model", "")
    if model:
        entries = entries.filter(content_type__model=model)
    models = ContentType.objects.filter(
        pk__in=AuditEntry.objects.filter(forum_id=forum.pk).values("content_type")
    ).order_by("model")
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    page.object_list = name_related(page.object_list)
    return render(request, "core/audit_list.html", {"page": page, "models": models, "model": model})


def _check(probe) -> str:
    try:
        probe()
    except Exception as exc:  # a health check reports every failure, whatever its type
        return f"error: {type(exc).__name__}"
    return "ok"


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _queue() -> None:
    from huey.contrib.djhuey import HUEY

    # Immediate mode keeps tasks in memory; ask the real storage the workers share.
    storage = HUEY.get_storage(**HUEY.storage_kwargs) if HUEY.immediate else HUEY.storage
    storage.queue_size()


@never_cache
def healthz(request):
    checks = {"database": _check(_database), "queue": _check(_queue)}
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503)
