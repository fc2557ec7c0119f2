"""A meeting's check-in code is shown on its QR page only: the audit trail records no value."""

from __future__ import annotations

import json

from sinergi.conftest import client_for
from sinergi.core.models import AuditEntry
from sinergi.meetings.tests.factory import make_meeting


def test_the_trail_of_a_meeting_never_holds_its_checkin_code(forum, imigrasi, moderator):
    meeting = make_meeting(forum, [imigrasi])
    meeting.checkin_token = "baru-" + meeting.checkin_token[5:]
    meeting.save()
    trail = json.dumps(list(AuditEntry.objects.filter(object_id=str(meeting.pk)).values_list("changes", flat=True)))
    assert '"checkin_token"' in trail and meeting.checkin_token not in trail
    page = client_for(moderator).get("/ruang-kerja/audit/?model=meeting").content.decode()
    assert meeting.checkin_token not in page
