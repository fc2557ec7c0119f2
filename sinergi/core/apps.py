from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "sinergi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from sinergi.core import audit, contributions, file_budget, views

        audit.connect()
        file_budget.limit_pillow()
        contributions.cards.register(views.audit_card)
