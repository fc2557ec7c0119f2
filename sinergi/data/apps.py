from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DataConfig(AppConfig):
    """Satu Data: the regency's data catalogue, kept by its produsen data and verified by its walidata."""

    name = "sinergi.data"
    label = "data"
    verbose_name = _("Satu Data")

    def ready(self) -> None:
        from sinergi.data import contributions  # imports models: only once the registry is ready

        contributions.register()
