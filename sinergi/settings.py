"""Sinergi settings: one module, every knob an environment variable with a safe default.

A fresh checkout runs at once on SQLite (`make run` sets DEBUG=true). In production DEBUG is
off and the secrets must come from the environment, or start-up stops and names what is missing.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from sinergi.env import envbool, envint, envlist, envrequired, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(envstr("SINERGI_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Off unless asked for: a forgotten variable must not expose tracebacks in production.
DEBUG = envbool("DEBUG", False)
SECRET_KEY = envrequired("SECRET_KEY", when=not DEBUG, fallback="dev-only-not-secret")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_URL = envstr("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Outbound requests (core/outbound.py) to private-network addresses: only for an intranet installation.
OUTBOUND_ALLOW_PRIVATE = envbool("OUTBOUND_ALLOW_PRIVATE", False)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "rest_framework",
    "rest_framework.authtoken",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "csp",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "huey.contrib.djhuey",
    "sinergi.core",
    "sinergi.forum",
    "sinergi.releases",
    "sinergi.ppid",
    "sinergi.meetings",
    "sinergi.data",
    "sinergi.monitoring",
    "sinergi.dissemination",
    "sinergi.portal",
    "sinergi.site",  # the composition layer, last: it gathers what the apps above contribute
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "sinergi.core.middleware.SecurityHeadersMiddleware",
    "sinergi.core.errors.DatabaseOutageMiddleware",
    "sinergi.forum.middleware.ForumMiddleware",  # request.forum, read by everything below
    "sinergi.core.middleware.InputBoundsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "sinergi.core.middleware.LanguageMiddleware",
    "sinergi.core.middleware.ForumTimeZoneMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "sinergi.forum.two_factor_middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "sinergi.core.audit.AuditActorMiddleware",
]

ROOT_URLCONF = "sinergi.site.urls"
WSGI_APPLICATION = "sinergi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "sinergi" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sinergi.core.context_processors.sinergi",
                "sinergi.site.context_processors.navigation",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------
# SQLite under web + worker needs WAL and IMMEDIATE transactions, or writers see "locked".
_SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASE_URL = envstr("DATABASE_URL", f"sqlite:///{VAR_DIR / 'sinergi.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 0))}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a valid database address: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = _SQLITE_OPTIONS
    # A file, not memory, so a real worker process can share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-sinergi.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that does not answer fails in seconds (a 503 page, /healthz says so), not minutes.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", envint("DB_CONNECT_TIMEOUT", 5))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Background work: django-tasks API, executed by huey ---------------------------------
REDIS_URL = envstr("REDIS_URL")
HUEY = {
    "name": "sinergi",
    "immediate": envbool("HUEY_IMMEDIATE", False),
    "consumer": {"workers": envint("WORKER_THREADS", 2), "worker_type": "thread"},
}
if REDIS_URL:
    import redis

    # A Redis host that does not answer must fail in seconds (the step's work is then kept in the
    # database, see core/tasks.py), not hold the citizen's request until the browser gives up.
    _redis = redis.ConnectionPool.from_url(REDIS_URL, socket_connect_timeout=envint("REDIS_CONNECT_TIMEOUT", 5))
    HUEY.update({"huey_class": "huey.RedisHuey", "connection_pool": _redis})
else:
    HUEY.update({"huey_class": "huey.SqliteHuey", "filename": envstr("HUEY_FILE", str(VAR_DIR / "huey.sqlite3"))})
TASKS = {
    "default": {
        "BACKEND": "huey.contrib.djhuey.tasks_backend.HueyBackend",
        # A worker must never pick up a task before the row it reads is committed.
        "ENQUEUE_ON_COMMIT": True,
    }
}

# --- Accounts, sessions, passwords ------------------------------------------------------
AUTH_USER_MODEL = "forum.Member"
AUTHENTICATION_BACKENDS = ["sinergi.forum.auth.MemberBackend"]
LOGIN_URL = "account:login"
# Password guessing: sign-in is refused for SIGN_IN_LOCK_MINUTES after this many wrong passwords
# for one e-mail, or from one address (several people may share an office's address).
SIGN_IN_FAILURES_PER_ACCOUNT = envint("SIGN_IN_FAILURES_PER_ACCOUNT", 5)
SIGN_IN_FAILURES_PER_CLIENT = envint("SIGN_IN_FAILURES_PER_CLIENT", 30)
SIGN_IN_LOCK_MINUTES = envint("SIGN_IN_LOCK_MINUTES", 15)
# Reset e-mails one address may ask for in that time: enough for a lost one, too few to flood an inbox.
PASSWORD_RESETS_PER_ACCOUNT = envint("PASSWORD_RESETS_PER_ACCOUNT", 3)
# Two-step sign-in (forum/two_factor.py): the code step must follow the password within this time.
SIGN_IN_CODE_MINUTES = envint("SIGN_IN_CODE_MINUTES", 5)
OTP_TOTP_ISSUER = envstr("OTP_TOTP_ISSUER", "Sinergi")
OTP_ADMIN_HIDE_SENSITIVE_DATA = True  # the admin never shows a device's secret
# API tokens stop working this many days after they were made; a new one is made on the account page.
API_TOKEN_DAYS = envint("API_TOKEN_DAYS", 90)
LOGIN_REDIRECT_URL = "workspace:home"
LOGOUT_REDIRECT_URL = "portal:home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A shared office computer is the norm: sessions end after a working day or at browser close.
SESSION_COOKIE_AGE = envint("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = envbool("SESSION_EXPIRE_AT_BROWSER_CLOSE", True)
PASSWORD_RESET_TIMEOUT = envint("PASSWORD_RESET_TIMEOUT", 3 * 24 * 60 * 60)
INVITATION_TIMEOUT_DAYS = envint("INVITATION_TIMEOUT_DAYS", 14)

SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", not DEBUG)
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_PROXY", False) else None
# HSTS on by default in production (a year): browsers then refuse plain HTTP for this host.
# Django sends it on HTTPS answers only. Subdomains of the site's host are covered too, and the
# `preload` directive is offered: it has effect only if the owner of the registrable domain
# submits it to the browsers' list, a deliberate step. Each can be turned off by its variable.
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", SECURE_HSTS_SECONDS > 0)
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): only this site's own files run or style a page; no
# inline script or style anywhere (templates keep theirs in static files), no plugins, no
# framing, forms post only here. `data:` images are the empty favicon and inline SVG icons.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features no page of Sinergi uses are switched off for it and anything it might embed
# (the check-in QR code is read by the phone's own camera app, not by a page).
PERMISSIONS_POLICY = envstr(
    "PERMISSIONS_POLICY",
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
)

# --- E-mail: console by default, SMTP when EMAIL_HOST is set -----------------------------
EMAIL_HOST = envstr("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = envint("EMAIL_PORT", 587)
    EMAIL_HOST_USER = envstr("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    EMAIL_FILE_PATH = envstr("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
# Seconds before a mail server that does not answer is given up on (the message is retried).
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 20)
# Days a message given up after its retries stays visible to administrators.
OUTGOING_EMAIL_KEEP_DAYS = envint("OUTGOING_EMAIL_KEEP_DAYS", 30)
# Seconds to wait before each retry of an e-mail the server refused or could not take.
EMAIL_RETRY_DELAYS = [int(s) for s in envlist("EMAIL_RETRY_DELAYS", "60,300,1800,7200,43200")]
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "Sinergi <noreply@localhost>")

# --- Language and time -------------------------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = envstr("TIME_ZONE", "Asia/Jakarta")
USE_TZ = True

# --- Static and uploaded files -------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6's default, adopted now
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DIRECTORY_IMPORT_MAX_BYTES = envint("DIRECTORY_IMPORT_MAX_BYTES", 5 * 1024 * 1024)

# --- API ---------------------------------------------------------------------------------
REST_FRAMEWORK = {
    # The token first: DRF answers a failed authentication with the first class's challenge, so a
    # bad or expired token gets 401 and its reason rather than a bare 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "sinergi.forum.api_tokens.ExpiringTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.SearchFilter",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Sinergi API",
    "DESCRIPTION": "The public-relations forum platform: directory of agencies and members.",
    "VERSION": "1.0.0",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SERVE_INCLUDE_SCHEMA": False,
}

# --- Sinergi ------------------------------------------------------------------------------
# Which forum this installation shows by default; one installation may host several.
DEFAULT_FORUM_SLUG = envstr("DEFAULT_FORUM", "meranti")
# Publishing. Phones on slow links are the audience: images are resized before anyone sees them.
ATTACHMENT_MAX_BYTES = envint("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024)
IMAGE_MAX_PIXELS = envint("IMAGE_MAX_PIXELS", 1600)  # longest side after resizing
# A release image's larger copy, kept to cut the share kit's images (a 4:5 feed or a 9:16 story from a photo).
SHARE_IMAGE_MAX_PIXELS = envint("SHARE_IMAGE_MAX_PIXELS", 2880)
# The budget of one uploaded file's check (sinergi/core/file_budget.py): a child process with this
# much CPU time and added memory, stopped after the wall-clock seconds. Five seconds of CPU read
# about 200,000 characters of a dense PDF, the most the personal-data guard reads.
FILE_CHECK_CPU_SECONDS = envint("FILE_CHECK_CPU_SECONDS", 5)
FILE_CHECK_MEMORY_MB = envint("FILE_CHECK_MEMORY_MB", 512)
FILE_CHECK_WALL_SECONDS = envint("FILE_CHECK_WALL_SECONDS", 15)
# Satu Data: a dataset's file may be this large; its check (reading every row, typing every cell) runs in
# the same kind of child process with its own, larger budget.
DATASET_MAX_BYTES = envint("DATASET_MAX_BYTES", 30 * 1024 * 1024)
DATASET_CHECK_CPU_SECONDS = envint("DATASET_CHECK_CPU_SECONDS", 60)
DATASET_CHECK_MEMORY_MB = envint("DATASET_CHECK_MEMORY_MB", 2048)
DATASET_CHECK_WALL_SECONDS = envint("DATASET_CHECK_WALL_SECONDS", 90)
# Media monitoring: where `manage.py tone train` reads SmSA (IndoNLU, Apache-2.0) from by default.
TONE_TRAINING_DIR = Path(envstr("TONE_TRAINING_DIR", str(BASE_DIR.parent / "shared" / "data" / "smsa")))
# The full list of the forum's Kemendagri region codes (CSV of kode,nama), beyond those the project ships.
REGION_CODES_FILE = envstr("REGION_CODES_FILE", "")
# How long a serta-merta release stays in the portal's banner.
SERTA_MERTA_BANNER_DAYS = envint("SERTA_MERTA_BANNER_DAYS", 3)
# An editor who opened a draft less than this long ago is taken to be still editing it.
EDIT_LEASE_MINUTES = envint("EDIT_LEASE_MINUTES", 15)
# Public information requests accepted from one connection per hour, against spam.
PPID_REQUESTS_PER_HOUR = envint("PPID_REQUESTS_PER_HOUR", 5)
# "Cek status": failed lookups allowed per connection per hour, and per registration number per day.
STATUS_CHECK_CLIENT_LIMIT = envint("STATUS_CHECK_CLIENT_LIMIT", 10)
STATUS_CHECK_NUMBER_LIMIT = envint("STATUS_CHECK_NUMBER_LIMIT", 20)
# The documents given with one written notice may total this much (each file: ATTACHMENT_MAX_BYTES).
PPID_DOCUMENTS_MAX_BYTES = envint("PPID_DOCUMENTS_MAX_BYTES", 50 * 1024 * 1024)
# Requesters' personal data is erased this long after a request was received (statistics stay).
PPID_PERSONAL_DATA_RETENTION_DAYS = envint("PPID_PERSONAL_DATA_RETENTION_DAYS", 5 * 365)
# The requester's ID scan is deleted this many days after the request is closed (no objection or dispute left).
PPID_ID_SCAN_KEEP_DAYS = envint("PPID_ID_SCAN_KEEP_DAYS", 30)
# Periodic (berkala) information older than this is flagged in the DIP (Pasal 9: every six months).
PPID_BERKALA_STALE_DAYS = envint("PPID_BERKALA_STALE_DAYS", 183)
# The daily overview lists the requests due within this many working days (and all late ones).
PPID_REMINDER_WORKING_DAYS = envint("PPID_REMINDER_WORKING_DAYS", 3)
# ... and the exemptions (DIK) ending within this many days.
PPID_EXEMPTION_REMINDER_DAYS = envint("PPID_EXEMPTION_REMINDER_DAYS", 30)
# A signed preview link for an agency head without an account stays valid this long.
PREVIEW_LINK_DAYS = envint("PREVIEW_LINK_DAYS", 7)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Log lines never carry the secret part of a tracking, calendar, check-in or reset link.
    "filters": {"capabilities": {"()": "sinergi.core.capabilities.RedactCapabilities"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["capabilities"]}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # The development server's request lines go through the same filter (they name paths).
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

FORM_RENDERER = "sinergi.core.forms.FormRenderer"
