"""Importing a regency's existing datasets from a CKAN portal (the same Action API Sinergi serves): read
every package through package_search, show what would come, and create the chosen ones as drafts of the
agency each organization is matched to, with their files as links, for the walidata to verify as usual."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from sinergi.core.outbound import OutboundError, get_json
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.data.vocabularies import LICENCES_BY_ID, TOPICS_BY_SLUG
from sinergi.forum.models import Agency

PAGE = 100
MAX_PACKAGES = 2000


@dataclass
class Candidate:
    name: str
    title: str
    organization: str
    resources: int
    package: dict = field(repr=False)
    problem: str = ""  # why it cannot be imported, empty when it can


def read_portal(url: str) -> list[dict]:
    """Every package of the portal at `url` (its root address), by pages of package_search."""
    base = url.rstrip("/")
    if base.endswith("/api/3/action") or base.endswith("/api/action"):
        base = base.rsplit("/api", 1)[0]
    found: list[dict] = []
    while len(found) < MAX_PACKAGES:
        body = get_json(f"{base}/api/3/action/package_search", {"rows": PAGE, "start": len(found),
                                                                 "sort": "name asc"})  # fmt: skip
        if not isinstance(body, dict) or not body.get("success") or not isinstance(body.get("result"), dict):
            raise OutboundError(_("The portal did not answer as CKAN does: is this the right address?"))
        results = body["result"].get("results") or []
        found.extend(item for item in results if isinstance(item, dict))
        if len(results) < PAGE or len(found) >= int(body["result"].get("count") or 0):
            return found
    return found


def candidates(packages: list[dict], agencies: dict[str, object]) -> list[Candidate]:
    """What each package would become; `agencies` maps a portal's organization name to an agency."""
    taken = set(Dataset.objects.filter(name__in=[str(p.get("name", ""))[:100] for p in packages])
                .values_list("name", flat=True))  # fmt: skip
    result = []
    for package in packages:
        name = slugify(str(package.get("name") or ""))[:100]
        organization = str((package.get("organization") or {}).get("name") or "")
        item = Candidate(name, str(package.get("title") or name)[:200], organization,
                         len(package.get("resources") or []), package)  # fmt: skip
        if not name:
            item.problem = _("It has no name.")
        elif name in taken:
            item.problem = _("A dataset of this name is already in the catalogue.")
        elif organization not in agencies:
            item.problem = _("Its organization “%(name)s” matches no agency of the forum.") % {"name": organization}
        result.append(item)
    return result


def import_packages(chosen: list[Candidate], agencies: dict[str, object], by) -> list[Dataset]:
    """Create the chosen candidates as drafts (skipping any with a problem); returns what was created."""
    created = []
    with transaction.atomic():
        for item in chosen:
            if item.problem:
                continue
            package = item.package
            groups = [g.get("name") for g in package.get("groups") or [] if isinstance(g, dict)]
            topic = next((g for g in groups if g in TOPICS_BY_SLUG), "pemerintahan")
            licence = package.get("license_id") if package.get("license_id") in LICENCES_BY_ID else "cc-by"
            extras = {e.get("key"): e.get("value") for e in package.get("extras") or [] if isinstance(e, dict)}
            dataset = Dataset.objects.create(
                agency=agencies[item.organization], name=item.name, title=item.title,
                description=str(package.get("notes") or item.title)[:5000], topic=topic,
                frequency=extras.get("satu_data_frequency") or "tidak_tentu", licence=licence,
                unit=str(extras.get("satu_data_unit") or "")[:60],
                tags=[str(t.get("name"))[:50] for t in package.get("tags") or [] if isinstance(t, dict)][:12],
                contact_email=str(package.get("maintainer_email") or "")[:254] if "@" in str(
                    package.get("maintainer_email") or "") else "",
                status=DatasetStatus.DRAFT, created_by=by,
            )  # fmt: skip
            for position, resource in enumerate(package.get("resources") or []):
                link = str(resource.get("url") or "")
                if isinstance(resource, dict) and link.startswith("https://"):
                    dataset.resources.create(name=str(resource.get("name") or item.title)[:200], url=link[:500],
                                             format=str(resource.get("format") or "URL")[:20].upper(),
                                             position=position)  # fmt: skip
            created.append(dataset)
    return created


def agency_map(packages: list[dict], forum) -> dict[str, object]:
    """A portal's organizations matched to the forum's agencies, by code (name) or by their full name."""
    agencies = list(Agency.objects.active().filter(forum=forum))
    by_slug = {a.slug: a for a in agencies}
    by_name = {a.name.casefold(): a for a in agencies}
    found = {}
    for package in packages:
        organization = package.get("organization") or {}
        name, title = str(organization.get("name") or ""), str(organization.get("title") or "").casefold()
        agency = by_slug.get(name) or by_name.get(title)
        if agency is not None:
            found[name] = agency
    return found
