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


def documented_environment() -> dict[str, str]:
    """The variables of `/etc/sinergi.env` in docs/deploy.md, with its placeholders filled in."""
    text = (settings.BASE_DIR / "docs" / "deploy.md").read_text()
    block = text.split("`/etc/sinergi.env`", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    env = dict(line.split("=", 1) for line in block.splitlines() if "=" in line and not line.startswith("#"))
    return {**env, "SECRET_KEY": "k7#Qv9!pL2@xR5$wT8^zN1&cM4*bJ6(hF3)dG0-sA" + "Yu8Ie7Wo6"}


def test_the_documented_production_settings_pass_the_deployment_check_without_a_database(tmp_path):
    env = documented_environment()
    assert env["DEBUG"] == "false" and env["SECURE_SSL_REDIRECT"] == "true"
    # Nothing listens on port 1: the check must not need the database (nor warn because it is away).
    env.update(DATABASE_URL="postgres://sinergi@127.0.0.1:1/sinergi", SINERGI_VAR_DIR=str(tmp_path))
    test_only = ("REDIS_URL", "HUEY_IMMEDIATE", "DJANGO_ALLOW_ASYNC_UNSAFE")
    clean = {k: v for k, v in os.environ.items() if k not in env and k not in test_only}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=settings.BASE_DIR,
        env={**clean, **env}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout
