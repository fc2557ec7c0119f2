from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "sinergi.forum"
    label = "forum"
    verbose_name = _("Forum directory")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from sinergi.forum import api_tokens, auth, contributions

        api_tokens.connect()
        user_logged_in.connect(auth.signed_in, dispatch_uid="sinergi-signed-in")
        contributions.register()
