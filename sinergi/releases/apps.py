from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ReleasesConfig(AppConfig):
    name = "sinergi.releases"
    label = "releases"
    verbose_name = _("Releases")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.releases import contributions
        from sinergi.releases.effects import release_deleted, release_saved
        from sinergi.releases.models import Release

        post_save.connect(release_saved, sender=Release, dispatch_uid="releases.search_on_save")
        post_delete.connect(release_deleted, sender=Release, dispatch_uid="releases.search_on_delete")
        contributions.register()
