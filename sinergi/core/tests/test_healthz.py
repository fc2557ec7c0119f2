"""/healthz tells a load balancer whether the database and the task queue answer."""

from __future__ import annotations

from django.test import Client
from huey.contrib.djhuey import HUEY
from huey.storage import RedisStorage


def test_it_reports_both_reachable(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "queue": "ok"}


def test_it_reports_an_unreachable_queue_with_503(db, monkeypatch):
    # A real Redis client pointed at a port where nothing listens.
    monkeypatch.setattr(HUEY, "_immediate", False)
    monkeypatch.setattr(HUEY, "storage", RedisStorage("sinergi", url="redis://127.0.0.1:1/0"))
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["queue"].startswith("error")
    assert response.json()["database"] == "ok"
