"""Keeping a Badan Publik's record in the office: its letterhead, numbering, who signs and its units.

The forum's PPID utama (or a moderator) adds bodies and decides who acts for each and which agencies are
its units; a body's own PPID keeps its letterhead, numbering and signatories' details. Images (logo,
signatures) are checked by content and re-encoded like every upload.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sinergi.core import uploads
from sinergi.forum.models import Agency, Member
from sinergi.ppid.models import PublicBody, PublicBodyUnit

IMAGES = {"logo": _("logo"), "ppid_signature": _("signature image of the PPID"),
          "atasan_signature": _("signature image of the atasan PPID")}  # fmt: skip
# Who acts for a body and which agencies it answers for: decided by the forum, not by the body itself.
FORUM_DECIDES = ("kind", "ppid_head", "atasan", "units")


class PublicBodyForm(forms.ModelForm):
    units = forms.ModelMultipleChoiceField(
        label=_("Units (agencies whose information it holds)"), queryset=Agency.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("An agency can be a unit of one body only. Agencies in no other body belong to the main body."))
    logo_upload = forms.FileField(label=_("Logo for the letterhead"), required=False,
                                  widget=forms.ClearableFileInput(attrs={"accept": "image/*"}))  # fmt: skip
    ppid_signature_upload = forms.FileField(label=_("Signature image of the PPID"), required=False,
                                            widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
                                            help_text=_("Optional. Printed above the name on the PPID's letters."))  # fmt: skip
    atasan_signature_upload = forms.FileField(label=_("Signature image of the atasan PPID"), required=False,
                                              widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
                                              help_text=_("Optional. Printed above the name on the atasan's answers."))  # fmt: skip
    remove_images = forms.MultipleChoiceField(label=_("Remove"), required=False, choices=list(IMAGES.items()),
                                              widget=forms.CheckboxSelectMultiple)  # fmt: skip

    class Meta:
        model = PublicBody
        fields = ["name", "code", "kind", "description", "address", "phone", "email", "website", "place",
                  "number_pattern", "letter_pattern", "ppid_head", "ppid_position", "ppid_nip",
                  "atasan", "atasan_position", "atasan_nip"]  # fmt: skip
        widgets = {"address": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, forum, decides: bool, **kwargs):
        """`decides`: the member may add bodies and say who acts for them (else only the letterhead)."""
        super().__init__(*args, **kwargs)
        self.forum, self.prepared = forum, {}
        # The forum's people, and whoever acts for the body now even without a role in it (a Kajari).
        acting = [pk for pk in (self.instance.ppid_head_id, self.instance.atasan_id) if pk]
        people = Member.objects.filter(Q(pk__in=Member.objects.in_forum(forum).values("pk")) | Q(pk__in=acting),
                                       is_active=True).order_by("full_name")  # fmt: skip
        self.fields["ppid_head"].queryset = self.fields["atasan"].queryset = people
        taken = PublicBodyUnit.objects.filter(body__forum=forum).exclude(body=self.instance.pk or None)
        self.fields["units"].queryset = (Agency.objects.active().filter(forum=forum)
                                         .exclude(pk__in=taken.values("agency")).order_by("name"))  # fmt: skip
        if self.instance.pk:
            self.initial["units"] = list(self.instance.unit_links.values_list("agency", flat=True))
        if self.instance.is_main:
            del self.fields["units"]  # the main body answers for every agency no other body does
            self.fields["kind"].disabled = True
        for name in FORUM_DECIDES:
            if not decides and name in self.fields:
                self.fields[name].disabled = True
        present = [(name, label) for name, label in IMAGES.items() if getattr(self.instance, name)]
        if present:
            self.fields["remove_images"].choices = present
        else:
            del self.fields["remove_images"]

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip().upper()
        if PublicBody.objects.filter(forum=self.forum, code__iexact=code).exclude(pk=self.instance.pk).exists():
            raise ValidationError(_("Another public body in this forum has this code."))
        return code

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned  # read no file while anything else is wrong
        for name in IMAGES:
            upload = cleaned.get(f"{name}_upload")
            if not upload:
                continue
            try:
                prepared = uploads.prepare(upload)
            except ValidationError as error:
                self.add_error(f"{name}_upload", error)
                continue
            if prepared["kind"] != uploads.UploadKind.IMAGE:
                self.add_error(f"{name}_upload", _("Choose an image (JPEG, PNG, WebP or GIF), not a PDF."))
            else:
                self.prepared[name] = prepared["content"]
        return cleaned

    def save(self, commit: bool = True) -> PublicBody:
        body = super().save(commit=False)
        body.forum = self.forum
        for name in self.cleaned_data.get("remove_images") or []:
            getattr(body, name).delete(save=False)
        for name, content in self.prepared.items():
            getattr(body, name).save(f"{name}.jpg", content, save=False)
        body.save()
        if "units" in self.fields and not self.fields["units"].disabled:
            chosen = list(self.cleaned_data["units"])
            body.unit_links.exclude(agency__in=chosen).delete()
            for agency in chosen:
                PublicBodyUnit.objects.get_or_create(agency=agency, defaults={"body": body})
        return body
