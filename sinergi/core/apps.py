from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from sinergi.core import contributions, file_budget


class CoreConfig(AppConfig):
    name = "sinergi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        # Not at the top: the audit trail and the views import models, which load only after the app registry.
        from sinergi.core import audit, views

        audit.connect()
        file_budget.limit_pillow()
        contributions.cards.register(views.audit_card)
