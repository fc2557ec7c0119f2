"""The clash panel on a release under review, and the moderator's verdict on one of its findings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sinergi.core.contributions import Panel
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.dissemination import clash_index, clashes, data_figures
from sinergi.releases.models import Release

ANCHOR = "clashes"


def clash_panel(request, release) -> Panel | None:
    """For a moderator, on a release not yet published: what may clash with other agencies' releases."""
    if not isinstance(release, Release) or release.status not in clash_index.ON_THE_WAY:
        return None
    if not allowed("releases.review_release", request.user, release):
        return None
    found = clashes.review(release)
    against_data = data_figures.findings(clash_index.text_of(release), release.agency.forum)
    return Panel(str(gettext_lazy("Clashes with other agencies")), "dissemination/clash_panel.html", ANCHOR,
                 {"review": found, "release": release, "shown": found.shown, "data": against_data}, order=10)  # fmt: skip


@login_required
@require_POST
def mark(request, pk: int):
    release = get_object_or_404(Release.objects.in_forum(current_forum(request)).select_related("agency__forum"), pk=pk)
    require("releases.review_release", request.user, release)
    if release.status not in clash_index.ON_THE_WAY:
        messages.error(request, _("Clashes are checked while a release is on its way; this one is no longer."))
        return redirect(release.get_workspace_url())
    back = release.get_workspace_url() + "#" + ANCHOR
    wanted = (request.POST.get("other", ""), request.POST.get("kind", ""), request.POST.get("key", ""))
    finding = next((f for f in clashes.findings(release) if (str(f.other.pk), f.kind, f.key) == wanted), None)
    verdict = request.POST.get("verdict", "")
    if finding is None:
        messages.error(request, _("That finding is no longer there: the texts changed since the page was shown."))
        return redirect(back)
    if verdict not in finding.verdicts:
        messages.error(request, _("Choose one of the verdicts offered."))
        return redirect(back)
    note = request.POST.get("note", "").strip()
    if len(note) > 300:
        messages.error(request, _("Keep the note under 300 characters; nothing was saved."))
        return redirect(back)
    clashes.mark(release, finding.other, finding.kind, finding.key, verdict, request.user, note)
    messages.success(request, _("Your verdict is kept with this release."))
    return redirect(back)
