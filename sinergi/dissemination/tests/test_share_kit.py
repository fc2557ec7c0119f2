"""The share kit: captions within each platform's limit, the lead image cut to each platform's exact size
around the focal point (or told too small), one ZIP, and short links that count clicks and nothing more."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from sinergi.conftest import client_for
from sinergi.dissemination import share_kit
from sinergi.dissemination.models import ShareClick, ShareKit
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import make_theme, published


@pytest.fixture
def release(imigrasi):
    item = published(imigrasi, title="Layanan paspor dibuka pada hari Sabtu",
                     summary="Kantor Imigrasi Selatpanjang membuka layanan paspor setiap Sabtu pukul 08.00-12.00 "
                             "selama Desember untuk warga yang bekerja pada hari kerja.")  # fmt: skip
    item.themes.add(make_theme(imigrasi.forum, "pelayanan-publik", "Pelayanan Publik"))
    return item


@pytest.fixture
def photo(release):
    buffer = io.BytesIO()
    Image.new("RGB", (2400, 1600), "white").save(buffer, "JPEG")
    attachment = Attachment(release=release, kind="image", token="foto", original_name="foto.jpg", width=2400,
                            height=1600, size=len(buffer.getvalue()))  # fmt: skip
    attachment.file.save("foto.jpg", ContentFile(buffer.getvalue()), save=True)
    return attachment


@pytest.mark.parametrize(("fx", "fy"), [(0.5, 0.5), (0.05, 0.05), (0.95, 0.9), (0.8, 0.2)])
def test_every_cut_has_the_platforms_shape_and_keeps_the_focal_point(fx, fy):
    for _name, width, height, _label in share_kit.RENDITIONS:
        box = share_kit.crop_box(4000, 3000, width, height, fx, fy)
        if box is None:
            continue
        left, top, right, bottom = box
        assert 0 <= left < right <= 4000 and 0 <= top < bottom <= 3000
        assert abs((right - left) / (bottom - top) - width / height) < 0.01
        assert left <= fx * 4000 <= right and top <= fy * 3000 <= bottom


def test_an_image_too_small_for_a_size_is_told_and_never_enlarged():
    assert share_kit.crop_box(1600, 1067, 1080, 1920, 0.5, 0.5) is None  # a landscape photo cannot make a story
    assert share_kit.crop_box(1600, 1067, 1200, 630, 0.5, 0.5) is not None


def test_the_captions_keep_each_platforms_limit_and_carry_the_short_link_and_tags(release):
    kit = ShareKit.objects.create(release=release)
    captions = share_kit.draft_captions(release, kit)
    assert share_kit.x_length(captions["x"]) <= 280 and f"/s/{kit.code}?dari=x" in captions["x"]
    assert "#PelayananPublik" in captions["instagram"] and "?dari=instagram" in captions["instagram"]
    assert captions["whatsapp"].startswith("*Layanan paspor")
    long = published(release.agency, title="Judul " * 30, summary="Isi " * 200)
    assert share_kit.x_length(share_kit.draft_captions(long, ShareKit.objects.create(release=long))["x"]) <= 280


def test_the_zip_holds_each_size_the_image_allows_exactly(release, photo, moderator):
    client = client_for(moderator)
    page = client.get(reverse("dissemination:kit", args=[release.pk])).content.decode()
    assert "gambar terlalu kecil untuk ukuran ini" in page  # the 9:16 story, from a landscape photo
    archive = zipfile.ZipFile(io.BytesIO(client.get(reverse("dissemination:kit_zip", args=[release.pk])).content))
    sizes = {name: Image.open(archive.open(name)).size for name in archive.namelist() if name.endswith(".jpg")}
    assert sizes == {"feed-1080x1350.jpg": (1080, 1350), "square-1080x1080.jpg": (1080, 1080),
                     "landscape-1200x630.jpg": (1200, 630), "wide-1600x900.jpg": (1600, 900)}  # fmt: skip
    assert "Layanan paspor dibuka" in archive.read("keterangan.txt").decode()


def test_a_caption_over_the_limit_is_refused_and_the_saved_kit_kept(release, moderator):
    client = client_for(moderator)
    url = reverse("dissemination:kit", args=[release.pk])
    form = client.get(url).context["form"]
    data = {name: form.initial.get(name, "") for name in form.fields}
    client.post(url, {**data, "caption_x": "Layanan paspor hari Sabtu", "focal_x": 30})
    assert ShareKit.objects.get().captions == {"x": "Layanan paspor hari Sabtu"}
    page = client.post(url, {**data, "caption_x": "a" * 300}).content.decode()
    assert "300 karakter; X (Twitter) paling banyak 280." in page
    kit = ShareKit.objects.get()
    assert kit.captions == {"x": "Layanan paspor hari Sabtu"} and kit.focal_x == 0.3


def test_a_short_link_counts_its_source_and_nothing_about_the_reader(release):
    kit = ShareKit.objects.create(release=release)
    response = Client().get(f"/s/{kit.code}", {"dari": "instagram"})
    assert response.status_code == 302 and response["Location"] == release.get_absolute_url()
    Client().get(f"/s/{kit.code}", {"dari": "instagram"})
    Client().get(f"/s/{kit.code}", {"dari": "<script>"})
    assert dict(ShareClick.objects.values_list("source", "count")) == {"instagram": 2, "lain": 1}
    assert {field.name for field in ShareClick._meta.get_fields()} == {"id", "kit", "source", "day", "count"}
    release.withdraw(None, "Jadwal berubah.")
    assert Client().get(f"/s/{kit.code}").status_code == 404
    assert Client().get("/s/tidakada").status_code == 404


def test_a_large_photo_keeps_a_larger_copy_from_which_every_size_is_cut(release, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from sinergi.core import uploads

    buffer = io.BytesIO()
    Image.new("RGB", (4500, 3000), "white").save(buffer, "JPEG")
    prepared = uploads.prepare(SimpleUploadedFile("foto.jpg", buffer.getvalue(), content_type="image/jpeg"),
                               large=settings.SHARE_IMAGE_MAX_PIXELS)  # fmt: skip
    assert (prepared["width"], prepared["height"]) == (1600, 1067)  # the web copy, as pages show it
    kept = prepared["large_content"].read()
    assert Image.open(io.BytesIO(kept)).size == (2880, 1920)
    attachment = Attachment(release=release, kind="image", token="besar", original_name="foto.jpg", width=1600,
                            height=1067, size=len(kept))  # fmt: skip
    attachment.file.save("foto.jpg", prepared["content"], save=False)
    attachment.share_source.save("besar.jpg", ContentFile(kept), save=True)
    made = {r.name: r for r in share_kit.renditions(attachment, 0.5, 0.5)}
    assert all(r.possible for r in made.values())  # the story too: 1080 × 1920 out of 2880 × 1920
    assert Image.open(io.BytesIO(share_kit.render(attachment, made["story"]))).size == (1080, 1920)
    small = uploads.prepare(SimpleUploadedFile("kecil.jpg", _jpeg(800, 600), content_type="image/jpeg"), large=2880)
    assert small["large_content"] is None  # nothing larger to keep


def _jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "JPEG")
    return buffer.getvalue()


def test_the_kit_opens_on_a_phone_by_its_signed_link_until_it_expires(release, photo, moderator):
    import datetime as dt

    import time_machine
    from django.utils import timezone

    page = client_for(moderator).get(reverse("dissemination:kit", args=[release.pk])).content.decode()
    assert "<svg" in page and "/kit-ponsel/" in page
    token = page.split("/kit-ponsel/")[1].split("/")[0]
    phone = Client().get(f"/kit-ponsel/{token}/").content.decode()  # not signed in on the phone
    assert "Layanan paspor dibuka" in phone and "1080 × 1350" in phone
    image = Client().get(f"/kit-ponsel/{token}/feed.jpg")
    assert image.status_code == 200 and Image.open(io.BytesIO(image.content)).size == (1080, 1350)
    assert Client().get(f"/kit-ponsel/{token[:-2]}xx/").status_code == 404  # changed: refused
    with time_machine.travel(timezone.now() + dt.timedelta(hours=25)):
        assert Client().get(f"/kit-ponsel/{token}/").status_code == 404  # expired
    release.withdraw(None, "Jadwal berubah.")
    assert Client().get(f"/kit-ponsel/{token}/").status_code == 404


def _logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (200, 100), (255, 200, 0, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_forums_frame_puts_a_band_with_its_colour_and_logo_under_the_photo(release, photo, moderator):
    forum = release.agency.forum
    forum.settings = {"theme_colour": "#0b4f6c", "share_frame": True}
    forum.logo.save("logo.png", ContentFile(_logo_png()), save=True)
    client = client_for(moderator)
    archive = zipfile.ZipFile(io.BytesIO(client.get(reverse("dissemination:kit_zip", args=[release.pk])).content))
    square = Image.open(archive.open("square-1080x1080.jpg")).convert("RGB")
    assert square.size == (1080, 1080)
    band = round(1080 * share_kit.FRAME_BAND)
    right_end = square.getpixel((1075, 1080 - band // 2))
    assert all(abs(a - b) < 12 for a, b in zip(right_end, (11, 79, 108), strict=True))  # the theme colour
    assert square.getpixel((540, 300))[0] > 240  # the white photo above the band
    logo_spot = square.getpixel((2 * max(band // 6, 4) + 5, 1080 - band // 2))
    assert logo_spot[0] > 200 and logo_spot[2] < 80  # the yellow logo in the band
    # The focal point stays in the photo: the cut is made for the size above the band.
    for rendition in share_kit.renditions(photo, 0.5, 0.95, share_kit.frame_of(forum)):
        if rendition.possible:
            left, top, right, bottom = rendition.box
            assert abs((right - left) / (bottom - top) - rendition.width / (rendition.height - rendition.band)) < 0.01
            assert top <= 0.95 * 1600 <= bottom


def test_an_agency_leaves_the_frame_off_its_kit(release, photo, moderator):
    forum = release.agency.forum
    forum.settings = {"theme_colour": "#0b4f6c", "share_frame": True}
    forum.save()
    client = client_for(moderator)
    page = client.get(reverse("dissemination:kit", args=[release.pk])).content.decode()
    assert "Pasang bingkai forum pada gambar" in page
    client.post(reverse("dissemination:kit", args=[release.pk]), {"focal_x": 50, "focal_y": 50})
    assert ShareKit.objects.get(release=release).framed is False
    archive = zipfile.ZipFile(io.BytesIO(client.get(reverse("dissemination:kit_zip", args=[release.pk])).content))
    square = Image.open(archive.open("square-1080x1080.jpg")).convert("RGB")
    assert square.getpixel((1075, 1075))[0] > 240  # white to the edge: no band


def test_without_a_frame_set_the_kit_offers_none(release, photo, moderator):
    page = client_for(moderator).get(reverse("dissemination:kit", args=[release.pk])).content.decode()
    assert "bingkai forum" not in page
    assert all(r.band == 0 for r in share_kit.renditions(photo, 0.5, 0.5, share_kit.frame_of(release.agency.forum)))
