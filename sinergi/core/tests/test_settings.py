"""Start-up refuses a missing or wrong environment variable in production, by name."""

from __future__ import annotations

import os
import subprocess
import sys

from django.conf import settings


def start(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")}
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env={**clean, **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_production_without_a_secret_key_stops_and_names_it():
    result = start(DEBUG="false", ALLOWED_HOSTS="humas.example")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_without_allowed_hosts_stops_and_names_it():
    result = start(DEBUG="false", SECRET_KEY="x" * 50)
    assert result.returncode != 0 and "ALLOWED_HOSTS must be set" in result.stderr


def test_a_malformed_value_stops_and_names_the_variable():
    result = start(DEBUG="maybe")
    assert result.returncode != 0 and "DEBUG must be true or false" in result.stderr
    result = start(DEBUG="true", SESSION_COOKIE_AGE="eight hours")
    assert result.returncode != 0 and "SESSION_COOKIE_AGE must be a whole number" in result.stderr
    result = start(DEBUG="true", DATABASE_URL="oracle-ish://nowhere")
    assert result.returncode != 0 and "DATABASE_URL" in result.stderr


def test_production_with_what_it_needs_starts():
    result = start(DEBUG="false", SECRET_KEY="x" * 50, ALLOWED_HOSTS="humas.example")
    assert result.returncode == 0, result.stderr
