"""The REST API: agencies open to all, members only to members, token auth, OpenAPI schema."""

from __future__ import annotations

import yaml
from django.test import Client
from rest_framework.authtoken.models import Token


def test_anyone_reads_the_agencies_with_their_social_accounts(imigrasi, dinkes):
    imigrasi.social_accounts.create(platform="instagram", handle="@imigrasi.slp")
    response = Client().get("/api/agencies/?search=imigrasi")
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    assert data["results"][0]["slug"] == "imigrasi"
    assert data["results"][0]["social_accounts"][0]["handle"] == "@imigrasi.slp"
    assert Client().get("/api/agencies/dinkes/").json()["name"] == "Dinas Kesehatan"


def test_nobody_writes_agencies_through_the_api(personas, dinkes):
    response = personas["moderator"].post("/api/agencies/", {"slug": "x", "name": "X", "kind": "dinas"})
    assert response.status_code == 405
    assert personas["public"].delete("/api/agencies/dinkes/").status_code in (403, 405)


def test_members_are_hidden_from_the_public_and_outsiders(personas, admin_dinkes):
    assert personas["public"].get("/api/members/").status_code in (401, 403)
    assert personas["outsider"].get("/api/members/").status_code == 403
    data = personas["humas_imigrasi"].get("/api/members/").json()
    assert "yusuf@demo.test" in [m["email"] for m in data["results"]]


def test_a_token_opens_the_member_list(admin_dinkes, humas_imigrasi):
    token = Token.objects.create(user=humas_imigrasi)
    response = Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200
    humas_imigrasi.deactivate(by=None)
    assert Client().get("/api/members/", HTTP_AUTHORIZATION=f"Token {token.key}").status_code in (401, 403)


def test_the_obtain_token_endpoint_trades_credentials_for_a_token(admin_dinkes):
    from sinergi.conftest import PASSWORD

    response = Client().post("/api/token/", {"username": "yusuf@demo.test", "password": PASSWORD})
    assert response.status_code == 200 and len(response.json()["token"]) == 40


def test_the_openapi_schema_describes_the_directory(db):
    response = Client().get("/api/schema/")
    schema = yaml.safe_load(response.content)
    assert schema["openapi"].startswith("3.")
    assert "/api/agencies/" in schema["paths"] and "/api/members/" in schema["paths"]


def test_the_browsable_docs_load_without_any_cdn(db):
    html = Client().get("/api/docs/").content.decode()
    assert "swagger" in html.lower()
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()
