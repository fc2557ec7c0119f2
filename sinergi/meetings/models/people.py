"""Who takes part in a meeting: the agenda and its speakers, the invited, and their answers (RSVP)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SpeakerRole(models.TextChoices):
    OPENING = "sambutan", _("Opening remarks")
    MODERATOR = "moderator", _("Moderator")
    SPEAKER = "narasumber", _("Speaker")


class Speaker(models.Model):
    """A member, or an outside guest (e.g. the chair of the local journalists' association)."""

    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="speakers", verbose_name=_("meeting")
    )
    role = models.CharField(_("role"), max_length=12, choices=SpeakerRole.choices, default=SpeakerRole.SPEAKER)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+", verbose_name=_("member"))  # fmt: skip
    name = models.CharField(_("name"), max_length=200, blank=True, help_text=_("For a guest who is not a member."))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    topic = models.CharField(_("topic"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.display_name

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id

    @property
    def display_name(self) -> str:
        return self.member.full_name if self.member_id else self.name


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.CASCADE, related_name="agenda", verbose_name=_("meeting")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    starts_at = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("item"), max_length=300)
    speaker = models.ForeignKey(Speaker, null=True, blank=True, on_delete=models.SET_NULL, related_name="items",
                                verbose_name=_("speaker"))  # fmt: skip

    class Meta:
        ordering = ["order", "starts_at", "id"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self) -> str:
        return self.title

    @property
    def audit_forum_id(self) -> int | None:
        return self.meeting.forum_id


class InviteeKind(models.TextChoices):
    AGENCY = "agency", _("Everyone in an agency")
    AGENCY_ROLE = "agency_role", _("Everyone with an agency role")
    FORUM_ROLE = "forum_role", _("Everyone with a forum role")
    MEMBER = "member", _("One person")


class Invitation(models.Model):
    """Who is invited: a whole agency, a role (all admins media sosial), or one person.

    The people are worked out when asked (`sinergi.meetings.invitations.invitees`), so someone
    who joins an invited agency later is invited too.
    """

    meeting = models.ForeignKey("meetings.Meeting", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="invitations", verbose_name=_("meeting"))  # fmt: skip
    series = models.ForeignKey("meetings.MeetingSeries", null=True, blank=True, on_delete=models.CASCADE,
                               related_name="invitations", help_text="Copied to each meeting the series plans.", verbose_name=_("meeting series"))  # fmt: skip
    kind = models.CharField(_("invite"), max_length=12, choices=InviteeKind.choices)
    agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("agency"))  # fmt: skip
    role = models.CharField(_("role"), max_length=20, blank=True)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="+", verbose_name=_("person"))  # fmt: skip
    sent_at = models.DateTimeField(null=True, blank=True, editable=False, verbose_name=_("sent at"))

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.CheckConstraint(condition=models.Q(meeting__isnull=False) | models.Q(series__isnull=False),
                                   name="invitation_to_a_meeting_or_a_series"),
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.agency or self.member or self.role}"

    @property
    def audit_forum_id(self) -> int | None:
        return (self.meeting or self.series).forum_id


class RsvpAnswer(models.TextChoices):
    YES = "yes", _("Attending")
    NO = "no", _("Not attending")
    MAYBE = "maybe", _("Maybe")


class Rsvp(models.Model):
    meeting = models.ForeignKey("meetings.Meeting", on_delete=models.CASCADE, related_name="rsvps")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps")
    answer = models.CharField(_("answer"), max_length=5, choices=RsvpAnswer.choices)
    note = models.CharField(_("note"), max_length=300, blank=True,
                            help_text=_("E.g. who attends on your behalf."))  # fmt: skip
    answered_at = models.DateTimeField(auto_now=True)

    audit_trail_exempt = True  # a person's own answer; not a record of the forum

    class Meta:
        constraints = [models.UniqueConstraint("meeting", "member", name="rsvp_one_per_member")]

    def __str__(self) -> str:
        return f"{self.member_id}: {self.answer}"
