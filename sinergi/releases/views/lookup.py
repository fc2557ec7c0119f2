"""Fetching a release for a view, scoped to the request's forum and checked against a rule."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.releases.models import Release


def release_for(request, pk: int, rule: str) -> Release:
    forum = current_forum(request)
    release = get_object_or_404(Release.objects.select_related("agency__forum", "created_by"), pk=pk,
                                agency__forum=forum)  # fmt: skip
    require(rule, request.user, release)
    return release
