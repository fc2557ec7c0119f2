from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    """Media monitoring: what outlets say about each agency, and in what tone."""

    name = "sinergi.monitoring"
    label = "monitoring"
    verbose_name = _("Media monitoring")
