"""Filing and deciding a keberatan; the periods come from the clock."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core import limits
from sinergi.core.tasks import enqueue_or_defer
from sinergi.ppid.models import InformationRequest, Objection, ObjectionGround, RequestAction
from sinergi.ppid.tasks import tell_of_objection


def file_objection(item: InformationRequest, grounds: list[str], statement: str) -> Objection:
    """The requester objects from the tracking page, within the period (UU 14/2008 Pasal 36(1))."""
    if hasattr(item, "objection"):
        raise ValueError(_("An objection to this request has already been filed."))
    window = item.objection_window()
    today = timezone.localdate()
    if window is None:
        raise ValueError(_("An objection can be filed once the written notice is given or its period has passed."))
    if today > window[1]:
        raise ValueError(_("The period for an objection ended on %(date)s.") % {"date": window[1].strftime("%d-%m-%Y")})
    grounds = [g for g in grounds if g in ObjectionGround.values]
    if not grounds or not statement.strip():
        raise ValueError(_("Choose at least one ground and say what you object to."))
    limits.check_length(statement.strip(), limits.LONG_TEXT)
    with transaction.atomic():
        objection = Objection.objects.create(request=item, grounds=sorted(set(grounds)), statement=statement.strip())
        item.events.create(action=RequestAction.OBJECTED, comment=", ".join(objection.grounds))
        enqueue_or_defer(tell_of_objection, objection.pk)  # after commit: the atasan PPID hears at once
    return objection


def answer_objection(objection: Objection, by, outcome: str, answer: str, position: str) -> None:
    """The atasan PPID decides (Pasal 36(2)); the answer is on the requester's page at once."""
    if objection.answered_at:
        raise ValueError(_("This objection has been answered already."))
    if not answer.strip() or not position.strip():
        raise ValueError(_("Write the answer and your position."))
    limits.check_length(answer.strip(), limits.LONG_TEXT)
    with transaction.atomic():
        objection.outcome, objection.answer, objection.answered_by_position = outcome, answer.strip(), position
        objection.answered_at, objection.answered_by = timezone.now(), by
        objection.save()
        objection.request.events.create(action=RequestAction.OBJECTION_ANSWERED, actor=by,
                                        comment=objection.get_outcome_display())  # fmt: skip


def respond_to_answer(objection: Objection, text: str) -> None:
    """The requester's response to the atasan's decision: the last column of the register keberatan."""
    text = text.replace("\x00", "").strip()  # a NUL no keyboard types; PostgreSQL refuses to store it
    if not objection.answered_at:
        raise ValueError(_("The atasan PPID has not answered yet."))
    if objection.requester_response:
        raise ValueError(_("Your response has been recorded already."))
    if not text:
        raise ValueError(_("Write your response."))
    limits.check_length(text, limits.REASON)  # refused whole, never cut without telling
    with transaction.atomic():
        # A conditional update: of two quick submits, the first response stays.
        if not Objection.objects.filter(pk=objection.pk, requester_response="").update(requester_response=text):
            raise ValueError(_("Your response has been recorded already."))
        objection.refresh_from_db(fields=["requester_response"])
        objection.request.events.create(action=RequestAction.RESPONDED, comment=objection.requester_response[:300])
