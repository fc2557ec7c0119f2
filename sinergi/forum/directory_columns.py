"""The spreadsheet columns of the directory, shared by import and export so they round-trip."""

from __future__ import annotations

from django.db import models

from sinergi.forum.models import SocialPlatform

SOCIAL_COLUMNS = [p.value for p in SocialPlatform if p != SocialPlatform.OTHER]
AGENCY_COLUMNS = [
    "kode", "nama", "singkatan", "jenis", "induk", "kode_wilayah", "alamat", "telepon", "email", "situs_web",
    *SOCIAL_COLUMNS,
]  # fmt: skip
MEMBER_COLUMNS = ["email", "nama", "jabatan", "telepon", "instansi", "peran", "peran_forum", "aktif"]

# Which model field each column fills, so the import checks lengths against the database.
AGENCY_FIELDS = {
    "kode": ("agency", "slug"), "nama": ("agency", "name"), "singkatan": ("agency", "short_name"),
    "kode_wilayah": ("agency", "region_code"), "telepon": ("agency", "phone"), "email": ("agency", "email"),
    "situs_web": ("agency", "website"), **{column: ("socialaccount", "handle") for column in SOCIAL_COLUMNS},
}  # fmt: skip
MEMBER_FIELDS = {
    "email": ("member", "email"), "nama": ("member", "full_name"), "jabatan": ("member", "position"),
    "telepon": ("member", "phone"),
}  # fmt: skip

# English headers are accepted too, for regencies whose lists were kept in English.
ALIASES = {
    "code": "kode", "name": "nama", "short_name": "singkatan", "kind": "jenis", "parent": "induk",
    "region_code": "kode_wilayah", "address": "alamat", "phone": "telepon", "website": "situs_web",
    "e_mail": "email", "position": "jabatan", "agency": "instansi", "roles": "peran",
    "forum_roles": "peran_forum", "active": "aktif", "instagram_handle": "instagram",
}  # fmt: skip


def canonical(row: dict[str, str]) -> dict[str, str]:
    return {ALIASES.get(key, key): value for key, value in row.items()}


def choice_lookup(choices: type[models.TextChoices]) -> dict[str, str]:
    """Map a choice's code and its Indonesian and English labels (any case) to the code."""
    from django.utils import translation

    table: dict[str, str] = {}
    for lang in ("id", "en"):
        with translation.override(lang):
            for value, label in choices.choices:
                table[str(label).strip().lower()] = value
    for value in choices.values:
        table[value] = value
        table[value.replace("_", " ")] = value
    return table


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.replace(";", ",").split(",") if item.strip()]
