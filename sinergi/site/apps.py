from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The composition layer: the one app that gathers from every other (docs/architecture.md)."""

    name = "sinergi.site"
    label = "site"
    verbose_name = _("Site")
