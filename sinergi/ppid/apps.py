from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PpidConfig(AppConfig):
    name = "sinergi.ppid"
    label = "ppid"
    verbose_name = _("PPID")

    def ready(self) -> None:
        from sinergi.core.notifications import register_kind

        # Requesters are e-mailed with no kind at all: no setting can stop their receipt or notice.
        register_kind("ppid.request_routed", _("A request routed to my agency"))
        register_kind("ppid.objection_filed", _("A new objection to decide"))
        register_kind("ppid.overview", _("The PPID's daily overview of deadlines"))
        register_kind("ppid.escalation", _("A request past its legal deadline (to the PPID utama)"), required=True,
                      reason=_("The law sets the deadline (UU 14/2008 Pasal 22), and the PPID utama must act "
                               "on a late request at once."))  # fmt: skip
