"""The attendance and materials panels of a meeting's page."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.permissions import allowed
from sinergi.meetings import attendance, materials

register = template.Library()


@register.inclusion_tag("meetings/attendance/panel.html", takes_context=True)
def attendance_panel(context, meeting) -> dict:
    """Everyone sees who came and the materials; those who run the meeting also get the QR code and the lists."""
    request = context["request"]
    user = request.user
    can_run = allowed("meetings.run_meeting", user, meeting)
    opens, closes = attendance.window(meeting)
    now = timezone.now()
    items = list(meeting.materials.select_related("speaker__member").order_by("-uploaded_at", "-pk"))
    show_qr = can_run and not meeting.is_cancelled and now <= closes
    return {
        "meeting": meeting, "request": request, "csrf_token": context.get("csrf_token"), "can_run": can_run,
        "attendances": list(attendance.attendances(meeting)),
        "mine": attendance.attendance_of(meeting, user) if user.is_authenticated else None,
        "opens": opens, "closes": closes, "is_open": attendance.is_open(meeting, now), "closed": now > closes,
        "qr": attendance.qr_svg(meeting, _("QR code to check in to %(title)s") % {"title": meeting.title})
        if show_qr else "",
        "materials": items, "removable": materials.removable(user, meeting.forum, items),
    }  # fmt: skip


FILE_KINDS = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
}


@register.filter
def file_kind(material) -> str:
    """What a material is, in a word a reader knows: PDF, PowerPoint, Word, Excel, JPG..."""
    if material.content_type in FILE_KINDS:
        return FILE_KINDS[material.content_type]
    return material.file_name.rsplit(".", 1)[-1].upper() if "." in material.file_name else ""
