"""The walidata imports datasets from a CKAN portal: against Sinergi's own API, and against a small local
server answering as another portal does (two pages); private addresses are refused unless allowed."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.core.outbound import OutboundError, check_address
from sinergi.data import ckan_import
from sinergi.data.models import Dataset, DatasetStatus


def package(number: int, organization: str) -> dict:
    return {"name": f"dataset-lama-{number}", "title": f"Dataset Lama {number}", "notes": "Dari portal lama.",
            "organization": {"name": organization, "title": organization.upper()}, "license_id": "cc-by",
            "groups": [{"name": "kesehatan"}], "tags": [{"name": "lama"}],
            "resources": [{"name": "Berkas", "format": "csv", "url": f"https://portal.test/{number}.csv"},
                          {"name": "Tidak aman", "format": "csv", "url": f"http://portal.test/{number}.csv"}]}  # fmt: skip


@pytest.fixture
def other_portal():
    """A portal of 150 packages (so two pages of package_search); two belong to no agency of ours."""
    packages = [package(n, "dinkes" if n < 148 else "dinas-lain") for n in range(150)]

    class Portal(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            query = parse_qs(urlsplit(self.path).query)
            start, rows = int(query.get("start", ["0"])[0]), int(query.get("rows", ["10"])[0])
            body = json.dumps({"success": True, "result": {"count": len(packages),
                                                           "results": packages[start:start + rows]}}).encode()  # fmt: skip
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def walidata(forum, diskominfotik):
    return make_member("walidata@demo.test", "Indah Permata", agency=diskominfotik, role="admin_medsos",
                       forum_role="walidata")  # fmt: skip


def test_import_from_another_portal_as_drafts(settings, catalogue, other_portal, walidata):
    settings.OUTBOUND_ALLOW_PRIVATE = True
    client = client_for(walidata)
    page = client.get(reverse("data:office_import"), {"url": other_portal}).content.decode()
    assert "150 dataset ditemukan" in page and "tidak cocok dengan instansi mana pun" in page
    response = client.post(reverse("data:office_import"), {"url": other_portal, "action": "impor",
                                                           "name": ["dataset-lama-1", "dataset-lama-149"]})  # fmt: skip
    assert response.status_code == 302
    imported = Dataset.objects.get(name="dataset-lama-1")
    assert imported.status == DatasetStatus.DRAFT and imported.agency.slug == "dinkes" and imported.tags == ["lama"]
    assert [r.url for r in imported.resources.all()] == ["https://portal.test/1.csv"]  # never a plain-http link
    assert not Dataset.objects.filter(name="dataset-lama-149").exists()  # no agency for it


def test_reading_sinergis_own_api_finds_its_datasets_already_there(settings, live_server, catalogue):
    settings.OUTBOUND_ALLOW_PRIVATE = True
    packages = ckan_import.read_portal(live_server.url + "/api/3/action/")
    found = ckan_import.candidates(packages, ckan_import.agency_map(packages, catalogue))
    assert sorted(c.name for c in found) == ["balita-stunting-per-kecamatan", "kejadian-banjir-rob-per-kecamatan", "prevalensi-balita-stunting"]
    assert all("sudah ada" in str(c.problem) or "already" in str(c.problem) for c in found)


def test_private_and_odd_addresses_are_refused_with_the_reason(settings, walidata, humas_imigrasi):
    settings.OUTBOUND_ALLOW_PRIVATE = False
    for address in ("http://127.0.0.1:9/", "http://10.0.0.5/", "ftp://portal.test/", "https://user:pw@portal.test/"):
        with pytest.raises(OutboundError):
            check_address(address)
    page = client_for(walidata).get(reverse("data:office_import"), {"url": "http://127.0.0.1:9/"}).content.decode()
    assert "jaringan privat" in page
    assert client_for(humas_imigrasi).get(reverse("data:office_import")).status_code == 403
