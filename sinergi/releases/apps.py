from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReleasesConfig(AppConfig):
    name = "sinergi.releases"
    label = "releases"
    verbose_name = _("Releases")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from sinergi.core.notifications import register_kind
        from sinergi.releases.effects import release_deleted, release_saved
        from sinergi.releases.models import Release

        post_save.connect(release_saved, sender=Release, dispatch_uid="releases.search_on_save")
        post_delete.connect(release_deleted, sender=Release, dispatch_uid="releases.search_on_delete")
        register_kind("releases.event", _("A step of a release that needs me or concerns my release"))
