from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class DisseminationConfig(AppConfig):
    """Spreading information as one network: amplification requests, and what the agencies shared."""

    name = "sinergi.dissemination"
    label = "dissemination"
    verbose_name = _("Dissemination")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.dissemination import contributions
        from sinergi.dissemination.effects import release_event_saved, release_saved
        from sinergi.releases.models import Release, ReleaseEvent

        post_save.connect(release_event_saved, sender=ReleaseEvent, dispatch_uid="dissemination.close_on_withdrawal")
        post_save.connect(release_saved, sender=Release, dispatch_uid="dissemination.clash_index")
        contributions.register()
