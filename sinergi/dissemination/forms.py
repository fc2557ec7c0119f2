"""The forms of amplification: asking agencies to share, reporting a post, declining, accepting a link."""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.dissemination.models import PLATFORMS
from sinergi.forum.models import Agency, AgencyKind
from sinergi.releases.models import Release

WHO = [("all", _("Every agency in the forum")), ("kind", _("The agencies of one kind")),
       ("chosen", _("The agencies I choose"))]  # fmt: skip


class AskForm(forms.Form):
    release = forms.ModelChoiceField(label=_("Published release"), queryset=Release.objects.none())
    platforms = forms.MultipleChoiceField(label=_("Platforms"), choices=PLATFORMS, widget=forms.CheckboxSelectMultiple,
                                          initial=["instagram", "facebook", "x"])  # fmt: skip
    due_at = forms.DateTimeField(label=_("Share by"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                                 help_text=_("Date and time, in the forum's time zone."))  # fmt: skip
    who = forms.ChoiceField(label=_("Ask"), choices=WHO, initial="all", widget=forms.RadioSelect)
    kind = forms.ChoiceField(label=_("Kind of agency"), choices=[("", "---------"), *AgencyKind.choices], required=False)
    agencies = forms.ModelMultipleChoiceField(label=_("Agencies"), queryset=Agency.objects.none(), required=False,
                                              widget=forms.CheckboxSelectMultiple)  # fmt: skip
    message = forms.CharField(label=_("Message to the agencies"), required=False, max_length=900,
                              widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    urgent = forms.BooleanField(label=_("Urgent (serta-merta)"), required=False)

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.forum = forum
        # The newest 200 published releases to choose from, and the one asked for by address (`?rilis=`).
        public = Release.objects.public().filter(agency__forum=forum)
        ids = list(public.order_by("-published_at").values_list("pk", flat=True)[:200])
        wanted = str(self.data.get("release") or self.initial.get("release") or "")
        if re.fullmatch(r"[0-9]{1,18}", wanted):
            ids.append(int(wanted))
        self.fields["release"].queryset = public.filter(pk__in=ids).select_related("agency").order_by("-published_at")
        self.fields["agencies"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")
        if not self.is_bound:
            self.initial.setdefault("due_at", (timezone.localtime() + dt.timedelta(hours=4)).strftime("%Y-%m-%dT%H:%M"))

    def clean_due_at(self):
        due = self.cleaned_data["due_at"]
        if due <= timezone.now():
            raise forms.ValidationError(_("The time to share by has already passed; choose a time in the future."))
        return due

    def clean(self):
        cleaned = super().clean()
        who = cleaned.get("who")
        active = Agency.objects.active().filter(forum=self.forum)
        if who == "kind":
            if not cleaned.get("kind"):
                self.add_error("kind", _("Choose the kind of agency."))
            cleaned["chosen"] = list(active.filter(kind=cleaned.get("kind")))
        elif who == "chosen":
            cleaned["chosen"] = list(cleaned.get("agencies") or [])
        else:
            cleaned["chosen"] = list(active)
        if who and not self.errors and not cleaned["chosen"]:
            self.add_error("agencies" if who == "chosen" else "kind", _("No agency matches: choose at least one."))
        return cleaned


class ReportForm(forms.Form):
    platform = forms.ChoiceField(choices=PLATFORMS, widget=forms.HiddenInput)
    url = forms.CharField(label=_("Link of the post"), max_length=2000,
                          widget=forms.URLInput(attrs={"placeholder": "https://", "inputmode": "url"}))  # fmt: skip


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=300, widget=forms.Textarea(attrs={"rows": 2}))
