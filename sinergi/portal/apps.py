from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "sinergi.portal"
    label = "portal"
    verbose_name = _("Public portal")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.portal import contributions

        contributions.register()
