"""The back office's front page, the audit trail, and the health check."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from sinergi.core.audit_display import name_related
from sinergi.core.forums import current_forum, forum_or_none
from sinergi.core.models import AuditEntry
from sinergi.core.permissions import allowed, require


@login_required
def workspace(request):
    from sinergi.forum.announcements import unread_count
    from sinergi.releases.models import Release  # the workspace gathers what every app has waiting

    forum = forum_or_none(request)
    user = request.user
    waiting = Release.objects.in_forum(forum).waiting_for(user).select_related("agency") if forum else []
    can_see_channel = allowed("forum.view_channel", user, forum)
    return render(
        request,
        "core/workspace.html",
        {
            "my_agencies": user.agencies().filter(forum=forum) if forum else [],
            "my_forum_roles": user.forum_roles.filter(forum=forum) if forum else [],
            "can_see_directory": allowed("forum.view_directory", user, forum),
            "can_manage": allowed("forum.manage_members", user, forum),
            "can_audit": allowed("core.view_audit", user, forum),
            "waiting": waiting[:10] if forum else [],
            "can_see_requests": allowed("ppid.view_requests", user, forum),
            "can_see_channel": can_see_channel,
            "channel_unread": unread_count(forum, user) if can_see_channel else 0,
            **_meetings(forum, user),
        },
    )


def _meetings(forum, user) -> dict:
    """The member's next meetings and the follow-up actions they answer for, for the workspace."""
    from sinergi.meetings.actions import answered_for_by
    from sinergi.meetings.invitations import meetings_for

    if not allowed("meetings.view", user, forum):
        return {"can_see_meetings": False}
    actions = answered_for_by(user, forum).unfinished()
    return {
        "can_see_meetings": True,
        "my_meetings": meetings_for(user, forum).upcoming()[:3],
        "my_actions": actions.select_related("agency")[:5],
        "today": timezone.localdate(),
    }


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
