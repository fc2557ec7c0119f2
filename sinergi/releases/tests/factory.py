"""Plain helpers that put releases in a given state, for tests of every app."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sinergi.releases.effects import sync_search
from sinergi.releases.models import Release, Status, Theme


def make_theme(forum, slug: str, name: str, **extra) -> Theme:
    return Theme.objects.create(forum=forum, slug=slug, name=name, **extra)


def make_release(agency, author=None, *, title: str = "Layanan paspor dibuka pada hari Sabtu",
                 body: str = "Kantor imigrasi membuka layanan paspor setiap Sabtu pagi.", summary: str = "",
                 status: str = Status.DRAFT, themes=(), **fields) -> Release:  # fmt: skip
    """A release saved directly in `status`; a published one is put in the search index."""
    release = Release.objects.create(agency=agency, created_by=author, title=title, body=body, summary=summary,
                                     status=status, **fields)  # fmt: skip
    release.themes.set(themes)
    release.snapshot(author)
    if status in (Status.PUBLISHED, Status.ARCHIVED, Status.WITHDRAWN):
        Release.objects.filter(pk=release.pk).update(published_at=fields.get("published_at") or timezone.now())
        release.refresh_from_db()
        sync_search(release)
    return release


def published(agency, **fields) -> Release:
    return make_release(agency, status=Status.PUBLISHED, **fields)


def admin_change(client: Client, release: Release, **changes) -> None:
    """Save a release through the Django admin's change form as a staff member would: every field as the
    form shows it, plus `changes`. For releases without attachments or events (the inlines stay empty)."""
    url = reverse("admin:releases_release_change", args=[release.pk])
    page = client.get(url)
    form = page.context["adminform"].form
    data: dict[str, object] = {}
    for name in form.fields:
        value, widget = form[name].value(), form.fields[name].widget
        if hasattr(widget, "decompress"):  # a date and a time in two inputs
            for i, part in enumerate(widget.decompress(value)):
                data[f"{name}_{i}"] = "" if part is None else str(part)
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif isinstance(value, list | tuple):
            data[name] = [str(v) for v in value]
        else:
            data[name] = "" if value is None else str(value)
    for formset in page.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        data.update({f"{management.prefix}-{key}": value for key, value in management.initial.items()})
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
