"""Forms for convening meetings and series, their speakers and agenda, invitations and RSVP."""

from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from sinergi.core import pii
from sinergi.forum.models import Agency, AgencyRoleKind, ForumRoleKind, Member
from sinergi.meetings.invitations import ROLE_CHOICES
from sinergi.meetings.models import AgendaItem, Invitation, InviteeKind, Meeting, MeetingSeries, Rsvp, Speaker

LOCAL_DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ForumChoicesMixin:
    """Organisers from the forum's agencies; the chair from its members."""

    def limit_to_forum(self, forum) -> None:
        self.fields["organisers"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")
        self.fields["organisers"].widget = forms.CheckboxSelectMultiple(choices=self.fields["organisers"].choices)
        if "chair" in self.fields:
            self.fields["chair"].queryset = Member.objects.in_forum(forum).filter(is_active=True).order_by("full_name")


class MeetingForm(ForumChoicesMixin, forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["kind", "title", "description", "start", "end", "venue", "online_url", "organisers", "chair",
                  "is_public"]  # fmt: skip
        widgets = {"start": LOCAL_DATETIME, "end": LOCAL_DATETIME, "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, forum, may_choose_chair: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_to_forum(forum)
        if not may_choose_chair:
            # The chair approves the minutes: the organisers may not choose who approves their own work.
            self.fields["chair"].disabled = True
            self.fields["chair"].help_text = _("Chosen by the forum's secretariat.")

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", _("The meeting must end after it starts."))
        if not data.get("venue") and not data.get("online_url"):
            self.add_error("venue", _("Give a venue or an online meeting link."))
        check_public_description(self, data)
        return data


class SeriesForm(ForumChoicesMixin, forms.ModelForm):
    class Meta:
        model = MeetingSeries
        fields = ["kind", "title", "description", "frequency", "weekday", "week_of_month", "starts_on", "ends_on",
                  "start_time", "end_time", "on_holiday", "venue", "online_url", "organisers", "chair",
                  "is_public"]  # fmt: skip
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}),
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "description": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {"week_of_month": _("For a monthly series, e.g. the first Thursday.")}

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_to_forum(forum)

    def clean(self):
        data = super().clean()
        if data.get("start_time") and data.get("end_time") and data["end_time"] <= data["start_time"]:
            self.add_error("end_time", _("The meeting must end after it starts."))
        if data.get("ends_on") and data.get("starts_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The last date is before the first."))
        if not data.get("venue") and not data.get("online_url"):
            self.add_error("venue", _("Give a venue or an online meeting link."))
        check_public_description(self, data)
        return data


def check_public_description(form, data) -> None:
    """A meeting on the public agenda shows its description: no personal data in it."""
    if data.get("is_public") and data.get("description"):
        found = pii.find_personal_data(data["description"])
        if found:
            kinds = ", ".join(sorted({str(pii.KINDS[f.kind]) for f in found}))
            form.add_error("description", _("The description is public on the agenda and holds personal data "
                                            "(%(kinds)s); leave it out.") % {"kinds": kinds})  # fmt: skip


class SpeakerForm(forms.ModelForm):
    class Meta:
        model = Speaker
        fields = ["role", "member", "name", "organisation", "topic"]

    WHO = ("member", "name", "organisation", "topic")

    def has_changed(self) -> bool:
        """A row with no one in it is an empty row, whatever its role says."""
        if not self.instance.pk and not any((self.data.get(self.add_prefix(name)) or "").strip() for name in self.WHO):
            return False
        return super().has_changed()

    def clean(self):
        data = super().clean()
        if not data.get("DELETE") and not data.get("member") and not (data.get("name") or "").strip():
            self.add_error("name", _("Choose a member or write the guest's name."))
        return data


SpeakerFormSet = inlineformset_factory(Meeting, Speaker, form=SpeakerForm, extra=2, can_delete=True)


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["starts_at", "title"]
        widgets = {"starts_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}


AgendaFormSet = inlineformset_factory(Meeting, AgendaItem, form=AgendaItemForm, extra=3, can_delete=True)


class InvitationForm(forms.ModelForm):
    role = forms.ChoiceField(label=_("role"), choices=[("", "—"), *ROLE_CHOICES], required=False)

    class Meta:
        model = Invitation
        fields = ["kind", "agency", "role", "member"]

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")
        self.fields["member"].queryset = Member.objects.in_forum(forum).filter(is_active=True).order_by("full_name")

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        needed = {InviteeKind.AGENCY: "agency", InviteeKind.AGENCY_ROLE: "role", InviteeKind.FORUM_ROLE: "role",
                  InviteeKind.MEMBER: "member"}.get(kind)  # fmt: skip
        if needed and not data.get(needed):
            self.add_error(needed, _("Choose whom to invite."))
        roles = {InviteeKind.AGENCY_ROLE: AgencyRoleKind.values, InviteeKind.FORUM_ROLE: ForumRoleKind.values}
        if kind in roles and data.get("role") and data["role"] not in roles[kind]:
            self.add_error("role", _("That role is not an agency role.") if kind == InviteeKind.AGENCY_ROLE
                           else _("That role is not a forum role."))  # fmt: skip
        return data


class RsvpForm(forms.ModelForm):
    class Meta:
        model = Rsvp
        fields = ["answer", "note"]
        widgets = {"answer": forms.RadioSelect}


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason for cancelling"), widget=forms.Textarea(attrs={"rows": 2}),
                             max_length=1000)  # fmt: skip
