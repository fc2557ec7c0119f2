"""Load the Kepulauan Meranti demo forum, then each app's demo in the order the apps registered. Idempotent."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from sinergi.core import contributions
from sinergi.core.audit import acting_as
from sinergi.forum.demo import DEMO_PASSWORD
from sinergi.forum.demo_loader import demo_logins, load_demo_forum


class Command(BaseCommand):
    help = "Create or refresh the Kepulauan Meranti demo forum: agencies, logins, and every app's demo content."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print the demo logins.")

    @transaction.atomic
    def handle(self, *args, **options):
        with acting_as(None):
            forum = load_demo_forum()
            for loader in contributions.demo_loaders:
                loader(forum)
        if not options["quiet_logins"]:
            self.print_logins()

    def print_logins(self) -> None:
        if not settings.DEBUG:
            self.stdout.write("Demo logins work only with DEBUG=true; none are printed.")
            return
        self.stdout.write(self.style.SUCCESS(f"Demo logins (password for all: {DEMO_PASSWORD}):"))
        for line in demo_logins():
            self.stdout.write(line)
        # Officers must use two-step sign-in (forum/two_factor.py); on a demo it would stop anyone
        # without an authenticator app at the door, so demo accounts may skip it while DEBUG is on.
        self.stdout.write("Two-step sign-in is required in production for moderators, PPID, atasan PPID,")
        self.stdout.write("walidata and administrators; demo accounts skip it while DEBUG is on. Try it from")
        self.stdout.write("Workspace > Your account > Two-step sign-in (any authenticator app, e.g. FreeOTP).")
