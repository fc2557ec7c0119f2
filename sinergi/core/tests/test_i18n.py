"""Indonesian by default, English on request, and both catalogues complete."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings
from django.test import Client

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "id" / "LC_MESSAGES" / "django.po"


def test_pages_are_indonesian_by_default(db):
    html = Client().get("/akun/masuk/").content.decode()
    assert '<html lang="id">' in html
    assert "Masuk" in html and "Lupa kata sandi" in html


def test_a_browser_set_to_english_still_gets_indonesian_until_the_person_switches(db):
    html = Client().get("/akun/masuk/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="id">' in html


def test_the_switch_turns_the_site_english_and_back(db):
    client = Client()
    client.post("/i18n/setlang/", {"language": "en", "next": "/akun/masuk/"})
    html = client.get("/akun/masuk/").content.decode()
    assert '<html lang="en">' in html and "Forgot your password?" in html
    client.post("/i18n/setlang/", {"language": "id", "next": "/akun/masuk/"})
    assert "Lupa kata sandi" in client.get("/akun/masuk/").content.decode()


def test_every_string_has_its_indonesian_translation():
    catalogue = polib.pofile(str(CATALOGUE))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


def test_no_string_in_the_code_or_templates_is_missing_from_the_catalogue(tmp_path):
    """Extract the strings afresh into a copy of the project: a new untranslated string fails here."""
    base = Path(settings.BASE_DIR)
    shutil.copytree(base / "sinergi", tmp_path / "sinergi", ignore=shutil.ignore_patterns("tests", "__pycache__"))
    shutil.copytree(base / "locale", tmp_path / "locale")
    shutil.copy(base / "manage.py", tmp_path)
    env = {**os.environ, "DEBUG": "true", "SINERGI_VAR_DIR": str(tmp_path / "var")}
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "id", "--no-obsolete"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    fresh = polib.pofile(str(tmp_path / "locale" / "id" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in fresh.untranslated_entries() + fresh.fuzzy_entries()]
    assert missing == []


def test_times_are_shown_in_the_forums_own_zone(forum, imigrasi):
    import datetime

    from django.test import Client

    from sinergi.releases.tests.factory import published

    forum.time_zone = "Asia/Jayapura"  # WIT, UTC+9
    forum.save()
    release = published(imigrasi, published_at=datetime.datetime(2024, 2, 6, 20, 0, tzinfo=datetime.UTC))
    html = Client().get(release.get_absolute_url()).content.decode()
    assert "Rabu, 7 Februari 2024" in html and 'datetime="2024-02-07T05:00:00+09:00"' in html
