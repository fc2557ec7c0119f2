"""The catalogue as CKAN's Action API describes it: packages (datasets), resources, organizations (the
produsen data agencies), groups (topics), tags and licences, in the shapes CKAN 2.10 returns, so that
`ckanapi` and CKAN's harvester read Sinergi like any CKAN portal.

Only public datasets are ever described here (`Dataset.objects.public()`); the views pass nothing else.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings

from sinergi.data.models import Dataset, DatasetResource
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS_BY_SLUG, Topic

API_VERSION = 3
CKAN_VERSION = "2.10.4"  # the release whose action API this follows (the subset in docs/satu-data.md)
_NAMESPACE = uuid.UUID("6f1d7f0e-9a57-4c9e-8d8a-5b0c3a7e2f11")  # stable ids for agencies and topics


def timestamp(moment) -> str | None:
    """CKAN's timestamps: UTC, no offset, microseconds ("2026-12-03T02:15:00.000000")."""
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def organization_id(agency) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"agency:{agency.pk}"))


def group_id(topic: Topic) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"topic:{topic.slug}"))


def organization_dict(agency, package_count: int | None = None) -> dict:
    found = {
        "id": organization_id(agency), "name": agency.slug, "title": agency.name,
        "display_name": agency.name, "description": agency.description, "image_url": "",
        "image_display_url": "", "type": "organization", "is_organization": True, "state": "active",
        "approval_status": "approved", "created": timestamp(agency.created_at),
    }  # fmt: skip
    if package_count is not None:
        found["package_count"] = package_count
    return found


def group_dict(topic: Topic, package_count: int | None = None) -> dict:
    found = {
        "id": group_id(topic), "name": topic.slug, "title": topic.name, "display_name": topic.name,
        "description": topic.description, "image_url": "", "image_display_url": "", "type": "group",
        "is_organization": False, "state": "active", "approval_status": "approved",
    }  # fmt: skip
    if package_count is not None:
        found["package_count"] = package_count
    return found


def tag_dict(name: str) -> dict:
    return {"id": str(uuid.uuid5(_NAMESPACE, f"tag:{name}")), "name": name, "display_name": name,
            "state": "active", "vocabulary_id": None}  # fmt: skip


def licence_dict(licence) -> dict:
    return {"id": licence.id, "title": licence.title, "url": licence.url, "status": "active",
            "maintainer": "", "family": "", "od_conformance": "approved" if licence.open else "not reviewed",
            "osd_conformance": "not reviewed", "domain_content": True, "domain_data": True,
            "domain_software": False, "is_generic": False, "is_okd_compliant": licence.open,
            "is_osi_compliant": False}  # fmt: skip


def resource_url(resource: DatasetResource) -> str:
    if resource.file:
        return settings.SITE_URL + resource.get_download_url()
    return resource.url


def resource_dict(resource: DatasetResource) -> dict:
    return {
        "id": str(resource.uid), "package_id": str(resource.dataset.uid), "name": resource.name,
        "description": resource.description, "format": resource.format.upper(), "url": resource_url(resource),
        "mimetype": resource.mimetype or None, "size": resource.size, "position": resource.position,
        "created": timestamp(resource.created_at), "last_modified": timestamp(resource.modified_at),
        "metadata_modified": timestamp(resource.modified_at), "state": "active", "url_type": "upload" if resource.file
        else None, "datastore_active": hasattr(resource, "datastore"), "cache_url": None, "hash": "", "resource_type": None,
    }  # fmt: skip


def package_dict(dataset: Dataset) -> dict:
    """One dataset as package_show returns it (the standard data elements and Satu Data fields as extras)."""
    licence = LICENCES_BY_ID.get(dataset.licence)
    topic = TOPICS_BY_SLUG.get(dataset.topic)
    resources = [resource_dict(resource) for resource in dataset.resources.all() if resource.publishable]
    extras = [("satu_data_frequency", dataset.frequency), ("satu_data_concept", dataset.concept),
              ("satu_data_definition", dataset.definition), ("satu_data_classification", dataset.classification),
              ("satu_data_measure", dataset.measure), ("satu_data_unit", dataset.unit),
              ("satu_data_area_codes", ",".join(dataset.area_codes)),
              ("satu_data_period", "-".join(str(y) for y in (dataset.period_start, dataset.period_end) if y)),
              ("kip_class", dataset.kip_class)]  # fmt: skip
    return {
        "id": str(dataset.uid), "name": dataset.name, "title": dataset.title, "notes": dataset.description,
        "type": "dataset", "state": "active", "private": False, "version": None, "url": "",
        "author": dataset.agency.name, "author_email": dataset.contact_email or None,
        "maintainer": dataset.agency.name, "maintainer_email": dataset.contact_email or None,
        "license_id": dataset.licence, "license_title": licence.title if licence else dataset.licence,
        "license_url": licence.url if licence else "", "isopen": bool(licence and licence.open),
        "metadata_created": timestamp(dataset.created_at), "metadata_modified": timestamp(dataset.modified_at),
        "owner_org": organization_id(dataset.agency), "organization": organization_dict(dataset.agency),
        "groups": [group_dict(topic)] if topic else [],
        "tags": [tag_dict(tag) for tag in dataset.tags], "num_tags": len(dataset.tags),
        "resources": resources, "num_resources": len(resources),
        "extras": [{"key": key, "value": value} for key, value in extras if value],
        "relationships_as_object": [], "relationships_as_subject": [],
    }  # fmt: skip
