"""Forms for the minutes (text and ordered decisions, the chair's review) and follow-up actions."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.list_filters import ListFilter
from sinergi.forum.models import Agency, Member
from sinergi.meetings.models import Action, ActionStatus, Meeting, Minutes


class MinutesForm(forms.ModelForm):
    class Meta:
        model = Minutes
        fields = ["summary", "outputs"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 8}), "outputs": forms.Textarea(attrs={"rows": 4})}


class DecisionForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    order = forms.IntegerField(label=_("No."), required=False, min_value=1, max_value=999,
                               widget=forms.NumberInput(attrs={"class": "narrow"}))  # fmt: skip
    text = forms.CharField(label=_("Decision"), required=False, max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 2}))


class BaseDecisionFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        for form in self.forms:
            if self.can_delete and self._should_delete_form(form):
                continue
            if form.cleaned_data.get("id") and not form.cleaned_data.get("text", "").strip():
                form.add_error("text", _("A decision cannot be empty; write it, or tick Remove."))

    def decisions(self) -> list[tuple[int | None, str]]:
        """The decisions to keep, in the order given by their numbers (then as listed); blank new rows are skipped."""
        rows = []
        for position, form in enumerate(self.forms):
            data = form.cleaned_data
            if not data or self._should_delete_form(form) or not data.get("text", "").strip():
                continue
            rows.append((data.get("order") or 1000, position, data.get("id"), data["text"]))
        return [(pk, text) for _order, _position, pk, text in sorted(rows, key=lambda row: row[:2])]


DecisionFormSet = forms.formset_factory(DecisionForm, formset=BaseDecisionFormSet, extra=2, can_delete=True)


def decision_initial(meeting: Meeting) -> list[dict]:
    return [{"id": d.pk, "order": n, "text": d.text} for n, d in enumerate(meeting.decisions.all(), start=1)]


class ApproveForm(forms.Form):
    is_public = forms.BooleanField(
        label=_("Also publish these minutes on the public portal"), required=False,
        help_text=_("They appear there only while the meeting is on the public agenda. The attendance list never does."),
    )  # fmt: skip


class SendBackForm(forms.Form):
    comment = forms.CharField(label=_("What should change"), max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 3}),
                              error_messages={"required": _("Say what should change before sending the minutes back.")})  # fmt: skip


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["title", "description", "decision", "agency", "person", "due_on"]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "title": {"required": _("Say what is to be done.")},
            "agency": {"required": _("Choose the responsible agency.")},
            "due_on": {"required": _("Choose the due date.")},
        }
        help_texts = {"person": _("Empty: the agency's head of PR answers for it and gets the reminders.")}

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].queryset = meeting.decisions.all()
        self.fields["decision"].label_from_instance = lambda d: f"{d.order}. {d.text[:100]}"
        self.fields["agency"].queryset = Agency.objects.active().filter(forum_id=meeting.forum_id).order_by("name")
        self.fields["person"].queryset = (
            Member.objects.in_forum(meeting.forum).filter(is_active=True).order_by("full_name")
        )


class ReportForm(forms.Form):
    seen = forms.ChoiceField(choices=ActionStatus.choices, widget=forms.HiddenInput)  # the status on the page
    status = forms.ChoiceField(label=_("Status"), choices=ActionStatus.choices)
    text = forms.CharField(label=_("Progress, or why the action is dropped"), required=False, max_length=limits.REASON,
                           widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    attachment = forms.FileField(label=_("Attachment"), required=False,
                                 help_text=_("A PDF, an image, or a Word, Excel or PowerPoint file."))  # fmt: skip


class BoardFilter(ListFilter):
    """The board's filters: status, agency and overdue as on every list of work, and the meeting."""

    pertemuan = forms.ModelChoiceField(label=_("Meeting"), queryset=Meeting.objects.none(), required=False,
                                       empty_label=_("All meetings"))  # fmt: skip

    def __init__(self, data, *, forum, agency=None):
        super().__init__(data, statuses=ActionStatus.choices,
                         agencies=Agency.objects.filter(forum=forum).order_by("name"))  # fmt: skip
        self.fields["pertemuan"].queryset = Meeting.objects.filter(forum=forum, actions__isnull=False).distinct()
        if agency is not None:  # an agency's own board
            del self.fields["instansi"]

    @property
    def chosen(self) -> dict:
        return {**super().chosen, "meeting": getattr(self, "cleaned_data", {}).get("pertemuan")}
