"""CKAN's Action API at /api/3/action/<name> (and /api/action/<name>): GET parameters or a POST JSON body,
CKAN's envelope ({"help", "success", "result"} or {"error": {"__type", "message"}}) and its status codes,
unknown parameters ignored. Read-only: nothing here changes the catalogue, and only public datasets exist
for it. The actions and what each accepts are listed in docs/satu-data.md.
"""

from __future__ import annotations

import json

from django.conf import settings
from django.db.models import Count, Prefetch
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from sinergi.core.forums import current_forum
from sinergi.data import ckan, ckan_search, datastore
from sinergi.data.models import Dataset, DatasetResource, DatastoreTable, public_dataset
from sinergi.data.vocabularies import LICENCES, TOPICS, TOPICS_BY_SLUG
from sinergi.forum.models import Agency

MAX_BODY = 100_000  # bytes of a POSTed JSON body: parameters, never data
MAX_LIST = 1000
# Each package's resources with their datastore table in the same query: `datastore_active` reads it.
RESOURCES = Prefetch("resources", queryset=DatasetResource.objects.select_related("datastore").defer(
    "datastore__fields", "datastore__value_counts"))


class ActionError(Exception):
    def __init__(self, status: int, kind: str, message: str):
        super().__init__(message)
        self.status, self.kind, self.message = status, kind, message


def not_found(what: str = "Not found") -> ActionError:
    return ActionError(404, "Not Found Error", what)


@csrf_exempt  # read-only, answers the same to everyone, no cookie is read for permission
def action(request, name: str):
    help_url = f"{settings.SITE_URL}/api/3/action/help_show?name={name[:60]}"
    try:
        if name not in ACTIONS:
            raise ActionError(400, "Bad request", f"Bad request - Action name not known: {name[:60]}")
        params = _params(request)
        result = ACTIONS[name](request, params)
    except ActionError as error:
        body = {"help": help_url, "success": False, "error": {"__type": error.kind, "message": error.message}}
        return _json(body, error.status)
    except ckan_search.SearchError as error:
        body = {"help": help_url, "success": False, "error": {"__type": "Search Query Error", "message": str(error)}}
        return _json(body, 409)
    return _json({"help": help_url, "success": True, "result": result}, 200)


def _json(body: dict, status: int) -> JsonResponse:
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # a public, read-only API: harvesters and browsers alike
    response["Cache-Control"] = "public, max-age=60"
    return response


def _params(request) -> dict:
    if request.method == "POST" and request.body:
        if len(request.body) > MAX_BODY:
            raise ActionError(400, "Bad request", "Bad request - JSON Error: the body is too large")
        try:
            found = json.loads(request.body)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ActionError(400, "Bad request", "Bad request - JSON Error: Could not read request body") from None
        if not isinstance(found, dict):
            raise ActionError(400, "Bad request", "Bad request - JSON Error: Request data JSON decoded to a list")
        return found
    return {key: request.GET.get(key) for key in request.GET}


def _public(request):
    return Dataset.objects.public().in_forum(current_forum(request)).select_related("agency")


def _int(params: dict, key: str, default: int, limit: int = MAX_LIST) -> int:
    try:
        value = int(params.get(key) if params.get(key) not in (None, "") else default)
    except (TypeError, ValueError):
        raise ActionError(409, "Validation Error", f'{key}: Invalid integer') from None
    if value < 0:
        raise ActionError(409, "Validation Error", f"{key}: Must be a natural number")
    return min(value, limit)


def _flag(params: dict, key: str) -> bool:
    return str(params.get(key, "")).lower() in ("true", "1", "yes", "on")


def status_show(request, params):
    forum = current_forum(request)
    return {"site_title": forum.name if forum else "Sinergi", "site_description": "", "site_url": settings.SITE_URL,
            "ckan_version": ckan.CKAN_VERSION, "error_emails_to": None, "locale_default": "id",
            "extensions": ["sinergi"]}  # fmt: skip


def package_list(request, params):
    limit = _int(params, "limit", MAX_LIST)
    offset = _int(params, "offset", 0, limit=10**9)
    return list(_public(request).order_by("name").values_list("name", flat=True)[offset:offset + limit])


def package_show(request, params):
    return ckan.package_dict(_dataset(request, params.get("id") or params.get("name_or_id") or ""))


def _dataset(request, key: str) -> Dataset:
    found = _public(request).prefetch_related(RESOURCES)
    dataset = found.filter(name=str(key)[:100]).first() or found.filter(uid=ckan_search._uuid(str(key))).first()
    if dataset is None:
        raise not_found()
    return dataset


def current_package_list_with_resources(request, params):
    limit = _int(params, "limit", 100)
    offset = _int(params, "offset", 0, limit=10**9)
    found = _public(request).prefetch_related(RESOURCES).order_by("-modified_at", "pk")[offset:offset + limit]
    return [ckan.package_dict(dataset) for dataset in found]


def package_search(request, params):
    found = _public(request)
    found = ckan_search.apply_q(found, str(params.get("q") or ""))
    found = ckan_search.apply_fq(found, str(params.get("fq") or ""))
    # include_private is not honoured for anyone: this API lists public datasets only, whoever asks.
    rows, start = ckan_search.page(params.get("rows"), params.get("start"))
    ordered = ckan_search.order(found, str(params.get("sort") or ""))
    fields = params.get("facet.field") or "[]"
    try:
        wanted = json.loads(fields) if isinstance(fields, str) else list(fields)
    except json.JSONDecodeError:
        raise ckan_search.SearchError('Search Query is invalid: facet.field must be a JSON list') from None
    wanted = [str(field) for field in wanted if isinstance(field, str)] if isinstance(wanted, list) else []
    facet_counts = ckan_search.facets(found, wanted)
    page = ordered.prefetch_related(RESOURCES)[start:start + rows] if rows else []
    return {
        "count": found.count(), "sort": str(params.get("sort") or "name asc"),
        "results": [ckan.package_dict(dataset) for dataset in page], "facets": facet_counts,
        "search_facets": {field: {"title": field, "items": [{"name": name, "display_name": name, "count": count}
                                                             for name, count in counts.items()]}
                          for field, counts in facet_counts.items()},
    }  # fmt: skip


def _agencies(request):
    return Agency.objects.active().filter(forum=current_forum(request)).order_by("slug")


def _counts_by_agency(request) -> dict[int, int]:
    rows = _public(request).order_by().values("agency_id").annotate(n=Count("pk"))
    return {row["agency_id"]: row["n"] for row in rows}


def organization_list(request, params):
    agencies = list(_agencies(request))
    if _flag(params, "all_fields"):
        counts = _counts_by_agency(request)
        return [ckan.organization_dict(agency, counts.get(agency.pk, 0)) for agency in agencies]
    return [agency.slug for agency in agencies]


def organization_show(request, params):
    key = str(params.get("id") or "")
    agency = next((a for a in _agencies(request) if key in (a.slug, ckan.organization_id(a))), None)
    if agency is None:
        raise not_found()
    found = ckan.organization_dict(agency, _counts_by_agency(request).get(agency.pk, 0))
    if _flag(params, "include_datasets"):
        found["packages"] = [ckan.package_dict(d) for d in _public(request).filter(agency=agency)
                             .prefetch_related(RESOURCES)[:MAX_LIST]]  # fmt: skip
    return found


def group_list(request, params):
    if _flag(params, "all_fields"):
        rows = _public(request).order_by().values("topic").annotate(n=Count("pk"))
        counts = {row["topic"]: row["n"] for row in rows}
        return [ckan.group_dict(topic, counts.get(topic.slug, 0)) for topic in TOPICS]
    return [topic.slug for topic in TOPICS]


def group_show(request, params):
    key = str(params.get("id") or "")
    topic = TOPICS_BY_SLUG.get(key) or next((t for t in TOPICS if ckan.group_id(t) == key), None)
    if topic is None:
        raise not_found()
    return ckan.group_dict(topic, _public(request).filter(topic=topic.slug).count())


def tag_list(request, params):
    names: set[str] = set()
    for tags in _public(request).values_list("tags", flat=True):
        names.update(tags)
    query = str(params.get("query") or "").lower()
    return sorted(name for name in names if query in name.lower())


def license_list(request, params):
    return [ckan.licence_dict(licence) for licence in LICENCES]


def resource_show(request, params):
    key = ckan_search._uuid(str(params.get("id") or ""))
    resource = (DatasetResource.objects.filter(public_dataset("dataset__"), uid=key,
                                               dataset__agency__forum=current_forum(request))
                .select_related("dataset__agency").first())  # fmt: skip
    if resource is None or not resource.publishable:
        raise not_found("Resource was not found.")
    return ckan.resource_dict(resource)


def datastore_search(request, params):
    key = ckan_search._uuid(str(params.get("resource_id") or params.get("id") or ""))
    table = (DatastoreTable.objects.filter(public_dataset("resource__dataset__"), resource__uid=key,
                                           resource__dataset__agency__forum=current_forum(request))
             .select_related("resource").first())  # fmt: skip
    if table is None or not table.resource.publishable:
        raise not_found(f'Resource "{str(params.get("resource_id") or "")[:60]}" was not found.')
    return datastore.search(table, params, f"{settings.SITE_URL}/api/3/action/datastore_search")


ACTIONS = {
    "status_show": status_show, "package_list": package_list, "package_show": package_show,
    "package_search": package_search, "current_package_list_with_resources": current_package_list_with_resources,
    "organization_list": organization_list, "organization_show": organization_show, "group_list": group_list,
    "group_show": group_show, "tag_list": tag_list, "license_list": license_list, "resource_show": resource_show,
    "datastore_search": datastore_search,
}  # fmt: skip
