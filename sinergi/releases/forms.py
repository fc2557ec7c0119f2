from __future__ import annotations

import zoneinfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits, uploads
from sinergi.releases.models import Attachment, Release, Theme

CLASSIFICATION_FIELDS = [
    "kip_class", "berkala_item", "exemption_ground", "exemption_legal_basis", "exemption_consequence",
    "exemption_ends_on", "exemption_decree_number", "exemption_decree_date",
]  # fmt: skip
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ClassificationMixin:
    """Runs the KIP rules of `Classified` so their messages land beside the right fields."""

    def clean(self):
        cleaned = super().clean()
        for name in CLASSIFICATION_FIELDS:
            if name in cleaned:
                setattr(self.instance, name, cleaned[name])
        try:
            self.instance.clean_classification()
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                self.add_error(field, messages)
        return cleaned


class ReleaseForm(ClassificationMixin, forms.ModelForm):
    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Release
        fields = ["agency", "kind", "title", "summary", "body", "themes", "planned_on", *CLASSIFICATION_FIELDS]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "body": forms.Textarea(attrs={"rows": 16}),
            "exemption_legal_basis": forms.Textarea(attrs={"rows": 2}),
            "exemption_consequence": forms.Textarea(attrs={"rows": 3}),
            "exemption_ends_on": DATE,
            "planned_on": DATE,
            "exemption_decree_date": DATE,
        }

    def __init__(self, *args, agencies, forum, may_declassify: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.was_exempt = self.instance.pk is not None and self.instance.is_exempt
        self.may_declassify = may_declassify
        self.fields["agency"].queryset = agencies
        carried = self.instance.themes.values("pk") if self.instance.pk else Theme.objects.none().values("pk")
        self.fields["themes"].queryset = Theme.objects.filter(forum=forum).filter(
            Q(is_active=True) | Q(pk__in=carried)  # an inactive theme already carried is not dropped silently
        )
        if self.instance.pk:
            del self.fields["agency"]  # a release stays with the agency that drafted it
            self.fields["lock_version"].initial = self.instance.lock_version
        elif agencies.count() == 1:
            self.fields["agency"].initial = agencies.first()

    def clean_kip_class(self):
        value = self.cleaned_data["kip_class"]
        if self.was_exempt and value != "dikecualikan" and not self.may_declassify:
            raise ValidationError(_("Only a PPID or a moderator may open exempt information."))
        return value


class CorrectionForm(forms.ModelForm):
    lock_version = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=_("Correction notice"), max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Shown to readers above the corrected text."))  # fmt: skip

    class Meta:
        model = Release
        fields = ["title", "summary", "body"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3}), "body": forms.Textarea(attrs={"rows": 16})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lock_version"].initial = self.instance.lock_version


class AttachmentForm(ClassificationMixin, forms.ModelForm):
    upload = forms.FileField(label=_("File"), help_text=_("An image (JPEG, PNG, WebP) or a PDF document."))

    class Meta:
        model = Attachment
        fields = ["title", "alt_text", *CLASSIFICATION_FIELDS]
        widgets = {
            "exemption_legal_basis": forms.Textarea(attrs={"rows": 2}),
            "exemption_consequence": forms.Textarea(attrs={"rows": 2}),
            "exemption_ends_on": DATE,
            "planned_on": DATE,
            "exemption_decree_date": DATE,
        }

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        self.kind = uploads.kind_of(upload)  # size and first bytes only: nothing is parsed yet
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("upload") is None:
            return cleaned
        if self.kind == "image" and not cleaned.get("alt_text", "").strip():
            self.add_error("alt_text", _("Describe the image for people who cannot see it."))
        if self.errors:
            return cleaned  # the file is read, within its budget, only once everything else is right
        try:
            self.prepared = uploads.prepare(cleaned["upload"], large=settings.SHARE_IMAGE_MAX_PIXELS)
        except ValidationError as error:
            self.add_error("upload", error)
        return cleaned

    def save(self, commit: bool = True) -> Attachment:
        attachment = super().save(commit=False)
        prepared = self.prepared
        attachment.kind, attachment.size = prepared["kind"], prepared["size"]
        attachment.width, attachment.height = prepared.get("width"), prepared.get("height")
        attachment.text = prepared["text"]
        attachment.original_name = self.cleaned_data["upload"].name[:200]
        attachment.token = uploads.new_token()
        attachment.file.save("upload", prepared["content"], save=False)
        if prepared.get("large_content"):
            attachment.share_source.save("share", prepared["large_content"], save=False)
        if commit:
            attachment.save()
        return attachment


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), max_length=limits.LONG_TEXT, widget=forms.Textarea(attrs={"rows": 3}))
    paragraph = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)


class StepForm(forms.Form):
    """The comment that goes with a workflow step; some steps require it."""

    comment = forms.CharField(label=_("Comment"), required=False, max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 2}))


class ScheduleForm(forms.Form):
    publish_at = forms.DateTimeField(label=_("Publish at"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                                     input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])  # fmt: skip

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zoneinfo.ZoneInfo(forum.time_zone)
        self.fields["publish_at"].help_text = _("In the forum's time zone (%(zone)s).") % {"zone": forum.time_zone}

    def clean_publish_at(self):
        value = self.cleaned_data["publish_at"]
        # Read the wall-clock time in the forum's zone, whatever zone the request runs in.
        value = timezone.make_aware(timezone.make_naive(value), self.zone) if timezone.is_aware(value) else value
        if value <= timezone.now():
            raise ValidationError(_("Choose a publication time in the future, or publish now."))
        return value


class OverrideForm(forms.Form):
    fingerprint = forms.CharField(widget=forms.HiddenInput, max_length=64)
    kind = forms.CharField(widget=forms.HiddenInput, max_length=40)
    reason = forms.CharField(label=_("Why may this be published?"), min_length=10, max_length=limits.REASON,
                             widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class ThemeForm(forms.ModelForm):
    class Meta:
        model = Theme
        fields = ["name", "slug", "kind", "description", "starts_on", "ends_on", "is_active"]
        widgets = {"starts_on": DATE, "ends_on": DATE, "description": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The end date is before the start date."))
        slug = cleaned.get("slug")
        clash = Theme.objects.filter(forum=self.instance.forum, slug=slug).exclude(pk=self.instance.pk)
        if slug and clash.exists():
            self.add_error("slug", _("Another theme already uses this code."))
        name = cleaned.get("name")
        clash = Theme.objects.filter(forum=self.instance.forum, name__iexact=name).exclude(pk=self.instance.pk)
        if name and clash.exists():
            self.add_error("name", _("Another theme already has this name."))
        return cleaned
