from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _

from sinergi.core import backup


class ForumConfig(AppConfig):
    name = "sinergi.forum"
    label = "forum"
    verbose_name = _("Forum directory")

    def ready(self) -> None:
        # Not at the top: these import models, which load only after the app registry.
        from sinergi.forum import api_tokens, auth, contributions
        from sinergi.forum.models import Forum, Member

        api_tokens.connect()
        user_logged_in.connect(auth.signed_in, dispatch_uid="sinergi-signed-in")
        # A restore never overwrites an installation that has a forum or a member.
        backup.register_in_use_check(lambda: Forum.objects.exists() or Member.objects.exists())
        contributions.register()
