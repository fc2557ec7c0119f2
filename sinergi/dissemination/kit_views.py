"""The share kit in the back office (captions, focal point, images, ZIP) and the public short link."""

from __future__ import annotations

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.db.models import F
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core.agents import is_automated
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.dissemination import share_kit
from sinergi.dissemination.models import ShareClick, ShareKit
from sinergi.releases.models import Release

LABELS = {"x": "X (Twitter)", "instagram": "Instagram", "facebook": "Facebook", "whatsapp": "WhatsApp",
          "tiktok": "TikTok / Reels"}  # fmt: skip


class KitForm(forms.Form):
    focal_x = forms.IntegerField(label=gettext_lazy("Focal point across (%)"), min_value=0, max_value=100)
    focal_y = forms.IntegerField(label=gettext_lazy("Focal point down (%)"), min_value=0, max_value=100)
    framed = forms.BooleanField(label=gettext_lazy("Put the forum's frame on the images"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for platform, limit in share_kit.CAPTION_LIMITS.items():
            self.fields[f"caption_{platform}"] = forms.CharField(
                label=LABELS[platform], max_length=limit + 500, required=False,
                widget=forms.Textarea(attrs={"rows": 4, "data-limit": limit, "data-platform": platform,
                                             "data-over": _("too long")}))  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        for platform, limit in share_kit.CAPTION_LIMITS.items():
            text = cleaned.get(f"caption_{platform}") or ""
            length = share_kit.caption_length(platform, text)
            if length > limit:
                self.add_error(f"caption_{platform}", _("%(length)d characters; %(platform)s takes at most %(limit)d.")
                               % {"length": length, "platform": LABELS[platform], "limit": limit})  # fmt: skip
        return cleaned


PHONE_SALT = "dissemination.kit-on-a-phone"
PHONE_LINK_HOURS = 24  # a kit opened by QR code on the admin's phone, without signing in there


def phone_token(kit: ShareKit) -> str:
    return signing.dumps({"kit": kit.pk}, salt=PHONE_SALT, compress=True)


def _kit_by_token(token: str) -> tuple[Release, ShareKit]:
    """The kit a phone link names, while the link is fresh and the release public; else "not found"."""
    try:
        data = signing.loads(token[:200], salt=PHONE_SALT, max_age=PHONE_LINK_HOURS * 3600)
    except signing.BadSignature:  # also an expired link
        raise Http404(_("This link has expired or is not whole: scan the code on the kit again.")) from None
    item = ShareKit.objects.filter(pk=data.get("kit") if isinstance(data, dict) else None).first()
    if item is None or not Release.objects.public().filter(pk=item.release_id).exists():
        raise Http404
    return item.release, item


def _kit_for(request, release_id: int) -> tuple[Release, ShareKit]:
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    release = get_object_or_404(Release.objects.public().in_forum(forum).select_related("agency__forum"), pk=release_id)
    kit, _created = ShareKit.objects.get_or_create(release=release)
    return release, kit


@login_required
def kit(request, release_id: int):
    release, item = _kit_for(request, release_id)
    drafts = share_kit.draft_captions(release, item)
    captions = {platform: item.captions.get(platform) or drafts[platform] for platform in drafts}
    initial = {"focal_x": round(item.focal_x * 100), "focal_y": round(item.focal_y * 100), "framed": item.framed,
               **{f"caption_{platform}": text for platform, text in captions.items()}}  # fmt: skip
    may_edit = allowed("dissemination.edit_kit", request.user, release)
    if request.method == "POST":
        require("dissemination.edit_kit", request.user, release)
    form = KitForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item.focal_x, item.focal_y = data["focal_x"] / 100, data["focal_y"] / 100
        if share_kit.lead_image(release) and share_kit.frame_of(release.agency.forum):
            item.framed = data["framed"]  # the box is shown only then
        item.captions = {platform: data[f"caption_{platform}"] for platform in drafts
                         if data[f"caption_{platform}"] and data[f"caption_{platform}"] != drafts[platform]}  # fmt: skip
        item.updated_by = request.user
        item.save()
        messages.success(request, _("The share kit is saved."))
        return redirect("dissemination:kit", release.pk)
    image = share_kit.lead_image(release)
    phone_url = settings.SITE_URL + reverse("kit_phone", args=[phone_token(item)])
    return render(request, "dissemination/kit.html", {
        "phone_url": phone_url, "phone_qr": segno.make(phone_url, error="m").svg_inline(scale=4, svgclass="qr"),
        "release": release, "kit": item, "form": form, "image": image,
        "renditions": share_kit.renditions(image, item.focal_x, item.focal_y, share_kit.kit_frame(item)),
        "forum_frame": share_kit.frame_of(release.agency.forum),
        "links": [(LABELS.get(p, p), share_kit.short_url(item, p)) for p in share_kit.CAPTION_LIMITS],
        "captions": captions, "clicks": _clicks(item), "source_size": share_kit.source_size(image), "may_edit": may_edit,
    })  # fmt: skip


def _clicks(item: ShareKit) -> list[tuple[str, int]]:
    totals: dict[str, int] = {}
    for source, count in item.clicks.values_list("source", "count"):
        totals[source] = totals.get(source, 0) + count
    return sorted(totals.items(), key=lambda pair: -pair[1])


def kit_phone(request, token: str):
    """The kit on the admin's phone, opened from the QR code: what it holds is public already (a published
    release, its captions and images), so the signed, expiring link is enough."""
    release, item = _kit_by_token(token)
    drafts = share_kit.draft_captions(release, item)
    image = share_kit.lead_image(release)
    return render(request, "dissemination/kit_phone.html", {
        "release": release, "token": token, "image": image,
        "captions": [(LABELS[p], p, item.captions.get(p) or drafts[p]) for p in drafts],
        "renditions": [r for r in share_kit.renditions(image, item.focal_x, item.focal_y, share_kit.kit_frame(item))
                       if r.possible],  # fmt: skip
    })  # fmt: skip


def kit_phone_image(request, token: str, name: str):
    release, item = _kit_by_token(token)
    return _image_response(release, item, name)


@login_required
def kit_image(request, release_id: int, name: str):
    release, item = _kit_for(request, release_id)
    return _image_response(release, item, name)


def _image_response(release: Release, item: ShareKit, name: str) -> HttpResponse:
    image = share_kit.lead_image(release)
    frame = share_kit.kit_frame(item)
    chosen = next((r for r in share_kit.renditions(image, item.focal_x, item.focal_y, frame) if r.name == name), None)
    if chosen is None or not chosen.possible:
        raise Http404
    response = HttpResponse(share_kit.render(image, chosen, frame), content_type="image/jpeg")
    response["Content-Disposition"] = f'attachment; filename="{release.slug or "rilis"}-{chosen.name}.jpg"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def kit_zip(request, release_id: int):
    release, item = _kit_for(request, release_id)
    drafts = share_kit.draft_captions(release, item)
    captions = {platform: item.captions.get(platform) or drafts[platform] for platform in drafts}
    response = HttpResponse(share_kit.zip_kit(release, item, captions), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="kit-{release.slug or release.pk}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


def share_link(request, code: str):
    """The short link: counts one click for its source and the forum's day, then goes to the release.
    A release no longer public answers "not found", like its own page."""
    item = ShareKit.objects.filter(code=code[:12]).select_related("release__agency__forum").first()
    if item is None or not Release.objects.public().filter(pk=item.release_id).exists():
        raise Http404
    if request.method == "GET" and not is_automated(request):  # link previews are sent on, never counted
        source = request.GET.get("dari", "")
        source = source if source in share_kit.SOURCES else "lain"
        day = item.release.agency.forum.today()
        click, _created = ShareClick.objects.get_or_create(kit=item, source=source, day=day)
        ShareClick.objects.filter(pk=click.pk).update(count=F("count") + 1)
    return redirect(item.release.get_absolute_url())
