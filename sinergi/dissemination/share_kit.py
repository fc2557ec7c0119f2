"""The share kit of a published release: a caption per platform, a short link per platform that counts
clicks (and nothing about who clicked), and the lead image cut for each platform's sizes around a focal
point the editor picks. Everything is made here with Pillow; nothing is sent to another service.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from sinergi.releases.models import Attachment, Release

# (platform, most characters a caption may have). X counts every link as 23 characters (t.co).
CAPTION_LIMITS = {"x": 280, "instagram": 2200, "facebook": 5000, "whatsapp": 1500, "tiktok": 2200}
X_LINK_LENGTH = 23
FRAME_BAND = 0.1  # the frame's band: this share of the rendition's shorter side
# (name, width, height, label): the sizes the platforms show best.
RENDITIONS = [
    ("feed", 1080, 1350, "Feed 4:5 (Instagram, Facebook)"),
    ("square", 1080, 1080, "Square 1:1"),
    ("story", 1080, 1920, "Story / Reels 9:16"),
    ("landscape", 1200, 630, "Link preview 1.91:1 (Facebook, X, WhatsApp)"),
    ("wide", 1600, 900, "Landscape 16:9 (X, YouTube)"),
]
# Where a click came from, as the short link's `dari` names it; anything else counts as "lain".
SOURCES = ("x", "instagram", "facebook", "whatsapp", "tiktok", "threads", "youtube")


def hashtags(release: Release) -> list[str]:
    """#HariPersNasional from the release's themes, then the agency's short name."""
    tags = []
    for theme in release.themes.all():
        words = re.findall(r"[0-9A-Za-z]+", theme.name)
        if words:
            tags.append("#" + "".join(word[:1].upper() + word[1:] for word in words))
    short = re.sub(r"[^0-9A-Za-z]", "", release.agency.short_name or "")
    if short:
        tags.append(f"#{short}")
    return list(dict.fromkeys(tags))


def short_url(kit, platform: str) -> str:
    return f"{settings.SITE_URL}{reverse('share_link', args=[kit.code])}?dari={platform}"


def draft_captions(release: Release, kit) -> dict[str, str]:
    """A first caption per platform from the title and summary; the admin edits them before posting."""
    tags = " ".join(hashtags(release))
    summary = " ".join(release.summary.split())
    captions = {
        "instagram": f"{release.title}\n\n{summary}\n\n{_('Read more')}: {short_url(kit, 'instagram')}\n\n{tags}",
        "facebook": f"{release.title}\n\n{summary}\n\n{short_url(kit, 'facebook')}\n\n{tags}",
        "whatsapp": f"*{release.title}*\n\n{summary}\n\n{short_url(kit, 'whatsapp')}",
        "tiktok": f"{release.title} {tags}",
    }
    # X: the title, as much of the summary as fits, the link (23 characters) and the tags that still fit.
    room = CAPTION_LIMITS["x"] - X_LINK_LENGTH - 2
    text = release.title if len(release.title) <= room else release.title[: room - 1] + "…"
    if summary and len(text) + 2 + 20 <= room:
        rest = room - len(text) - 2
        text += "\n\n" + (summary if len(summary) <= rest else summary[: rest - 1].rsplit(" ", 1)[0] + "…")
    for tag in hashtags(release):
        if x_length(f"{text} {tag}") + X_LINK_LENGTH + 1 <= CAPTION_LIMITS["x"]:
            text += f" {tag}"
    captions["x"] = f"{text}\n{short_url(kit, 'x')}"
    return {platform: captions[platform] for platform in CAPTION_LIMITS}


def x_length(text: str) -> int:
    """Characters as X counts them: each web address as 23."""
    return len(re.sub(r"https?://\S+", "x" * X_LINK_LENGTH, text))


def caption_length(platform: str, text: str) -> int:
    return x_length(text) if platform == "x" else len(text)


# --- the lead image --------------------------------------------------------------------------------


def lead_image(release: Release) -> Attachment | None:
    return release.attachments.public().filter(kind="image").order_by("pk").first()


@dataclass(frozen=True)
class Frame:
    """The forum's frame: a band along the bottom in its theme colour, with its logo and name."""

    colour: tuple[int, int, int]
    name: str
    logo: object = None  # the forum's logo file, when it has one

    def band(self, width: int, height: int) -> int:
        return round(min(width, height) * FRAME_BAND)


def frame_of(forum) -> Frame | None:
    """The frame the moderators set for the forum's share images; None when they set none."""
    colour = forum.settings.get("theme_colour", "") if forum.settings.get("share_frame") else ""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour or ""):
        return None
    rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return Frame(rgb, forum.name, forum.logo if forum.logo else None)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    height: int
    label: str
    box: tuple[int, int, int, int] | None  # the crop in the lead image; None when the image is too small
    band: int = 0  # the frame's band at the bottom, in pixels; the photo fills the rest

    @property
    def possible(self) -> bool:
        return self.box is not None


def crop_box(width: int, height: int, target_w: int, target_h: int, fx: float, fy: float):
    """The largest box of the target's shape in a `width` × `height` image, centred on the focal point
    (fx, fy as fractions) as far as the edges allow; None when it would have to be enlarged."""
    scale = min(width / target_w, height / target_h)
    if scale < 1:
        return None
    box_w, box_h = round(target_w * scale), round(target_h * scale)
    left = min(max(round(fx * width - box_w / 2), 0), width - box_w)
    top = min(max(round(fy * height - box_h / 2), 0), height - box_h)
    return (left, top, left + box_w, top + box_h)


def source_of(image: Attachment):
    """The file the kit cuts from: the larger copy kept at upload when there is one, else the web copy."""
    return image.share_source if image.share_source else image.file


def source_size(image: Attachment | None) -> tuple[int, int]:
    if image is None:
        return 0, 0
    if not image.share_source:
        return image.width or 0, image.height or 0
    from PIL import Image  # heavy: only when an image is cut

    with image.share_source.open("rb") as stored, Image.open(stored) as source:
        return source.size  # read from the header, not decoded


def renditions(image: Attachment | None, fx: float, fy: float, frame: Frame | None = None) -> list[Rendition]:
    """Each size the platforms want; with a frame the photo fills the size above its band, so the band never
    covers the focal point."""
    width, height = source_size(image)
    found = []
    for name, w, h, label in RENDITIONS:
        band = frame.band(w, h) if frame else 0
        found.append(Rendition(name, w, h, label, crop_box(width, height, w, h - band, fx, fy) if width else None, band))
    return found


def render(image: Attachment, rendition: Rendition, frame: Frame | None = None) -> bytes:
    """The rendition as a JPEG of exactly its size, framed when the forum has a frame."""
    from PIL import Image  # heavy: only when an image is cut

    photo_size = (rendition.width, rendition.height - rendition.band)
    with source_of(image).open("rb") as stored, Image.open(stored) as source:
        cut = source.convert("RGB").crop(rendition.box).resize(photo_size, Image.LANCZOS)
    if frame is not None and rendition.band:
        canvas = Image.new("RGB", (rendition.width, rendition.height), frame.colour)
        canvas.paste(cut, (0, 0))
        _draw_band(canvas, rendition.band, frame)
        cut = canvas
    buffer = io.BytesIO()
    cut.save(buffer, "JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def _draw_band(canvas, band: int, frame: Frame) -> None:
    from PIL import Image, ImageDraw, ImageFont

    width, height = canvas.size
    pad = max(band // 6, 4)
    left = pad * 2
    if frame.logo:
        try:
            with frame.logo.open("rb") as stored, Image.open(stored) as logo:
                logo = logo.convert("RGBA")
                logo.thumbnail((band * 3, band - 2 * pad))
                canvas.paste(logo, (left, height - band + (band - logo.height) // 2), logo)
                left += logo.width + pad * 2
        except (OSError, ValueError):  # a logo that cannot be read leaves the name alone in the band
            pass
    luminance = 0.2126 * frame.colour[0] + 0.7152 * frame.colour[1] + 0.0722 * frame.colour[2]
    ink = (0, 0, 0) if luminance > 150 else (255, 255, 255)
    draw = ImageDraw.Draw(canvas)
    room = width - left - pad * 2
    size = max(band * 2 // 5, 12)
    font = ImageFont.load_default(size=size)
    while size > max(band // 4, 12) and draw.textlength(frame.name, font=font) > room:  # smaller before shorter
        size -= 2
        font = ImageFont.load_default(size=size)
    name = frame.name
    while name and draw.textlength(name, font=font) > room:
        name = name[:-2].rstrip() + "…" if len(name) > 2 else ""
    draw.text((left, height - band / 2), name, fill=ink, font=font, anchor="lm")


def kit_frame(kit) -> Frame | None:
    """The forum's frame, unless this kit's editor chose the images without it."""
    return frame_of(kit.release.agency.forum) if kit.framed else None


def zip_kit(release: Release, kit, captions: dict[str, str]) -> bytes:
    """Every caption in one text file and every rendition the image allows, as one ZIP."""
    buffer = io.BytesIO()
    image = lead_image(release)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        parts = [f"== {platform} ==\n{text}\n" for platform, text in captions.items()]
        archive.writestr("keterangan.txt", "\n".join(parts))
        frame = kit_frame(kit)
        for rendition in renditions(image, kit.focal_x, kit.focal_y, frame):
            if rendition.possible:
                archive.writestr(f"{rendition.name}-{rendition.width}x{rendition.height}.jpg",
                                 render(image, rendition, frame))  # fmt: skip
    return buffer.getvalue()
