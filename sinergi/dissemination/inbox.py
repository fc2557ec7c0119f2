"""What amplification puts in a member's inbox: releases to share for their agency, and links refused by
the check that a moderator must look at."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.contributions import InboxItem
from sinergi.dissemination.amplification import waiting_targets
from sinergi.dissemination.models import PostReport, ReportState
from sinergi.forum.models import ForumRoleKind


def releases_to_share(member, forum):
    today = forum.today()
    for target in waiting_targets(member, forum):
        request = target.request
        due = forum.date_of(request.due_at)
        yield InboxItem(request.release.title, reverse("dissemination:board", args=[request.pk]),
                        _("Amplification"), _("Share and report the post links"), due_on=due,
                        days_left=(due - today).days, in_working_days=False, agency=target.agency.name,
                        since=request.created_at, urgent=request.urgent and timezone.now() <= request.due_at)  # fmt: skip


def links_to_accept(member, forum):
    if not member.has_forum_role(forum, ForumRoleKind.MODERATOR):
        return
    refused = (PostReport.objects.filter(state=ReportState.REFUSED, target__request__forum=forum,
                                         target__request__closed_at__isnull=True)
               .select_related("target__agency", "target__request__release"))  # fmt: skip
    for post in refused:
        yield InboxItem(post.target.request.release.title,
                        reverse("dissemination:board", args=[post.target.request_id]) + f"#lapor-{post.target_id}",
                        _("Amplification"), _("A reported link failed the check: accept it or ask again"),
                        agency=post.target.agency.name, since=post.reported_at)  # fmt: skip
