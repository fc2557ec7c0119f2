from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PpidConfig(AppConfig):
    name = "sinergi.ppid"
    label = "ppid"
    verbose_name = _("PPID")

    def ready(self) -> None:
        from sinergi.ppid import contributions, effects  # noqa: F401  (effects registers what follows each step)

        contributions.register()
