from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from sinergi.core.working_days import register_forum_calendar


class PpidConfig(AppConfig):
    name = "sinergi.ppid"
    label = "ppid"
    verbose_name = _("PPID")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.ppid import contributions, effects, signals  # noqa: F401  (effects and signals register themselves)
        from sinergi.ppid.clock import forum_calendar

        register_forum_calendar(forum_calendar)  # every app's working days follow the PPID's calendar settings
        contributions.register()
