from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "sinergi.meetings"
    verbose_name = _("Meetings and follow-ups")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.forum.digest import register_section
        from sinergi.meetings import contributions, effects  # noqa: F401  (effects registers what follows each step)
        from sinergi.meetings.digest_sections import actions_section, meetings_section

        register_section(meetings_section)
        register_section(actions_section)
        contributions.register()
