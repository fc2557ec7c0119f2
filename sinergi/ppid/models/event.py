from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits


class RequestAction(models.TextChoices):
    RECEIVED = "received", _("received")
    ROUTED = "routed", _("routed to the agency holding the information")
    FORWARDED = "forwarded", _("forwarded: not held here")
    EXTENDED = "extended", _("period extended")
    NOTICE_GIVEN = "notice_given", _("written notice given")
    ESCALATED = "escalated", _("overdue: escalated to the PPID utama")
    OBJECTED = "objected", _("objection filed")
    OBJECTION_ANSWERED = "objection_answered", _("objection answered by the atasan PPID")
    DISPUTE_FILED = "dispute_filed", _("dispute filed with the Komisi Informasi")
    DISPUTE_UPDATED = "dispute_updated", _("dispute record updated")
    REMINDED = "reminded", _("reminder sent before the deadline")
    RESPONDED = "responded", _("the requester responded to the atasan's decision")
    DELIVERED = "delivered", _("written notice handed over to the requester")
    EMAILED = "emailed", _("written notice sent to the requester by e-mail")
    DELIVERY_FAILED = "delivery_failed", _("the e-mail to the requester failed")
    RESENT = "resent", _("the written notice's e-mail sent again")
    DOCUMENT_GIVEN = "document_given", _("document given to the requester")
    DOCUMENTS_ANNOUNCED = "documents_told", _("the requester told the documents are ready")
    SUBJECT_CHECKED = "subject_checked", _("subject for the public register checked")


class RequestEvent(models.Model):
    """One step in a request's life: who, when, which agency it went from and to, and why."""

    audit_trail_exempt = True  # this is the request's own trail

    request = models.ForeignKey("ppid.InformationRequest", on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=RequestAction.choices)
    from_agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    to_agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    comment = models.TextField(blank=True, max_length=limits.LONG_TEXT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.request_id}: {self.action}"


class OverviewSent(models.Model):
    """The day a forum's daily overview went out, so a second run of the task sends nothing."""

    audit_trail_exempt = True

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint("forum", "day", name="overview_once_a_day")]

    def __str__(self) -> str:
        return f"{self.forum_id} {self.day}"
