"""Capability secrets: links whose secret part is the permission stay out of logs and trails."""

from __future__ import annotations

import io
import logging

from django.apps import apps
from django.urls import reverse

from sinergi.core.capabilities import HIDDEN, RedactCapabilities, masked_fields, redact

SECRET = "Qx7-secretPart_0123456789abcdefABCDEF"

# Fields named like a secret that are not one, and why.
NOT_CAPABILITIES = {
    # File names chosen by us so uploads cannot be guessed; files are only served by checked views.
    ("releases", "attachment", "token"),
    ("meetings", "material", "storage_key"),
    ("meetings", "progressnote", "storage_key"),
}


def test_every_route_with_a_token_is_blotted_out_wherever_it_appears():
    links = [
        reverse("ppid:track", args=[SECRET]),
        reverse("ppid:track_notice_pdf", args=[SECRET]),
        reverse("meetings:checkin", args=[7, SECRET]),
        reverse("meetings:calendar_member", args=[SECRET]),
        reverse("meetings:calendar_agency", args=[SECRET, "dinkes"]),
        reverse("releases:preview", args=[SECRET]),
        reverse("account:password_reset_confirm", args=["MQ", SECRET]),
        reverse("account:invitation", args=["MQ", SECRET]),
    ]
    for link in links:
        text = f'Lihat https://humas.example.go.id{link}?baru=1 atau "{link}"'
        cleaned = redact(text)
        assert SECRET not in cleaned, link
        assert HIDDEN in cleaned and link.split(SECRET)[0] in cleaned


def test_ordinary_addresses_are_left_alone():
    text = "GET /rilis/2026/03/banjir-rob-selatpanjang-123/ 200 /ruang-kerja/pertemuan/12/"
    assert redact(text) == text


def test_log_lines_through_the_configured_handler_carry_no_secret(client, forum):
    root = logging.getLogger()
    handler = next(h for h in root.handlers if any(isinstance(f, RedactCapabilities) for f in h.filters))
    stream = io.StringIO()
    old, handler.stream = handler.stream, stream
    try:
        client.get(reverse("ppid:track", args=[SECRET]))  # unknown: Django logs "Not Found: <path>"
        logging.getLogger("django.server").info('"GET %s HTTP/1.1" 200', reverse("meetings:checkin", args=[1, SECRET]))
    finally:
        handler.stream = old
    logged = stream.getvalue()
    assert "Not Found" in logged and "/hadir/" in logged
    assert SECRET not in logged


def test_every_field_named_like_a_secret_is_declared_a_capability():
    """A later model with a token or secret field must say whether the trail may show it."""
    for model in apps.get_models():
        if not model._meta.app_config.name.startswith("sinergi."):
            continue
        for field in model._meta.concrete_fields:
            name = field.name
            key = (model._meta.app_label, model._meta.model_name, name)
            if name.endswith(("token", "secret", "_key")) and key not in NOT_CAPABILITIES:
                assert name in masked_fields(model), f"{model._meta.label}.{name} is not in capability_fields"
