"""The forum's own record: name, region, time zone, logo and contacts, kept by its moderators."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from sinergi.core.forums import current_forum
from sinergi.core.permissions import require
from sinergi.forum.models import Forum

MAX_LOGO_BYTES = 1024 * 1024


class ForumForm(forms.ModelForm):
    class Meta:
        model = Forum
        fields = [
            "name", "region_name", "region_code", "time_zone", "logo", "contact_email", "contact_phone",
            "address", "website",
        ]  # fmt: skip
        widgets = {"address": forms.Textarea(attrs={"rows": 2})}

    theme_colour = forms.RegexField(
        label=_lazy("Theme colour"), regex=r"^#[0-9a-fA-F]{6}$", required=False, max_length=7,
        widget=forms.TextInput(attrs={"type": "color"}),
        error_messages={"invalid": _lazy("Give the colour as # and six hexadecimal digits, e.g. #0b4f6c.")},
    )  # fmt: skip
    share_frame = forms.BooleanField(
        label=_lazy("Frame share-kit images with the logo and the theme colour"), required=False,
        help_text=_lazy("A band along the bottom of every image the share kits make; an agency may leave it off a kit."),
    )  # fmt: skip

    pembina_review = forms.BooleanField(
        label=_lazy("The pembina data reviews datasets after the walidata"), required=False,
        help_text=_lazy("Satu Data: a dataset the walidata approves goes to the forum's pembina data (e.g. BPS) "
                        "before it is published."),
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pembina_review"].initial = bool(self.instance.settings.get("pembina_review"))
        self.fields["theme_colour"].initial = self.instance.settings.get("theme_colour", "#0b4f6c")
        self.fields["share_frame"].initial = bool(self.instance.settings.get("share_frame"))

    def save(self, commit=True):
        forum = super().save(commit=False)
        forum.settings = {**forum.settings, "theme_colour": self.cleaned_data.get("theme_colour") or "#0b4f6c",
                          "share_frame": self.cleaned_data.get("share_frame", False),
                          "pembina_review": self.cleaned_data.get("pembina_review", False)}  # fmt: skip
        if commit:
            forum.save()
        return forum

    def clean_logo(self):
        # ImageField already opens the file with Pillow, so a disguised file fails by its content.
        logo = self.cleaned_data.get("logo")
        if logo and getattr(logo, "size", 0) > MAX_LOGO_BYTES:
            raise forms.ValidationError(_("The logo may be at most 1 MB."))
        return logo


@login_required
def forum_edit(request):
    forum = current_forum(request)
    require("forum.change_forum", request.user, forum)
    form = ForumForm(request.POST or None, request.FILES or None, instance=forum)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Forum details saved."))
        return redirect("workspace:home")
    return render(request, "forum/forum_form.html", {"form": form})
