"""Personas at each permission level, shared by every app's tests.

- moderator: Rina, forum moderator and PR head of Diskominfotik
- humas_imigrasi: Fajar, PR head (pejabat humas) of the immigration office
- admin_dinkes: Yusuf, social-media admin of the health office (another agency)
- outsider: an active account with no role in the forum
- the public: an anonymous client
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from huey.contrib.djhuey import HUEY
from playwright.sync_api import expect, sync_playwright

from sinergi.forum.models import Agency, AgencyRole, Forum, ForumRole, Member

PASSWORD = "kopi-darat-2024"


@pytest.fixture(autouse=True)
def _plain_settings(settings, tmp_path):
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
    # Real hashing is slow by design; tests create many accounts.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def forum(db) -> Forum:
    return Forum.objects.create(
        slug="meranti", name="Forum Kehumasan Kabupaten Kepulauan Meranti", region_code="14.10",
        region_name="Kabupaten Kepulauan Meranti, Riau", time_zone="Asia/Jakarta",
    )  # fmt: skip


def make_agency(forum: Forum, slug: str, name: str, kind: str = "dinas", **extra) -> Agency:
    return Agency.objects.create(forum=forum, slug=slug, name=name, kind=kind, **extra)


def make_member(email: str, name: str, *, agency: Agency | None = None, role: str = "", forum_role: str = "",
                forum: Forum | None = None) -> Member:  # fmt: skip
    member = Member.objects.create_user(email, PASSWORD, full_name=name)
    if agency and role:
        AgencyRole.objects.create(member=member, agency=agency, role=role)
    if forum_role:
        ForumRole.objects.create(member=member, forum=forum or agency.forum, role=forum_role)
    return member


@pytest.fixture
def diskominfotik(forum) -> Agency:
    return make_agency(forum, "diskominfotik", "Dinas Komunikasi, Informatika, Statistik dan Persandian",
                       short_name="Diskominfotik", region_code="14.10")  # fmt: skip


@pytest.fixture
def imigrasi(forum) -> Agency:
    return make_agency(forum, "imigrasi", "Kantor Imigrasi Kelas II TPI Selatpanjang", "vertikal")


@pytest.fixture
def dinkes(forum) -> Agency:
    return make_agency(forum, "dinkes", "Dinas Kesehatan", short_name="Dinkes")


@pytest.fixture
def moderator(forum, diskominfotik) -> Member:
    return make_member("rina@demo.test", "Rina Lestari", agency=diskominfotik, role="pejabat_humas",
                       forum_role="moderator")  # fmt: skip


@pytest.fixture
def humas_imigrasi(imigrasi) -> Member:
    return make_member("fajar@demo.test", "Fajar Ramadhan", agency=imigrasi, role="pejabat_humas")


@pytest.fixture
def admin_dinkes(dinkes) -> Member:
    return make_member("yusuf@demo.test", "Yusuf Hidayat", agency=dinkes, role="admin_medsos")


@pytest.fixture
def outsider(db) -> Member:
    return make_member("tamu@demo.test", "Tamu Luar")


def client_for(member: Member | None) -> Client:
    """A client signed in as `member`; for a role that requires two-step sign-in, with the session
    verified by their authenticator, as the code step leaves it (what `django_otp.login` stores)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from sinergi.forum import two_factor

    client = Client()
    if member is not None:
        client.force_login(member)
        if two_factor.is_required(member) or two_factor.is_on(member):
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = authenticator_for(member).persistent_id
            session.save()
    return client


def authenticator_for(member: Member):
    """The member's authenticator app, set up and confirmed if they have none."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.get_or_create(user=member, confirmed=True, defaults={"name": "app"})[0]


def code_for(device) -> str:
    """The code the member's app shows now; a code passes once, so after it is used, the next step's
    (the device accepts one step ahead)."""
    from django_otp.oath import TOTP

    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    step = max(totp.t(), device.last_t + 1)
    totp.time = device.t0 + (step - device.drift) * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def personas(moderator, humas_imigrasi, admin_dinkes, outsider) -> dict[str, Client]:
    return {
        "moderator": client_for(moderator),
        "humas_imigrasi": client_for(humas_imigrasi),
        "admin_dinkes": client_for(admin_dinkes),
        "outsider": client_for(outsider),
        "public": client_for(None),
    }


@pytest.fixture
def admin_imigrasi(imigrasi) -> Member:
    """Dewi drafts for the immigration office as its social-media admin."""
    return make_member("dewi@demo.test", "Dewi Anggraini", agency=imigrasi, role="admin_medsos")


@pytest.fixture
def commits_at_once(monkeypatch):
    """Run on-commit work (search index, notifications, enqueued tasks) at once.

    A test runs inside one transaction that is rolled back, so nothing would ever "commit";
    in production these callbacks run right after each step's transaction.
    """
    monkeypatch.setattr("django.db.transaction.on_commit", lambda func, using=None, robust=False: func())


# --- A real task worker, for the tests that must go through the queue --------------------


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def real_queue():
    """Switch this process from immediate mode to the queue a worker reads, emptied first."""
    HUEY.immediate = False
    HUEY.flush()
    yield HUEY
    HUEY.flush()
    HUEY.immediate = True


@pytest.fixture
def worker(tmp_path, real_queue):
    env = {
        **os.environ, "DEBUG": "true", "HUEY_IMMEDIATE": "false", "DATABASE_URL": database_url(),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_huey", "--workers", "1"], cwd=settings.BASE_DIR, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    yield tmp_path / "mail"
    process.terminate()
    output, _ = process.communicate(timeout=20)
    print(output)


# --- Debian's Chromium, for the browser tests ---------------------------------------------

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls in the test are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def sign_in(page, base: str, email: str) -> None:
    """Sign in through the form; for a role that requires it, with the code of their authenticator."""
    from sinergi.forum import two_factor

    member = Member.objects.get(email=email)
    device = authenticator_for(member) if two_factor.is_required(member) or two_factor.is_on(member) else None
    page.goto(f"{base}/akun/masuk/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label(re.compile(r"^Sandi")).fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    if device is not None:
        expect(page).to_have_url(f"{base}/akun/masuk/kode/")
        page.get_by_label(re.compile(r"^Kode")).fill(code_for(device))
        page.get_by_role("button", name="Lanjutkan").click()
    expect(page).to_have_url(f"{base}/ruang-kerja/")


@pytest.fixture
def national_rules(db):
    """The national periods are rows a migration seeds; an earlier transactional test empties every table."""
    import importlib

    from sinergi.ppid.models import DeadlineRule

    seeds = ("0002_national_rules", "0020_dispute_periods")
    rows = [row for seed in seeds for row in importlib.import_module(f"sinergi.ppid.migrations.{seed}").NATIONAL]
    for step, days, basis in rows:
        DeadlineRule.objects.get_or_create(forum=None, step=step, defaults={"working_days": days, "legal_basis": basis})
