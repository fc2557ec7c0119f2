from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from sinergi.core import file_budget


class CoreConfig(AppConfig):
    name = "sinergi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        # Not at the top: the audit trail imports models, which load only after the app registry.
        from sinergi.core import audit

        audit.connect()
        file_budget.limit_pillow()
