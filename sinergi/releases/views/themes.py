"""The forum's managed list of national and local themes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.forum.rules import is_forum_member
from sinergi.releases.forms import ThemeForm
from sinergi.releases.models import Theme


@login_required
def theme_list(request):
    forum = current_forum(request)
    if not is_forum_member(request.user, forum):
        require("releases.manage_themes", request.user, forum)
    themes = Theme.objects.filter(forum=forum).annotate(release_count=Count("releases"))
    return render(request, "releases/themes.html", {
        "themes": themes, "can_manage": allowed("releases.manage_themes", request.user, forum),
    })  # fmt: skip


@login_required
def theme_edit(request, pk: int | None = None):
    forum = current_forum(request)
    require("releases.manage_themes", request.user, forum)
    theme = get_object_or_404(Theme, pk=pk, forum=forum) if pk else Theme(forum=forum)
    form = ThemeForm(request.POST or None, instance=theme)
    if form.is_valid():
        form.save()
        messages.success(request, _("Theme saved."))
        return redirect("releases:themes")
    return render(request, "releases/theme_form.html", {"form": form, "theme": theme})
