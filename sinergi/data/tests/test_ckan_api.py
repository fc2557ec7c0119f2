"""The CKAN Action API: CKAN's envelope and codes, only public datasets, search with fq ranges, facets and
paging as CKAN's harvester uses them; and the real `ckanapi` client against the live server."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from sinergi.data.models import Dataset

API = "/api/3/action/"


def call(name: str, **params):
    response = Client().get(API + name, params)
    return response.status_code, response.json()


def test_status_show_answers_in_ckans_envelope(catalogue):
    status, body = call("status_show")
    assert status == 200 and body["success"] is True and body["help"].endswith("help_show?name=status_show")
    assert body["result"]["ckan_version"].startswith("2.10") and body["result"]["locale_default"] == "id"


def test_only_published_datasets_that_are_not_exempt_are_listed_or_shown(catalogue):
    status, body = call("package_list")
    assert body["result"] == ["balita-stunting-per-kecamatan", "kejadian-banjir-rob-per-kecamatan", "prevalensi-balita-stunting"]  # not submitted
    for hidden in ("rencana-sekolah-baru", "rekam-kasus-gizi-buruk"):
        status, body = call("package_show", id=hidden)
        assert status == 404 and body["success"] is False and body["error"]["__type"] == "Not Found Error"
    exempt = Dataset.objects.get(name="rekam-kasus-gizi-buruk")
    assert call("package_show", id=str(exempt.uid))[0] == 404
    assert "gizi-buruk" not in json.dumps(call("package_search", q="gizi", rows=100)[1])
    assert "gizi" in call("tag_list")[1]["result"] and "sekolah" not in call("tag_list")[1]["result"]


def test_package_show_by_name_or_id_carries_the_standard_data_and_the_csv(catalogue):
    status, body = call("package_show", id="balita-stunting-per-kecamatan")
    package = body["result"]
    assert status == 200 and package["organization"]["name"] == "dinkes" and package["license_id"] == "cc-by"
    extras = {item["key"]: item["value"] for item in package["extras"]}
    assert extras["satu_data_unit"] == "balita" and "14.10.09" in extras["satu_data_area_codes"]
    (resource,) = package["resources"]
    assert resource["format"] == "CSV" and resource["url"].endswith(".csv") and resource["package_id"] == package["id"]
    assert call("package_show", id=package["id"])[1]["result"]["name"] == package["name"]
    assert call("resource_show", id=resource["id"])[1]["result"]["url"] == resource["url"]
    assert package["metadata_modified"][10] == "T" and "+" not in package["metadata_modified"]


def test_package_search_filters_pages_sorts_and_counts_facets(catalogue):
    body = call("package_search", fq="organization:dinkes", sort="name asc",
                **{"facet.field": '["organization","groups"]'})[1]  # fmt: skip
    assert body["result"]["count"] == 2 and body["result"]["results"][0]["name"] == "balita-stunting-per-kecamatan"
    assert body["result"]["facets"]["organization"] == {"dinkes": 2}
    everything = call("package_search", rows=1000000, sort="metadata_modified desc")[1]["result"]
    assert everything["count"] == 3 and len(everything["results"]) == 3
    second = call("package_search", rows=1, start=1, sort="name asc")[1]["result"]["results"]
    assert [p["name"] for p in second] == ["kejadian-banjir-rob-per-kecamatan"]
    Dataset.objects.exclude(name="balita-stunting-per-kecamatan").update(
        modified_at=timezone.now() - dt.timedelta(days=40))
    since = (timezone.now() - dt.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    recent = call("package_search", fq=f"metadata_modified:[{since} TO NOW]")[1]["result"]
    assert [p["name"] for p in recent["results"]] == ["balita-stunting-per-kecamatan"]
    assert call("package_search", q="banjir")[1]["result"]["count"] == 1


@pytest.mark.parametrize("fq", ["organization", "nosuchfield:x", "metadata_modified:[yesterday TO NOW]", '"unclosed'])
def test_a_broken_fq_is_ckans_409_with_the_reason(catalogue, fq):
    status, body = call("package_search", fq=fq)
    assert status == 409 and body["success"] is False and "invalid" in body["error"]["message"]


def test_bad_requests_get_ckans_errors_never_a_500(catalogue):
    assert call("no_such_action")[0] == 400
    response = Client().post(API + "package_show", data=b"{not json", content_type="application/json")
    assert response.status_code == 400 and response.json()["error"]["__type"] == "Bad request"
    response = Client().post(API + "package_show", data=json.dumps({"id": "balita-stunting-per-kecamatan"}),
                             content_type="application/json")  # fmt: skip
    assert response.status_code == 200 and response.json()["result"]["name"] == "balita-stunting-per-kecamatan"
    assert call("package_list", limit="many")[0] == 409
    assert call("package_search", rows=-1)[0] == 409


def test_organizations_groups_and_licences(catalogue):
    organizations = call("organization_list", all_fields="true")[1]["result"]
    assert {o["name"]: o["package_count"] for o in organizations}["dinkes"] == 2  # the exempt one is not counted
    assert call("organization_show", id="bpbd")[1]["result"]["package_count"] == 1
    groups = {g["name"]: g["package_count"] for g in call("group_list", all_fields="true")[1]["result"]}
    assert groups["kesehatan"] == 2 and groups["kebencanaan"] == 1
    assert "cc-by" in [licence["id"] for licence in call("license_list")[1]["result"]]


def test_the_ckanapi_client_reads_the_catalogue(live_server, catalogue):
    ckanapi = Path(sys.executable).parent / "ckanapi"
    env = {**os.environ, "PATH": f"{ckanapi.parent}{os.pathsep}{os.environ.get('PATH', '')}"}  # dump runs ckanapi
    found = subprocess.run([str(ckanapi), "action", "package_search", "-r", live_server.url, "fq=organization:bpbd"],
                           capture_output=True, text=True, timeout=60, check=True, env=env)  # fmt: skip
    result = json.loads(found.stdout)
    assert result["count"] == 1 and result["results"][0]["name"] == "kejadian-banjir-rob-per-kecamatan"
    dumped = subprocess.run([str(ckanapi), "dump", "datasets", "--all", "-q", "-r", live_server.url],
                            capture_output=True, text=True, timeout=60, check=True, env=env)  # fmt: skip
    names = sorted(json.loads(line)["name"] for line in dumped.stdout.splitlines() if line.strip())
    assert names == ["balita-stunting-per-kecamatan", "kejadian-banjir-rob-per-kecamatan", "prevalensi-balita-stunting"]
