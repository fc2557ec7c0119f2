"""The directory as spreadsheet rows, in the columns the import reads."""

from __future__ import annotations

from collections.abc import Iterator

from sinergi.forum.directory_columns import AGENCY_COLUMNS, MEMBER_COLUMNS, SOCIAL_COLUMNS
from sinergi.forum.models import Agency, Forum, Member


def agency_rows(forum: Forum) -> tuple[list[str], Iterator[list[str]]]:
    agencies = Agency.objects.filter(forum=forum).select_related("parent").prefetch_related("social_accounts")

    def rows() -> Iterator[list[str]]:
        for a in agencies:
            social = {platform: "" for platform in SOCIAL_COLUMNS}
            for account in a.social_accounts.all():
                if account.platform in social and not social[account.platform]:
                    social[account.platform] = account.url or account.handle
            yield [
                a.slug, a.name, a.short_name, a.kind, a.parent.slug if a.parent else "", a.region_code,
                a.address, a.phone, a.email, a.website, *social.values(),
            ]  # fmt: skip

    return AGENCY_COLUMNS, rows()


def member_rows(forum: Forum) -> tuple[list[str], Iterator[list[str]]]:
    """One row per member and agency; forum roles ride on the member's first row."""
    members = Member.objects.in_forum(forum).with_roles_in(forum)

    def rows() -> Iterator[list[str]]:
        for m in members:
            by_agency: dict[str, list[str]] = {}
            for role in m.agency_roles.all():
                by_agency.setdefault(role.agency.slug, []).append(role.role)
            forum_roles = ",".join(r.role for r in m.forum_roles.all())
            active = "ya" if m.is_active else "tidak"
            for index, (agency, roles) in enumerate(sorted(by_agency.items()) or [("", [])]):
                yield [
                    m.email, m.full_name, m.position, m.phone, agency, ",".join(sorted(roles)),
                    forum_roles if index == 0 else "", active,
                ]  # fmt: skip

    return MEMBER_COLUMNS, rows()
