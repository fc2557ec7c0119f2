"""The forum's own days (Hari Jadi Kabupaten and the like), kept by its moderators with where each comes from."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.dissemination.models import Observance
from sinergi.dissemination.observances import NATIONAL_DAYS


class ObservanceForm(forms.ModelForm):
    class Meta:
        model = Observance
        fields = ["name", "day", "every_year", "source"]
        widgets = {"day": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {"every_year": gettext_lazy("Off for a day that happens once, e.g. a festival with its own date.")}


@login_required
def observances(request):
    forum = current_forum(request)
    require("dissemination.edit_observances", request.user, forum)
    return _form_page(request, forum, None)


@login_required
def observance_edit(request, pk: int):
    forum = current_forum(request)
    require("dissemination.edit_observances", request.user, forum)
    return _form_page(request, forum, get_object_or_404(Observance, pk=pk, forum=forum))


@login_required
@require_POST
def observance_delete(request, pk: int):
    forum = current_forum(request)
    require("dissemination.edit_observances", request.user, forum)
    item = get_object_or_404(Observance, pk=pk, forum=forum)
    item.delete()
    messages.success(request, _("“%(name)s” is no longer on the calendar.") % {"name": item.name})
    return redirect("dissemination:observances")


def _form_page(request, forum, item: Observance | None):
    form = ObservanceForm(request.POST or None, instance=item or Observance(forum=forum))
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        messages.success(request, _("“%(name)s” is on the content calendar.") % {"name": saved.name})
        return redirect("dissemination:observances")
    return render(request, "dissemination/observances.html", {
        "form": form, "editing": item, "items": Observance.objects.filter(forum=forum),
        "national": sorted(NATIONAL_DAYS, key=lambda day: (day[0], day[1])),
    })  # fmt: skip
