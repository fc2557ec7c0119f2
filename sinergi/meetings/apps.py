from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "sinergi.meetings"
    verbose_name = _("Meetings and follow-ups")

    def ready(self) -> None:
        from sinergi.core.notifications import register_kind
        from sinergi.forum.digest import register_section
        from sinergi.meetings.digest_sections import actions_section, meetings_section

        register_section(meetings_section)
        register_section(actions_section)
        register_kind("meetings.invitation", _("Meeting invitations, changes and cancellations"))
        register_kind("meetings.reminder", _("Meeting reminders, the day before"))
        register_kind("meetings.minutes", _("Minutes to approve, approved, or sent back to me"))
        register_kind("meetings.action", _("Follow-up actions: new, due soon or overdue"))
