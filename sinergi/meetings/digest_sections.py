"""The meetings app's sections of the weekly digest: meetings coming up, actions due or late."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from sinergi.forum.digest import DigestSection
from sinergi.forum.models import Forum
from sinergi.meetings.actions import answered_for_by
from sinergi.meetings.invitations import meetings_for
from sinergi.meetings.models import MeetingStatus

AHEAD = dt.timedelta(days=14)


def _forums(member):
    return Forum.objects.filter(Q(agencies__member_roles__member=member) | Q(member_roles__member=member)).distinct()


def meetings_section(member, since, until) -> DigestSection | None:
    """The member's meetings in the next two weeks."""
    lines = []
    for forum in _forums(member):
        coming = meetings_for(member, forum).filter(status=MeetingStatus.SCHEDULED, start__gte=until,
                                                    start__lt=until + AHEAD).order_by("start")  # fmt: skip
        for meeting in coming:
            when = date_format(timezone.localtime(meeting.start), "l, j F Y, H.i")
            lines.append((f"{meeting.title} ({when})", meeting.get_absolute_url()))
    return DigestSection(_("Your meetings in the next two weeks"), lines) if lines else None


def actions_section(member, since, until) -> DigestSection | None:
    """Follow-up actions the member answers for, due in the next two weeks or already late."""
    mine = answered_for_by(member).unfinished()
    due_by = timezone.localtime(until).date() + AHEAD
    lines = []
    today = timezone.localtime(until).date()
    for action in mine.filter(due_on__lte=due_by).select_related("agency").order_by("due_on")[:15]:
        state = _("late since %(date)s") if action.due_on < today else _("due %(date)s")
        lines.append((f"{action.title}: {state % {'date': date_format(action.due_on, 'j F Y')}}",
                      action.get_absolute_url()))  # fmt: skip
    return DigestSection(_("Follow-up actions due"), lines) if lines else None
