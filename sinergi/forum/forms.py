from __future__ import annotations

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.forum.models import (
    Agency,
    AgencyKind,
    AgencyRole,
    AgencyRoleKind,
    DirectoryImport,
    Forum,
    ForumRoleKind,
    Member,
    SocialAccount,
)


class AgencyForm(forms.ModelForm):
    class Meta:
        model = Agency
        fields = [
            "name", "short_name", "slug", "kind", "parent", "region_code", "address", "phone", "email", "website",
            "description",
        ]  # fmt: skip
        widgets = {"address": forms.Textarea(attrs={"rows": 2}), "description": forms.Textarea(attrs={"rows": 3})}

    # Only moderators re-code or re-classify an agency; its own PR head keeps the rest current.
    MODERATOR_FIELDS = ("slug", "kind", "parent")

    def __init__(self, *args, forum: Forum, moderator: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.forum = forum
        if not moderator:
            for name in self.MODERATOR_FIELDS:
                self.fields[name].disabled = True
        parents = Agency.objects.filter(forum=forum)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents


SocialAccountFormSet = inlineformset_factory(
    Agency, SocialAccount, fields=["platform", "handle", "url"], extra=1, can_delete=True
)


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=limits.SEARCH_QUERY)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *AgencyKind.choices])


class MemberFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=limits.SEARCH_QUERY)
    agency = forms.ModelChoiceField(label=_("Agency"), required=False, queryset=Agency.objects.none())
    role = forms.ChoiceField(
        label=_("Role"), required=False, choices=[("", _("All roles")), *AgencyRoleKind.choices, *ForumRoleKind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("active", _("Active")), ("inactive", _("Deactivated")), ("all", _("All"))],
    )

    def __init__(self, *args, forum: Forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(forum=forum)


class MemberForm(forms.ModelForm):
    """A member's details and forum-wide roles; agency roles are edited in a formset beside it."""

    forum_roles = forms.MultipleChoiceField(
        label=_("Forum roles"), required=False, choices=ForumRoleKind.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Member
        fields = ["full_name", "email", "position", "phone"]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if Member.objects.filter(email=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("A member with this e-mail address already exists."))
        return email


class AgencyRoleForm(forms.ModelForm):
    """One role in one of the forum's agencies; give the formset `form_kwargs={"forum": ...}`."""

    class Meta:
        model = AgencyRole
        fields = ["agency", "role"]

    def __init__(self, *args, forum: Forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(forum=forum)


AgencyRoleFormSet = inlineformset_factory(Member, AgencyRole, form=AgencyRoleForm, extra=1, can_delete=True)


class InviteForm(MemberForm):
    agency = forms.ModelChoiceField(label=_("Agency"), required=False, queryset=Agency.objects.none())
    roles = forms.MultipleChoiceField(
        label=_("Roles in the agency"), required=False, choices=AgencyRoleKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    class Meta(MemberForm.Meta):
        pass

    def __init__(self, *args, forum: Forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(forum=forum)

    def clean(self):
        data = super().clean()
        if data.get("roles") and not data.get("agency"):
            self.add_error("agency", _("Choose the agency these roles are in."))
        if not data.get("roles") and not data.get("forum_roles"):
            self.add_error("roles", _("Give the member at least one role."))
        return data


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the file holds"), choices=DirectoryImport.Kind.choices)
    file = forms.FileField(label=_("CSV or XLSX file"))

    def __init__(self, *args, max_bytes: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.max_bytes:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": self.max_bytes // (1024 * 1024)}
            )
        return upload
