"""Load the Kepulauan Meranti demo forum. Running it again changes nothing."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from sinergi.core.audit import acting_as
from sinergi.forum import demo
from sinergi.forum.channel_demo import load_demo_channel
from sinergi.forum.models import Agency, AgencyRole, Forum, ForumRole, Member, SocialAccount
from sinergi.meetings.demo import load_demo_meetings
from sinergi.ppid.demo import load_demo_ppid
from sinergi.releases.demo import load_demo_releases


class Command(BaseCommand):
    help = "Create or refresh the Kepulauan Meranti demo forum: agencies, logins, releases, PPID records, meetings."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the demo logins.")

    @transaction.atomic
    def handle(self, *args, **options):
        with acting_as(None):
            forum = self._forum()
            agencies = self._agencies(forum)
            self._people(forum, agencies)
            load_demo_releases(forum)
            load_demo_ppid(forum)
            load_demo_meetings(forum)
            load_demo_channel(forum)
        if not options["quiet_logins"]:
            self.print_logins()

    def _forum(self) -> Forum:
        data = dict(demo.FORUM)
        forum = Forum.objects.filter(slug=data.pop("slug")).first() or Forum(slug=demo.FORUM["slug"])
        return _save_if_changed(forum, data)

    def _agencies(self, forum: Forum) -> dict[str, Agency]:
        agencies: dict[str, Agency] = {}
        for code, name, short, kind, parent, region in demo.AGENCIES:
            agency = Agency.objects.filter(forum=forum, slug=code).first() or Agency(forum=forum, slug=code)
            values = {"name": name, "short_name": short, "kind": kind, "region_code": region,
                      "parent": agencies.get(parent)}  # fmt: skip
            agencies[code] = _save_if_changed(agency, values)
        for code, platform, handle in demo.SOCIAL_ACCOUNTS:
            SocialAccount.objects.get_or_create(agency=agencies[code], platform=platform, handle=handle)
        return agencies

    def _people(self, forum: Forum, agencies: dict[str, Agency]) -> None:
        for email, name, position, agency_roles, forum_roles in demo.PEOPLE:
            member = Member.objects.filter(email=email).first()
            if member is None:
                member = Member.objects.create_user(email, None, full_name=name, position=position)
                Member.objects.filter(pk=member.pk).update(is_demo=True)
                member.is_demo = True
            _save_if_changed(member, {"full_name": name, "position": position})
            # Demo passwords exist only on a development machine.
            if settings.DEBUG and not member.check_password(demo.DEMO_PASSWORD):
                member.set_password(demo.DEMO_PASSWORD)
                member.save(update_fields=["password"])
            for code, role in agency_roles:
                AgencyRole.objects.get_or_create(member=member, agency=agencies[code], role=role)
            for role in forum_roles:
                ForumRole.objects.get_or_create(member=member, forum=forum, role=role)

    def print_logins(self) -> None:
        if not settings.DEBUG:
            self.stdout.write("Demo logins work only with DEBUG=true; none are printed.")
            return
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {demo.DEMO_PASSWORD}):"))
        for email, name, _position, agency_roles, forum_roles in demo.PEOPLE:
            roles = ", ".join([f"{role} {code}" for code, role in agency_roles] + forum_roles)
            self.stdout.write(f"  {email:<28} {name:<18} {roles}")
        # Officers must use two-step sign-in (forum/two_factor.py); on a demo it would stop anyone
        # without an authenticator app at the door, so demo accounts may skip it while DEBUG is on.
        self.stdout.write("Two-step sign-in is required in production for moderators, PPID, atasan PPID,")
        self.stdout.write("walidata and administrators; demo accounts skip it while DEBUG is on. Try it from")
        self.stdout.write("Workspace > Your account > Two-step sign-in (any authenticator app, e.g. FreeOTP).")


def _save_if_changed(obj, values: dict):
    """Save only when something differs, so a second run writes nothing (and audits nothing)."""
    changed = obj.pk is None
    for attr, value in values.items():
        if getattr(obj, attr) != value:
            setattr(obj, attr, value)
            changed = True
    if changed:
        obj.save()
    return obj
