"""The API against its own OpenAPI schema (schemathesis, in-process): no server error for any
generated request, and every answer matches the schema it documents; anonymous and with a
member's token, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from sinergi.core.tests.test_input_fuzz import officer, site  # noqa: F401 - the same planted records
from sinergi.wsgi import application

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
BOUNDED = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


def load_schema():
    """The schema /api/schema/ serves, generated here (it needs no database) and bound to the real WSGI application."""
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiJsonRenderer

    document = json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(request=None, public=True)))
    loaded = schemathesis.openapi.from_dict(document)
    loaded.app = application
    return loaded


@pytest.fixture(autouse=True)
def in_the_test_transaction(site):  # noqa: F811 - the planted records, for answers with content
    """As Django's own test client does, a request must not close the connection that holds the transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def member_token(humas_imigrasi) -> str:
    return Token.objects.create(user=humas_imigrasi).key


schema = load_schema()


@schema.parametrize()
@BOUNDED
def test_the_api_answers_anyone_within_its_schema(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@BOUNDED
def test_the_api_answers_a_member_within_its_schema(case, member_token):
    case.call_and_validate(headers={"Authorization": f"Token {member_token}"}, checks=CHECKS)
