"""The forum's library: speakers' slides and documents, uploaded to a meeting or straight to the
library, found by topic and words, and downloaded by members only."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sinergi.core import limits
from sinergi.core.downloads import file_response
from sinergi.core.forums import current_forum
from sinergi.core.params import page_number
from sinergi.core.permissions import allowed, require
from sinergi.meetings import materials
from sinergi.meetings.models import Material, Meeting, Speaker

PAGE_SIZE = 20


class MaterialForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Title"), max_length=300)
    topic = forms.CharField(label=gettext_lazy("Topic"), max_length=200,
                            help_text=gettext_lazy("E.g. media relations, Satu Data, KIP."))  # fmt: skip
    description = forms.CharField(label=gettext_lazy("Description"), required=False, max_length=limits.LONG_TEXT,
                                  widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip
    speaker = forms.ModelChoiceField(queryset=Speaker.objects.none(), required=False, label=gettext_lazy("Speaker"),
                                     empty_label=gettext_lazy("Not one speaker's"))  # fmt: skip
    file = forms.FileField(label=gettext_lazy("File"))

    def __init__(self, *args, meeting: Meeting | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.checked: materials.Checked | None = None
        self.fields["file"].help_text = _("%(kinds)s; at most %(size)d MB.") % {
            "kinds": materials.kinds_accepted(), "size": materials.MAX_BYTES // (1024 * 1024),
        }  # fmt: skip
        self.fields["topic"].widget.attrs["list"] = "material-topics"
        if meeting is None:
            del self.fields["speaker"]
        else:
            self.fields["speaker"].queryset = meeting.speakers.select_related("member")
            self.fields["speaker"].label_from_instance = lambda s: f"{s.display_name} ({s.get_role_display()})"

    def clean_title(self) -> str:
        return _not_blank(self.cleaned_data["title"], _("Give the material a title."))

    def clean_topic(self) -> str:
        return _not_blank(self.cleaned_data["topic"], _("Give the topic, so that members find it by topic."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        materials.screen(upload)  # size and first bytes only: nothing is parsed yet
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("file") is not None and not self.errors:  # read, within its budget, only when all else is right
            try:
                self.checked = materials.check(cleaned["file"])
            except forms.ValidationError as error:
                self.add_error("file", error)  # shown beside the field, nothing saved
        return cleaned


def _not_blank(value: str, message: str) -> str:
    if not value.strip():
        raise forms.ValidationError(message)
    return value.strip()


# --- Uploading -----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def upload(request):
    """Straight to the library, by the secretariat."""
    forum = current_forum(request)
    require("meetings.convene", request.user, forum)
    return _upload(request, forum, None)


@login_required
@require_http_methods(["GET", "POST"])
def upload_for_meeting(request, pk: int):
    """A speaker's slides or a document of one meeting, by those who run it."""
    meeting = get_object_or_404(Meeting.objects.select_related("forum"), pk=pk, forum=current_forum(request))
    require("meetings.run_meeting", request.user, meeting)
    return _upload(request, meeting.forum, meeting)


def _upload(request, forum, meeting: Meeting | None):
    form = MaterialForm(request.POST or None, request.FILES or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        material = materials.add(
            forum, form.checked, original_name=data["file"].name, title=data["title"], topic=data["topic"],
            description=data["description"], meeting=meeting, speaker=data.get("speaker"), uploaded_by=request.user,
        )  # fmt: skip
        messages.success(request, _("“%(title)s” is in the library.") % {"title": material.title})
        return redirect(meeting.get_absolute_url() + "#materi" if meeting else reverse("meetings:library"))
    return render(request, "meetings/materials/upload.html", {
        "form": form, "meeting": meeting, "topics": materials.topics(forum),
    })  # fmt: skip


# --- Reading -------------------------------------------------------------------------------


@login_required
@require_GET
def library(request):
    """The forum's materials, newest first, or the best matches for the words searched; by topic."""
    forum = current_forum(request)
    require("meetings.view", request.user, forum)
    words = request.GET.get("q", "").strip()[:200]
    topic = request.GET.get("topik", "").strip()[:200]
    number = page_number(request.GET.get("halaman"))
    if words:
        found, total = materials.find(forum, words, topic=topic, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
        items = [(material, hit.snippet_html) for material, hit in found]
        pages = Paginator(range(total), PAGE_SIZE)
    else:
        pages = Paginator(materials.library(forum, topic=topic), PAGE_SIZE)
        items = [(material, "") for material in pages.get_page(number)]
    page = pages.get_page(number)
    return render(request, "meetings/materials/library.html", {
        "items": items, "page": page, "removable": materials.removable(request.user, forum, [m for m, _ in items]), "words": words, "topic": topic, "topics": materials.topics(forum),
        "can_upload": allowed("meetings.convene", request.user, forum),
    })  # fmt: skip


@login_required
@require_GET
def download(request, pk: int):
    """The file, to members of the forum only, always as a download: never shown inline by the browser."""
    material = get_object_or_404(Material, pk=pk, forum=current_forum(request))
    require("meetings.view", request.user, material.forum)
    response = file_response(material.file, as_attachment=True, filename=material.file_name,
                             content_type=material.content_type or "application/octet-stream")  # fmt: skip
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private"
    return response


@login_required
@require_POST
def delete(request, pk: int):
    material = get_object_or_404(Material.objects.select_related("forum", "meeting"), pk=pk,
                                 forum=current_forum(request))  # fmt: skip
    if not materials.may_remove(request.user, material):
        raise PermissionDenied("meetings.remove_material")
    meeting = material.meeting
    materials.remove(material)
    messages.success(request, _("“%(title)s” is removed from the library.") % {"title": material.title})
    return redirect(meeting.get_absolute_url() + "#materi" if meeting else reverse("meetings:library"))
