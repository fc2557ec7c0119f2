"""Every answer carries a strict Content-Security-Policy and a Permissions-Policy; answers that may
show personal data are never stored by a browser or a proxy."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from rest_framework.authtoken.models import Token

from sinergi.conftest import client_for
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import published


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_protected(response) -> None:
    csp = directives(response)
    assert csp["default-src"] == ["'self'"] and csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "") and "private" in response["Cache-Control"]


@pytest.fixture
def attachment(imigrasi):
    release = published(imigrasi)
    item = Attachment(release=release, kind="pdf", token="t1", original_name="jadwal.pdf", title="Jadwal")
    item.file.save("jadwal.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return item


def test_a_public_page_is_protected_and_may_be_cached(forum):
    response = Client().get("/")
    assert response.status_code == 200
    assert_protected(response)
    assert not no_store(response)


def test_a_back_office_page_is_protected_and_never_stored(moderator):
    response = client_for(moderator).get("/ruang-kerja/")
    assert response.status_code == 200
    assert_protected(response)
    assert no_store(response)


def test_a_public_download_is_protected_and_not_sniffed(attachment):
    response = Client().get(attachment.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert_protected(response)
    assert "public" in response["Cache-Control"]


def test_a_download_by_someone_signed_in_is_never_stored(attachment, moderator):
    response = client_for(moderator).get(attachment.get_absolute_url())
    assert response.status_code == 200 and no_store(response) and "public" not in response["Cache-Control"]


def test_an_api_answer_is_protected_and_never_stored_when_authenticated(forum, humas_imigrasi):
    anonymous = Client().get("/api/releases/")
    assert anonymous.status_code == 200
    assert_protected(anonymous)
    assert not no_store(anonymous)
    token = Token.objects.create(user=humas_imigrasi)
    member = Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert member.status_code == 200
    assert_protected(member)
    assert no_store(member)


def test_a_page_reached_by_a_secret_link_is_never_stored(forum):
    # Even a link that leads nowhere: the secret in the address must not stay in a cache.
    response = Client().get("/permohonan-informasi/lacak/bukan-token-sungguhan/")
    assert response.status_code == 404 and no_store(response)


def test_https_answers_carry_hsts_with_the_production_defaults(settings, forum):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = settings.SECURE_HSTS_PRELOAD = True
    response = Client().get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_pages_load_no_inline_script_or_style(forum, moderator):
    for client, path in [
        (Client(), "/"),
        (Client(), "/permohonan-informasi/"),
        (client_for(moderator), "/ruang-kerja/"),
    ]:
        html = client.get(path).content.decode()
        assert "<style" not in html and " style=" not in html
        assert all("src=" in tag for tag in html.split("<script")[1:]), path
