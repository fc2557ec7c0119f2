"""The demo forum itself: its agencies and people, created or refreshed; every app adds its demo after."""

from __future__ import annotations

from django.conf import settings

from sinergi.forum import demo
from sinergi.forum.models import Agency, AgencyRole, Forum, ForumRole, Member, SocialAccount


def load_demo_forum() -> Forum:
    """The Kepulauan Meranti forum with its agencies and demo logins; running it again changes nothing."""
    forum = _forum()
    _people(forum, _agencies(forum))
    return forum


def demo_logins() -> list[str]:
    """One line per demo login, with the roles each holds."""
    lines = []
    for email, name, _position, agency_roles, forum_roles in demo.PEOPLE:
        roles = ", ".join([f"{role} {code}" for code, role in agency_roles] + forum_roles)
        lines.append(f"  {email:<28} {name:<18} {roles}")
    return lines


def _forum() -> Forum:
    data = dict(demo.FORUM)
    forum = Forum.objects.filter(slug=data.pop("slug")).first() or Forum(slug=demo.FORUM["slug"])
    return save_if_changed(forum, data)


def _agencies(forum: Forum) -> dict[str, Agency]:
    agencies: dict[str, Agency] = {}
    for code, name, short, kind, parent, region in demo.AGENCIES:
        agency = Agency.objects.filter(forum=forum, slug=code).first() or Agency(forum=forum, slug=code)
        values = {"name": name, "short_name": short, "kind": kind, "region_code": region,
                  "parent": agencies.get(parent)}  # fmt: skip
        agencies[code] = save_if_changed(agency, values)
    for code, platform, handle in demo.SOCIAL_ACCOUNTS:
        SocialAccount.objects.get_or_create(agency=agencies[code], platform=platform, handle=handle)
    return agencies


def _people(forum: Forum, agencies: dict[str, Agency]) -> None:
    for email, name, position, agency_roles, forum_roles in demo.PEOPLE:
        member = Member.objects.filter(email=email).first()
        if member is None:
            member = Member.objects.create_user(email, None, full_name=name, position=position)
            Member.objects.filter(pk=member.pk).update(is_demo=True)
            member.is_demo = True
        save_if_changed(member, {"full_name": name, "position": position})
        # Demo passwords exist only on a development machine.
        if settings.DEBUG and not member.check_password(demo.DEMO_PASSWORD):
            member.set_password(demo.DEMO_PASSWORD)
            member.save(update_fields=["password"])
        for code, role in agency_roles:
            AgencyRole.objects.get_or_create(member=member, agency=agencies[code], role=role)
        for role in forum_roles:
            ForumRole.objects.get_or_create(member=member, forum=forum, role=role)


def save_if_changed(obj, values: dict):
    """Save only when something differs, so a second run writes nothing (and audits nothing)."""
    changed = obj.pk is None
    for attr, value in values.items():
        if getattr(obj, attr) != value:
            setattr(obj, attr, value)
            changed = True
    if changed:
        obj.save()
    return obj
