"""Moderators keep the forum's own record: name, region, time zone, logo, contacts."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

BASE = {
    "name": "Forum Kehumasan Kabupaten Kepulauan Meranti", "region_name": "Kabupaten Kepulauan Meranti",
    "region_code": "14.10", "time_zone": "Asia/Jakarta", "contact_email": "humas@demo.test",
    "contact_phone": "", "address": "Selatpanjang", "website": "",
}  # fmt: skip


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (11, 79, 108)).save(out, "PNG")
    return out.getvalue()


def test_a_moderator_updates_the_forum_with_a_logo(personas, forum):
    logo = SimpleUploadedFile("logo.png", png_bytes(), content_type="image/png")
    response = personas["moderator"].post("/direktori/forum/ubah/", {**BASE, "logo": logo})
    assert response.status_code == 302
    forum.refresh_from_db()
    assert forum.contact_email == "humas@demo.test" and forum.logo.name.endswith(".png")
    assert f'src="{forum.logo.url}"' in personas["public"].get("/").content.decode()


def test_an_unknown_time_zone_and_a_disguised_logo_are_refused(personas, forum):
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png")
    response = personas["moderator"].post(
        "/direktori/forum/ubah/", {**BASE, "time_zone": "Asia/Selatpanjang", "logo": fake}
    )
    errors = response.context["form"].errors
    assert "time_zone" in errors and "logo" in errors
    forum.refresh_from_db()
    assert forum.time_zone == "Asia/Jakarta" and not forum.logo


def test_a_moderator_sets_the_theme_colour_and_the_share_frame(personas, forum):
    response = personas["moderator"].post("/direktori/forum/ubah/", {**BASE, "theme_colour": "#a3261a",
                                                                      "share_frame": "on"})  # fmt: skip
    assert response.status_code == 302
    forum.refresh_from_db()
    assert forum.settings["theme_colour"] == "#a3261a" and forum.settings["share_frame"] is True
    response = personas["moderator"].post("/direktori/forum/ubah/", {**BASE, "theme_colour": "red; x"})
    assert "theme_colour" in response.context["form"].errors
    forum.refresh_from_db()
    assert forum.settings["theme_colour"] == "#a3261a"
