"""Run the web server and the task worker (with its scheduler) together; Ctrl-C stops both."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from django.core.management.base import BaseCommand

from sinergi.site.management.commands.load_demo import Command as Demo


class Command(BaseCommand):
    help = "Start the web server, the task worker and its scheduler for local use."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="Address for the web server.")

    def handle(self, *args, **options):
        signal.signal(signal.SIGTERM, _interrupt)
        manage = [sys.executable, "manage.py"]
        # Own sessions: Ctrl-C reaches only this command, which then stops each child once.
        processes = {
            "web": subprocess.Popen([*manage, "runserver", options["addr"], "--noreload"], start_new_session=True),
            # huey's consumer runs the scheduler of periodic tasks too.
            "worker": subprocess.Popen([*manage, "run_huey", "--quiet"], start_new_session=True),
        }
        # From here on, whatever stops this command stops the children too.
        try:
            self._announce(options["addr"])
            while all(p.poll() is None for p in processes.values()):
                time.sleep(0.5)
            stopped = [name for name, p in processes.items() if p.poll() is not None]
            self.stderr.write(f"Stopped unexpectedly: {', '.join(stopped)}; shutting down the rest.")
        except KeyboardInterrupt:
            self.stdout.write("\nStopping…")
        finally:
            for p in processes.values():
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            for p in processes.values():
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()

    def _announce(self, addr: str) -> None:
        time.sleep(1.5)  # let runserver print its banner first
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Sinergi is running at http://{addr}/"))
        self.stdout.write(f"  back office: http://{addr}/ruang-kerja/   API: http://{addr}/api/")
        Demo(stdout=self.stdout, stderr=self.stderr).print_logins()
        self.stdout.write("Press Ctrl-C to stop.")


def _interrupt(signum, frame):
    raise KeyboardInterrupt
