"""Every text a person can type has a length limit, told in their language when it is passed.

The test walks every form class in the project and every text column of every model, so a field
added later without a limit fails here. Forms built at run time (fields added in `__init__`) are
outside its reach; their model fields are not.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.apps import apps
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import translation

import sinergi
from sinergi.conftest import client_for, make_member
from sinergi.core.workflow import TransitionError

# Written by the software, never typed: extracted file text, the search index, the mail outbox.
MACHINE_WRITTEN = {
    ("releases", "attachment", "text"),
    ("core", "searchdocument", "title"),
    ("core", "searchdocument", "body"),
    ("core", "searchdocument", "stemmed_title"),
    ("core", "searchdocument", "stemmed"),
    ("core", "outgoingemail", "body"),
    ("core", "outgoingemail", "last_error"),
    ("core", "deferredtask", "last_error"),
    ("releases", "release", "publish_error"),
}


def project_modules():
    for info in pkgutil.walk_packages(sinergi.__path__, "sinergi."):
        if any(part in info.name.split(".") for part in ("tests", "migrations", "conftest")):
            continue
        yield importlib.import_module(info.name)


def form_classes() -> list[type[forms.BaseForm]]:
    found = {}
    for module in project_modules():
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, forms.BaseForm) and value.__module__.startswith("sinergi."):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[key] for key in sorted(found)]


def test_the_walk_finds_the_forms_of_every_app():
    modules = {cls.__module__.split(".")[1] for cls in form_classes()}
    assert {"ppid", "releases", "meetings", "forum"} <= modules
    assert len(form_classes()) > 40


def fields_of(cls: type[forms.BaseForm]) -> dict[str, forms.Field]:
    """The fields of a form as a page would show them: an instance's when it needs no arguments
    (so limits set in `__init__` count), else the class's."""
    try:
        return cls().fields
    except TypeError:  # it needs its forum, its member or its meeting
        return cls.base_fields


def test_every_text_input_of_every_form_has_a_length_limit():
    missing = [
        f"{cls.__module__}.{cls.__qualname__}.{name}"
        for cls in form_classes()
        for name, field in fields_of(cls).items()
        if isinstance(field, forms.CharField)
        # Passwords belong to the sign-in forms, where Django's validators and hashers bound them.
        and not isinstance(field.widget, forms.PasswordInput)
        and not field.max_length
    ]
    assert missing == []


def test_every_text_column_of_every_model_has_a_length_limit():
    missing = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if model.__module__.startswith("sinergi.")
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField)
        and field.editable
        and (model._meta.app_label, model._meta.model_name, field.name) not in MACHINE_WRITTEN
        and not field.max_length
    ]
    assert missing == []


@pytest.mark.parametrize("path", sorted(MACHINE_WRITTEN))
def test_the_machine_written_list_names_real_fields(path):
    app, model, field = path
    apps.get_model(app, model)._meta.get_field(field)


# --- What a person sees when they pass a limit ---------------------------------------------------


def test_a_nine_megabyte_subject_is_refused_in_the_users_language_and_nothing_is_saved(forum):
    from sinergi.ppid.models import InformationRequest
    from sinergi.ppid.tests.test_request_form import form

    response = Client(REMOTE_ADDR="10.0.0.9").post("/permohonan-informasi/", form(subject="x" * 9_000_000))
    assert response.status_code == 200 and not InformationRequest.objects.exists()
    page = response.content.decode()
    assert "paling banyak 1000 karakter (sekarang 9000000 karakter)" in page


def test_a_requester_s_too_long_response_is_refused_whole_with_a_message(forum, dinkes):
    from django.utils import timezone

    from sinergi.ppid.models import InformationRequest
    from sinergi.ppid.tests.test_objection import refuse

    request = InformationRequest.objects.create(forum=forum, agency=dinkes, name="Siti", id_number="1", address="Jl. 1",
                                                subject="Data bansos", purpose="Riset", consent_at=timezone.now())  # fmt: skip
    refuse(request)
    objection = request.file_objection(["a"], "Data agregat tidak rahasia.")
    sekda = make_member("sekda@demo.test", "Mahmud", forum_role="atasan_ppid", forum=forum)
    objection.decide(sekda, "rejected", "Tetap dikecualikan.", "Sekretaris Daerah")

    with translation.override("id"), pytest.raises(TransitionError, match="paling banyak 2000 karakter"):
        objection.respond("a" * 2001)
    objection.refresh_from_db()
    assert objection.requester_response == ""


def test_a_too_long_step_comment_stops_the_step_and_says_why(imigrasi, admin_imigrasi):
    from sinergi.releases.models import Status
    from sinergi.releases.tests.factory import make_release

    release = make_release(imigrasi, admin_imigrasi)
    response = client_for(admin_imigrasi).post(reverse("releases:step", args=[release.pk, "submit"]),
                                               {"comment": "c" * 2001}, follow=True)  # fmt: skip
    release.refresh_from_db()
    assert release.status == Status.DRAFT
    assert "paling banyak 2000 karakter" in response.content.decode()
