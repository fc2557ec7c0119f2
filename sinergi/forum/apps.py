from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "sinergi.forum"
    label = "forum"
    verbose_name = _("Forum directory")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from sinergi.core.notifications import register_kind
        from sinergi.forum import api_tokens, auth

        api_tokens.connect()
        register_kind("forum.announcement", _("Announcements from the moderators"))
        register_kind("forum.mention", _("Someone mentions me in a discussion"))
        user_logged_in.connect(auth.signed_in, dispatch_uid="sinergi-signed-in")
