"""Import agencies and members from a spreadsheet: check every row, then apply all or nothing.

`check_*` never writes; it returns one `RowResult` per data row with the action it would take
and every error found. `apply_*` re-checks and writes inside one transaction, so a file with any
error, or a failure half-way, leaves the directory as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import rules
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email, validate_slug
from django.db import transaction
from django.utils.translation import gettext as _

from sinergi.forum.directory_columns import (
    AGENCY_COLUMNS,
    AGENCY_FIELDS,
    MEMBER_COLUMNS,
    MEMBER_FIELDS,
    SOCIAL_COLUMNS,
    canonical,
    choice_lookup,
    split_list,
)
from sinergi.forum.models import (
    Agency,
    AgencyKind,
    AgencyRole,
    AgencyRoleKind,
    Forum,
    ForumRole,
    ForumRoleKind,
    Member,
    SocialAccount,
)
from sinergi.forum.validators import validate_region_code


@dataclass
class RowResult:
    line: int  # as the user sees it in the spreadsheet: the header is line 1
    values: dict[str, str]
    action: str = "create"
    errors: list[str] = field(default_factory=list)


class ImportRefused(Exception):
    """The file has errors; nothing was written."""


def _check_common(
    rows: list[dict[str, str]], required: list[str], known: list[str], fields: dict[str, tuple[str, str]]
) -> list[RowResult]:
    limits = {
        column: apps.get_model("forum", model)._meta.get_field(name).max_length
        for column, (model, name) in fields.items()
    }
    results = []
    for index, raw in enumerate(rows, start=2):
        values = canonical(raw)
        result = RowResult(line=index, values={k: values.get(k, "") for k in known})
        for column in required:
            if not values.get(column):
                result.errors.append(_("Column “%(column)s” is empty.") % {"column": column})
        for column, limit in limits.items():
            if len(result.values.get(column, "")) > limit:
                result.errors.append(
                    _("Column “%(column)s” is longer than %(limit)s characters.") % {"column": column, "limit": limit}
                )
        results.append(result)
    return results


def check_agencies(forum: Forum, rows: list[dict[str, str]]) -> list[RowResult]:
    if rows and not {"kode", "nama"} <= canonical(rows[0]).keys():
        raise ImportRefused(_("The file lacks the columns kode and nama."))
    results = _check_common(rows, ["kode", "nama", "jenis"], AGENCY_COLUMNS, AGENCY_FIELDS)
    kinds = choice_lookup(AgencyKind)
    existing = {a.slug: a for a in Agency.objects.filter(forum=forum).select_related("parent")}
    existing_names = {a.name.lower(): a.slug for a in existing.values()}
    codes_in_file = {r.values["kode"].lower() for r in results if r.values["kode"]}
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    url = URLValidator()
    for result in results:
        v = result.values
        code = v["kode"] = v["kode"].lower()
        if code:
            try:
                validate_slug(code)
            except ValidationError:
                result.errors.append(_("Code “%(code)s” may hold only letters, digits, - and _.") % {"code": code})
            if code in seen_codes:
                result.errors.append(
                    _("Code “%(code)s” is already on line %(line)s.") % {"code": code, "line": seen_codes[code]}
                )
            seen_codes.setdefault(code, result.line)
            result.action = "update" if code in existing else "create"
        name = v["nama"].lower()
        if name:
            if name in seen_names:
                result.errors.append(
                    _("Name “%(name)s” is already on line %(line)s.") % {"name": v["nama"], "line": seen_names[name]}
                )
            seen_names.setdefault(name, result.line)
            if existing_names.get(name, code) != code:
                result.errors.append(
                    _("Another agency (code %(code)s) already has this name.") % {"code": existing_names[name]}
                )
        if v["jenis"]:
            kind = kinds.get(v["jenis"].strip().lower())
            if kind is None:
                result.errors.append(_("Unknown kind “%(kind)s”.") % {"kind": v["jenis"]})
            else:
                v["jenis"] = kind
        parent = v["induk"].lower()
        v["induk"] = parent
        if parent and parent not in codes_in_file and parent not in existing:
            result.errors.append(
                _("Parent agency “%(code)s” is neither in the file nor in the directory.") % {"code": parent}
            )
        if parent and parent == code:
            result.errors.append(_("An agency cannot be its own parent."))
        if v["jenis"] == AgencyKind.UPT and not parent:
            result.errors.append(_("A UPT must name its parent agency."))
        for column, check in (("kode_wilayah", validate_region_code), ("email", validate_email), ("situs_web", url)):
            if v[column]:
                try:
                    check(v[column])
                except ValidationError as exc:
                    result.errors.append(f"{column}: {' '.join(exc.messages)}")
    _check_parent_loops(results, {a.slug: a.parent.slug if a.parent else "" for a in existing.values()})
    return results


def _check_parent_loops(results: list[RowResult], parents: dict[str, str]) -> None:
    """Refuse rows whose chain of parents comes back to them (A under B under A)."""
    parents = {**parents, **{r.values["kode"]: r.values["induk"] for r in results if r.values["kode"]}}
    for result in results:
        code, seen = result.values["kode"], set()
        node = parents.get(code, "")
        while node and node not in seen:
            if node == code:
                result.errors.append(_("The chain of parent agencies loops back to this agency."))
                break
            seen.add(node)
            node = parents.get(node, "")


def check_members(forum: Forum, rows: list[dict[str, str]], by: Member | None = None) -> list[RowResult]:
    """Check member rows; an existing person may be updated only if `by` may manage them."""
    if rows and "email" not in canonical(rows[0]):
        raise ImportRefused(_("The file lacks the column email."))
    results = _check_common(rows, ["email"], MEMBER_COLUMNS, MEMBER_FIELDS)
    agency_roles = choice_lookup(AgencyRoleKind)
    forum_roles = choice_lookup(ForumRoleKind)
    agencies = set(Agency.objects.filter(forum=forum).values_list("slug", flat=True))
    existing = {
        m.email: m
        for m in Member.objects.filter(email__in={canonical(r).get("email", "").strip().lower() for r in rows})
    }
    seen: dict[tuple[str, str], int] = {}
    emails_seen: set[str] = set()
    for result in results:
        v = result.values
        email = v["email"] = v["email"].strip().lower()
        agency = v["instansi"] = v["instansi"].strip().lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                result.errors.append(_("“%(email)s” is not a valid e-mail address.") % {"email": email})
            key = (email, agency)
            if key in seen:
                result.errors.append(_("This e-mail and agency are already on line %(line)s.") % {"line": seen[key]})
            seen.setdefault(key, result.line)
            result.action = "update" if email in existing else "create"
            if email in existing and not rules.test_rule("forum.manage_member", by, existing[email]):
                result.errors.append(
                    _("%(email)s belongs to an account managed elsewhere (another forum or an administrator).")
                    % {"email": email}
                )
        first_of_email = email not in emails_seen
        emails_seen.add(email)
        if result.action == "create" and first_of_email and not v["nama"]:
            result.errors.append(_("Column “%(column)s” is empty.") % {"column": "nama"})
        if agency and agency not in agencies:
            result.errors.append(_("Agency code “%(code)s” is not in the directory.") % {"code": agency})
        roles = [agency_roles.get(item.lower()) for item in split_list(v["peran"])]
        if None in roles:
            result.errors.append(_("Unknown role in “%(roles)s”.") % {"roles": v["peran"]})
        if roles and not agency:
            result.errors.append(_("Roles in an agency need the column instansi."))
        v["peran"] = ",".join(r for r in roles if r)
        froles = [forum_roles.get(item.lower()) for item in split_list(v["peran_forum"])]
        if None in froles:
            result.errors.append(_("Unknown forum role in “%(roles)s”.") % {"roles": v["peran_forum"]})
        v["peran_forum"] = ",".join(r for r in froles if r)
        if v["aktif"] and v["aktif"].strip().lower() not in _YES | _NO:
            result.errors.append(_("Column aktif must be ya or tidak."))
    return results


_YES = {"ya", "yes", "y", "1", "true", "aktif"}
_NO = {"tidak", "no", "n", "0", "false", "nonaktif"}


def has_errors(results: list[RowResult]) -> bool:
    return any(r.errors for r in results)


@transaction.atomic
def apply_agencies(forum: Forum, rows: list[dict[str, str]]) -> list[RowResult]:
    results = check_agencies(forum, rows)
    if has_errors(results):
        raise ImportRefused(_("The file has errors; nothing was imported."))
    by_code: dict[str, Agency] = {}
    for result in results:
        v = result.values
        agency = Agency.objects.filter(forum=forum, slug=v["kode"]).first() or Agency(forum=forum, slug=v["kode"])
        agency.name, agency.kind = v["nama"], v["jenis"]
        for attr, column in (("short_name", "singkatan"), ("region_code", "kode_wilayah"), ("address", "alamat"),
                             ("phone", "telepon"), ("email", "email"), ("website", "situs_web")):  # fmt: skip
            if v[column] or agency.pk is None:
                setattr(agency, attr, v[column])
        agency.save()
        by_code[agency.slug] = agency
        for platform in SOCIAL_COLUMNS:
            if v[platform]:
                _add_social(agency, platform, v[platform])
    for result in results:
        parent_code = result.values["induk"]
        if parent_code:
            agency = by_code[result.values["kode"]]
            agency.parent = by_code.get(parent_code) or Agency.objects.get(forum=forum, slug=parent_code)
            try:
                agency.full_clean(exclude=["forum", "slug", "name"])
            except ValidationError as exc:
                raise ImportRefused(
                    _("Line %(line)s: %(errors)s") % {"line": result.line, "errors": " ".join(exc.messages)}
                ) from None
            agency.save()
    return results


def _add_social(agency: Agency, platform: str, text: str) -> None:
    """Add an account given as a handle or a profile URL, unless the agency already has it."""
    text = text.strip()
    url = text if text.startswith(("http://", "https://")) else ""
    handle = "@" + text.rstrip("/").rsplit("/", 1)[-1].lstrip("@") if url else text
    for account in agency.social_accounts.filter(platform=platform):
        if (url and account.url == url) or account.handle.lstrip("@") == handle.lstrip("@"):
            return
    SocialAccount.objects.create(agency=agency, platform=platform, handle=handle, url=url)


@transaction.atomic
def apply_members(
    forum: Forum, rows: list[dict[str, str]], by: Member | None = None
) -> tuple[list[RowResult], list[Member]]:
    """Apply member rows; returns the results and the active members created (to be invited)."""
    results = check_members(forum, rows, by)
    if has_errors(results):
        raise ImportRefused(_("The file has errors; nothing was imported."))
    created: list[Member] = []
    for result in results:
        v = result.values
        member = Member.objects.filter(email=v["email"]).first()
        if member is None:
            member = Member.objects.create_user(v["email"], None, full_name=v["nama"])
            created.append(member)
        for attr, column in (("full_name", "nama"), ("position", "jabatan"), ("phone", "telepon")):
            if v[column]:
                setattr(member, attr, v[column])
        member.save()
        active = v["aktif"].strip().lower()
        if active in _NO:
            member.deactivate(by=None)
            created = [m for m in created if m.pk != member.pk]
        elif active in _YES:
            member.reactivate()
        if v["instansi"]:
            agency = Agency.objects.get(forum=forum, slug=v["instansi"])
            for role in split_list(v["peran"]):
                AgencyRole.objects.get_or_create(member=member, agency=agency, role=role)
        for role in split_list(v["peran_forum"]):
            ForumRole.objects.get_or_create(member=member, forum=forum, role=role)
    return results, created
