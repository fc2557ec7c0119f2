"""With the database down, /healthz says so with a 503 and pages show the styled error page."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client, RequestFactory

from sinergi.core.errors import server_error
from sinergi.site import urls


@pytest.fixture
def database_down(django_db_blocker, tmp_path):
    """The real driver pointed at a database that does not answer: a missing file, or a closed port."""
    with django_db_blocker.unblock():
        connection.close()
        saved = dict(connection.settings_dict)
        if connection.vendor == "sqlite":
            connection.settings_dict["NAME"] = str(tmp_path / "no-such-folder" / "down.sqlite3")
        else:
            connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)


def test_healthz_answers_503_naming_the_database(database_down):
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error" and response.json()["database"].startswith("error")


@pytest.mark.parametrize("path", ["/", "/rilis/", "/permohonan-informasi/", "/akun/masuk/"])
def test_a_page_shows_the_styled_outage_page_with_503(database_down, path):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == 503 and response["Retry-After"]
    page = response.content.decode()
    assert "Layanan sedang tidak tersedia" in page and "Service temporarily unavailable" in page
    assert "sinergi/site.css" in page


def test_the_api_tells_the_outage_in_json(database_down):
    response = Client(raise_request_exception=False).get("/api/releases/")
    assert response.status_code == 503 and "unavailable" in response.json()["detail"]


def test_the_500_page_is_styled_bilingual_and_needs_no_database(database_down):
    assert urls.handler500 == "sinergi.core.errors.server_error"
    response = server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert "Terjadi kesalahan di sisi kami" in page and "Something went wrong on our side" in page
    assert "sinergi/site.css" in page
