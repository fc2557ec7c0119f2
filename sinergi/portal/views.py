"""The public portal: what anyone may read without an account."""

from __future__ import annotations

from django.shortcuts import render

from sinergi.core.forums import forum_or_none
from sinergi.forum.models import Agency, AgencyKind


def home(request):
    forum = forum_or_none(request)
    agencies = Agency.objects.active().filter(forum=forum) if forum else Agency.objects.none()
    return render(
        request,
        "portal/home.html",
        {"agency_count": agencies.count(), "kecamatan_count": agencies.filter(kind=AgencyKind.KECAMATAN).count()},
    )
