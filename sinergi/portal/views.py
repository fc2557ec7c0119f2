"""The public portal: what anyone may read without an account."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control

from sinergi.core import markdown
from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum, forum_or_none
from sinergi.core.params import page_number
from sinergi.data import citations
from sinergi.forum.models import Agency, AgencyKind
from sinergi.portal import queries
from sinergi.ppid import clock
from sinergi.releases.models import Attachment, Release, Theme

PAGE_SIZE = 20
SEARCH_PAGE_SIZE = 10


def home(request):
    forum = forum_or_none(request)
    if forum is None:
        return render(request, "portal/home.html", {"agency_count": 0})
    releases = queries.public_releases(forum)
    agencies = Agency.objects.active().filter(forum=forum)
    return render(request, "portal/home.html", {
        "latest": releases[:8],
        "urgent": releases.urgent()[:3],
        "agencies": [a for a in queries.agencies_with_releases(forum) if a.release_count][:12],
        "themes": [t for t in queries.themes_with_releases(forum) if t.release_count][:12],
        "agency_count": agencies.count(),
        "kecamatan_count": agencies.filter(kind=AgencyKind.KECAMATAN).count(),
        "notice_days": clock.periods(forum).get("notice"),
    })  # fmt: skip


def _page(request, queryset, size=PAGE_SIZE):
    return Paginator(queryset, size).get_page(request.GET.get("halaman"))


def release_list(request):
    forum = current_forum(request)
    return render(request, "portal/release_list.html", {"page": _page(request, queries.public_releases(forum))})


def release_page(request, pk: int, slug: str = ""):
    forum = current_forum(request)
    release = queries.public_releases(forum).filter(pk=pk).first()
    if release is None:
        # Only what was once public leaves a notice; a release withdrawn before it appeared stays unknown.
        gone = (
            Release.objects.in_forum(forum)
            .filter(pk=pk, withdrawn_at__isnull=False, published_at__lte=timezone.now())
            .not_exempt()
            .first()
        )
        if gone is None:
            return render(request, "404.html", status=404)
        # A withdrawn release leaves only its public reason, never its text.
        return render(request, "portal/withdrawn.html", {"release": gone}, status=410)
    if slug != release.slug:
        return redirect(release.get_absolute_url(), permanent=True)
    return render(request, "portal/release.html", {
        "release": release,
        # The release is public already, so only the attachments' own class matters here.
        "attachments": release.attachments.not_exempt(),
        "corrections": release.corrections.all(),
        "url": request.build_absolute_uri(release.get_absolute_url()),
        "image": release.public_images[0] if release.public_images else None,
        "description": markdown.plain(release.summary or release.body),
        "withdrawn_data": citations.withdrawn(release.body, forum),
    })  # fmt: skip


def agency_page(request, slug: str):
    forum = current_forum(request)
    agency = get_object_or_404(Agency.objects.active(), forum=forum, slug=slug)
    page = _page(request, queries.public_releases(forum).filter(agency=agency))
    return render(request, "portal/agency.html", {"agency": agency, "page": page,
                                                  "social_accounts": agency.social_accounts.all()})  # fmt: skip


def agency_list(request):
    forum = current_forum(request)
    return render(request, "portal/agency_list.html", {"agencies": queries.agencies_with_releases(forum)})


def theme_page(request, slug: str):
    forum = current_forum(request)
    theme = get_object_or_404(Theme, forum=forum, slug=slug, is_active=True)
    page = _page(request, queries.public_releases(forum).filter(themes=theme))
    return render(request, "portal/theme.html", {"theme": theme, "page": page})


def search_page(request):
    forum = current_forum(request)
    query = request.GET.get("q", "").strip()[:200]
    number = page_number(request.GET.get("halaman"))
    results, total = ([], 0)
    if query:
        offset = (number - 1) * SEARCH_PAGE_SIZE
        results, total = queries.search_releases(forum, query, limit=SEARCH_PAGE_SIZE, offset=offset)
    pages = (total + SEARCH_PAGE_SIZE - 1) // SEARCH_PAGE_SIZE
    return render(request, "portal/search.html", {
        "query": query, "results": results, "total": total, "number": number,
        "previous": number - 1 if number > 1 else None, "next": number + 1 if number < pages else None,
    })  # fmt: skip


@cache_control(public=True, max_age=300)  # short: a withdrawn release's files must leave caches soon
def attachment(request, pk: int, name: str):
    forum = current_forum(request)
    item = get_object_or_404(Attachment.objects.public().select_related("release"), pk=pk,
                             release__agency__forum=forum)  # fmt: skip
    return file_response(item.file, filename=item.download_name, as_attachment=not item.is_image)
