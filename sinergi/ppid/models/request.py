"""A request for public information (permohonan informasi, UU 14/2008 Pasal 22) and its number.

The registration number is issued inside the same transaction that saves the request, so a
requester gets it at once even when no worker is running. Each step of the request (routing,
forwarding, extending, the written notice, a keberatan) is a method here that checks the state,
moves with a conditional UPDATE (`core.workflow.move`), records a `RequestEvent` and leaves its
effects (the requester's e-mail) to `ppid/effects.py`, after commit.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits, pii
from sinergi.core.workflow import TransitionError, after_commit, check_length, move
from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.ppid import letters
from sinergi.ppid.models.calendar import Step
from sinergi.ppid.models.event import RequestAction, RequestEvent
from sinergi.ppid.models.letter import LetterKind
from sinergi.ppid.models.notice import DeliveryState, WrittenNotice
from sinergi.ppid.models.objection import Objection, ObjectionGround
from sinergi.ppid.models.public_body import PublicBody, main_body_name


class RequesterType(models.TextChoices):
    PERSON = "perorangan", _("Individual")
    LEGAL_ENTITY = "badan_hukum", _("Legal entity")
    GROUP = "kelompok", _("Community group")


class Channel(models.TextChoices):
    """How a request or an objection reached the PPID (Pasal 22(1): in writing or not, e-mail included)."""

    WEB = "web", _("Website")
    EMAIL = "email", _("E-mail")
    IN_PERSON = "langsung", _("In person")
    POST = "pos", _("Post")
    PHONE = "telepon", _("Phone")


DESK_CHANNELS = [choice for choice in Channel.choices if choice[0] != Channel.WEB]


class Delivery(models.TextChoices):
    PICK_UP = "langsung", _("Collect in person")
    COURIER = "kurir", _("Courier")
    POST = "pos", _("Post")
    FAX = "faksimili", _("Fax")
    EMAIL = "email", _("E-mail")


class Access(models.TextChoices):
    VIEW = "melihat", _("View / read")
    COPY = "salinan", _("Get a copy")


class Form(models.TextChoices):
    SOFTCOPY = "softcopy", _("Softcopy")
    HARDCOPY = "hardcopy", _("Hardcopy")


class RequestStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROCESS = "in_process", _("Being processed")
    ANSWERED = "answered", _("Answered")


UNANSWERED = {RequestStatus.RECEIVED, RequestStatus.IN_PROCESS}


class RequestCounter(models.Model):
    """The last registration number a public body gave in a year."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey("ppid.PublicBody", null=True, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    # Two series per body and year: the registration numbers of requests, and the numbers of its letters.
    REQUESTS, LETTERS = "permohonan", "surat"
    series = models.CharField(max_length=12, default=REQUESTS)
    last = models.PositiveIntegerField(default=0)

    audit_trail_exempt = True  # a counter; the requests it numbers are audited

    class Meta:
        constraints = [models.UniqueConstraint("body", "year", "series", name="request_counter_unique_per_series")]

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


def id_document_path(instance: InformationRequest, filename: str) -> str:
    # Never served from the media folder: only the PPIDs handling the request may download it.
    return f"ppid/identitas/{instance.tracking_token[:2]}/{instance.tracking_token}"


class InformationRequestQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Requests whose requesters' personal data has been kept as long as the forum keeps it; not while an
        objection waits for the atasan or a dispute for the Komisi Informasi (the record is still needed)."""
        limit = (now or timezone.now()) - datetime.timedelta(days=settings.PPID_PERSONAL_DATA_RETENTION_DAYS)
        due = self.filter(received_at__lt=limit, personal_data_erased_at__isnull=True)
        waiting = models.Q(objection__isnull=False, objection__answered_at__isnull=True)
        disputed = models.Q(objection__dispute__isnull=False, objection__dispute__decided_on__isnull=True)
        return due.exclude(waiting | disputed)

    def open(self):
        """Requests still waiting for their written notice."""
        return self.exclude(status=RequestStatus.ANSWERED)

    def handled_by(self, member, forum):
        """What a member sees in the PPID office: every request to the public bodies whose PPID or atasan
        they are (the main body's for the forum's PPID utama and atasan), and their own agencies' requests
        for a PPID pelaksana."""
        in_forum = self.filter(forum=forum)
        bodies = Q(public_body__ppid_head=member) | Q(public_body__atasan=member)
        if member.has_forum_role(forum, ForumRoleKind.PPID_UTAMA, ForumRoleKind.ATASAN_PPID):
            bodies |= Q(public_body__is_main=True)
        agencies = member.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA).values("agency")
        return in_forum.filter(bodies | Q(agency__in=agencies))


class InformationRequest(models.Model):
    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.PROTECT, related_name="information_requests", verbose_name=_("forum")
    )
    public_body = models.ForeignKey("ppid.PublicBody", null=True, on_delete=models.PROTECT,
                                    related_name="information_requests", verbose_name=_("public body"),
                                    help_text=_("The Badan Publik asked: its PPID answers, its atasan decides "
                                                "an objection."))  # fmt: skip
    agency = models.ForeignKey("forum.Agency", null=True, blank=True, on_delete=models.PROTECT,
                               related_name="information_requests", verbose_name=_("agency holding the information"),
                               help_text=_("Leave empty if you do not know; the PPID utama routes the request."))  # fmt: skip
    number = models.CharField(_("registration number"), max_length=40, editable=False)
    tracking_token = models.CharField(max_length=43, unique=True, editable=False, verbose_name=_("tracking link"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(_("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.RECEIVED)

    # The requester (Pasal 22(2) and the usual form). Personal data: shown only to the PPIDs
    # handling the request and the atasan PPID, never on a public surface.
    requester_type = models.CharField(_("requester"), max_length=12, choices=RequesterType.choices,
                                      default=RequesterType.PERSON)  # fmt: skip
    name = models.CharField(_("name"), max_length=200)
    id_number = models.CharField(_("NIK or deed number"), max_length=60)
    id_document = models.FileField(_("ID card or deed"), upload_to=id_document_path, blank=True, max_length=200)
    address = models.TextField(_("address"), max_length=limits.SHORT_TEXT)
    occupation = models.CharField(_("occupation"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    # What is asked for.
    subject = models.TextField(_("information requested"), max_length=limits.SUBJECT)
    # What the public register shows instead: written or confirmed by a PPID, checked by the
    # personal-data guard. Until then the register shows that the subject awaits the PPID's check.
    public_subject = models.CharField(_("subject in the public register"), max_length=limits.SHORT_TEXT, blank=True,
                                      editable=False)  # fmt: skip
    public_subject_checked_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("public subject checked at")
    )
    public_subject_checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
                                                  on_delete=models.SET_NULL, related_name="+", verbose_name=_("public subject checked by"))  # fmt: skip
    purpose = models.TextField(_("purpose of use"), max_length=limits.REASON)
    access = models.CharField(_("how you want it"), max_length=10, choices=Access.choices, default=Access.COPY)
    form = models.CharField(_("form"), max_length=10, choices=Form.choices, default=Form.SOFTCOPY)
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.EMAIL)
    # Kept for requests sent before the form stated its lawful basis instead of asking for consent.
    consent_at = models.DateTimeField(_("consent to the use of personal data"), null=True, blank=True, editable=False)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
                                      on_delete=models.SET_NULL, related_name="+",
                                      verbose_name=_("registered at the desk by"))  # fmt: skip
    personal_data_erased_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)
    reminded_for = models.DateField(_("reminder sent for the notice due on"), null=True, blank=True, editable=False)
    escalated_at = models.DateTimeField(_("escalated to the PPID utama at"), null=True, blank=True)
    extended_at = models.DateTimeField(_("extended at"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True, max_length=limits.REASON)
    client_fingerprint = models.CharField(
        max_length=64, blank=True, editable=False, db_index=True, verbose_name=_("sender's fingerprint")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    objects = InformationRequestQuerySet.as_manager()

    # The audit trail notes that these changed, never what they hold (UU 27/2022).
    audit_masked_fields = ("name", "id_number", "id_document", "address", "occupation", "phone", "email",
                           "client_fingerprint")  # fmt: skip
    # Whoever holds the tracking token acts as the requester (see core/capabilities.py).
    capability_fields = ("tracking_token",)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("information request")
        verbose_name_plural = _("information requests")
        constraints = [models.UniqueConstraint("forum", "number", name="request_number_unique_per_forum")]

    def __str__(self) -> str:
        return self.number

    def save(self, *args, **kwargs) -> None:
        if not self.pk:
            with transaction.atomic():
                self.number = self._next_number()
                self.tracking_token = self.tracking_token or secrets.token_urlsafe(32)
                super().save(*args, **kwargs)
                self.events.create(action=RequestAction.RECEIVED, to_agency=self.agency)
            return
        super().save(*args, **kwargs)

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def get_office_url(self) -> str:
        return reverse("ppid_office:detail", args=[self.pk])

    def get_tracking_url(self) -> str:
        return reverse("ppid:track", args=[self.tracking_token])

    @property
    def is_answered(self) -> bool:
        return self.status == RequestStatus.ANSWERED

    @property
    def emails_notice(self) -> bool:
        """The notice goes by e-mail: the requester asked for it and gave an address."""
        return self.delivery == Delivery.EMAIL and bool(self.email)

    @property
    def received_on(self):
        return self.forum.date_of(self.received_at)

    def notice_due_on(self, calendar=None):
        """When the written notice is due, on today's calendar: a day off added later moves it.

        After a recorded extension the period is the notice's plus the extension's (10 + 7).
        """
        from sinergi.ppid.clock import DeadlineCalendar  # cycle: the clock imports ppid.models for its calendar

        calendar = calendar or DeadlineCalendar.for_forum(self.forum)
        days = calendar.days_for(self.forum, Step.NOTICE)
        if self.extended_at:
            days += calendar.days_for(self.forum, Step.EXTENSION)
        return calendar.add_working_days(self.received_on, days)

    def first_period_ends_on(self, calendar=None):
        """The last day of the notice's own period (10 working days): an extension is given by then."""
        from sinergi.ppid.clock import DeadlineCalendar  # cycle: the clock imports ppid.models for its calendar

        calendar = calendar or DeadlineCalendar.for_forum(self.forum)
        return calendar.add_working_days(self.received_on, calendar.days_for(self.forum, Step.NOTICE))

    def objection_window(self, calendar=None):
        """(first, last) day a keberatan may be filed: 30 working days from the ground arising, i.e. from the
        written notice (from the day it reached the requester, when that was later), or from the day the
        notice was due and did not come."""
        from sinergi.ppid.clock import DeadlineCalendar  # cycle: the clock imports ppid.models for its calendar

        calendar = calendar or DeadlineCalendar.for_forum(self.forum)
        notice = getattr(self, "notice", None) if self.status == RequestStatus.ANSWERED else None
        arose = self.forum.date_of(notice.issued_at) if notice else self.notice_due_on(calendar)
        if notice and notice.delivered_on and notice.delivered_on > arose:
            arose = notice.delivered_on  # counted from the day the requester received the notice
        if not notice and self.forum.today() <= arose:
            return None  # still within the PPID's own period: nothing to object to yet
        return arose, calendar.add_working_days(arose, calendar.days_for(self.forum, Step.OBJECTION))

    # --- the workflow ----------------------------------------------------------------------

    LOST = _("Someone else moved this request just now. Reload the page.")

    def record(self, by, action: str, comment: str = "", **agencies) -> RequestEvent:
        """A line in the request's history; its effects (`ppid/effects.py`) follow once it is committed."""
        event = self.events.create(action=action, actor=by, comment=comment, **agencies)
        after_commit(event)
        return event

    def route(self, to_agency, by, comment: str = "") -> RequestEvent:
        """The PPID utama sends the request to the agency that holds the information."""
        return self._move_to(to_agency, by, RequestAction.ROUTED, comment)

    def forward(self, to_agency, by, reason: str) -> RequestEvent:
        """A PPID pelaksana answers "not held by us, held by X": the request moves, the forwarding is kept."""
        if not reason.strip():
            raise TransitionError(_("Say why the information is held elsewhere."))
        return self._move_to(to_agency, by, RequestAction.FORWARDED, reason)

    def _move_to(self, to_agency, by, action: str, comment: str) -> RequestEvent:
        if to_agency.forum_id != self.forum_id:
            raise TransitionError(_("That agency is not in this forum."))
        if to_agency.pk == self.agency_id:
            raise TransitionError(_("The request is already with that agency."))
        from_agency_id = self.agency_id
        status = RequestStatus.IN_PROCESS if self.status == RequestStatus.RECEIVED else self.status
        # An agency of another public body takes the request to that body (passed on, Pasal 22(7) b): its PPID
        # answers and its atasan decides from now on; the number stays the one it was registered under.
        body = PublicBody.objects.of_agency(to_agency) or self.public_body
        if body != self.public_body:
            comment = " ".join(filter(None, [comment.strip(), _("(passed on to %(body)s)") % {"body": body.name}]))
        with transaction.atomic():
            move(self, by, self.LOST, {"agency_id": from_agency_id, "status": self.status}, agency=to_agency,
                 status=status, public_body=body)  # fmt: skip
            return self.record(by, action, comment.strip(), from_agency_id=from_agency_id, to_agency=to_agency)

    def extend(self, by, reason: str, today: datetime.date | None = None) -> RequestEvent:
        """Pasal 22(8): one extension, with a written reason, within the first period and before the notice.

        `today` is the forum's today unless a step is replayed on its own day (the demo).
        """
        reason = reason.strip()
        if not reason:
            raise TransitionError(_("Give the written reason for the extension."))
        check_length(reason, limits.REASON)
        if self.extended_at:
            raise TransitionError(_("The period has already been extended once."))
        if self.is_answered:
            raise TransitionError(_("The written notice has been given already."))
        first_period_ends = self.first_period_ends_on()
        if (today or self.forum.today()) > first_period_ends:
            raise TransitionError(_("An extension must be given within the first period, by %(date)s (Pasal 22(8)); "
                                    "that day has passed.") % {"date": first_period_ends.strftime("%d-%m-%Y")})  # fmt: skip
        with transaction.atomic():
            move(self, by, self.LOST, {"extended_at__isnull": True, "status__in": UNANSWERED},
                 extended_at=timezone.now(), extension_reason=reason)  # fmt: skip
            letters.issue(LetterKind.EXTENSION, self.public_body, None, today or self.forum.today(), request=self)
            return self.record(by, RequestAction.EXTENDED, reason)

    def give_notice(self, notice: WrittenNotice, by) -> RequestEvent:
        """Issue the written notice once: the request is answered, its PDF kept, the requester e-mailed after commit."""
        given = _("The written notice has been given already.")
        if self.is_answered:
            raise TransitionError(given)
        with transaction.atomic():
            move(self, by, given, {"status__in": UNANSWERED}, status=RequestStatus.ANSWERED)
            notice.request, notice.issued_by = self, by
            # Received only once the mail server takes the e-mail, or the PPID records the hand-over.
            notice.delivery_state = DeliveryState.QUEUED if self.emails_notice else DeliveryState.WAITING
            notice.save()
            notice.issue_pdf()
            return self.record(by, RequestAction.NOTICE_GIVEN, notice.get_decision_display())

    def file_objection(self, grounds: list[str], statement: str, by=None, channel: str = "web") -> Objection:
        """The requester objects within the period (UU 14/2008 Pasal 36(1)): from the tracking page, or in
        writing at the desk, where the officer who registers it is `by`."""
        filed = _("An objection to this request has already been filed.")
        if hasattr(self, "objection"):
            raise TransitionError(filed)
        window = self.objection_window()
        if window is None:
            raise TransitionError(
                _("An objection can be filed once the written notice is given or its period has passed.")
            )
        if self.forum.today() > window[1]:
            raise TransitionError(_("The period for an objection ended on %(date)s.")
                                  % {"date": window[1].strftime("%d-%m-%Y")})  # fmt: skip
        grounds = sorted({ground for ground in grounds if ground in ObjectionGround.values})
        statement = statement.strip()
        if not grounds or not statement:
            raise TransitionError(_("Choose at least one ground and say what you object to."))
        check_length(statement, limits.LONG_TEXT)
        try:
            with transaction.atomic():  # one objection per request: of two at once, the second is refused here
                objection = Objection.objects.create(request=self, grounds=grounds, statement=statement,
                                                     channel=channel, registered_by=by)  # fmt: skip
                self.record(by, RequestAction.OBJECTED, ", ".join(grounds))
        except IntegrityError:
            raise TransitionError(filed) from None
        return objection

    def check_public_subject(self, by, text: str) -> RequestEvent:
        """A PPID confirms or rewrites the subject the public register shows; refused while it holds personal data."""
        text = " ".join(text.split())
        if not text:
            raise TransitionError(_("Write the subject as the public may read it."))
        check_length(text, limits.SHORT_TEXT)
        found = pii.find_personal_data(text, names=True)
        if found:
            kinds = ", ".join(sorted({str(finding.label) for finding in found}))
            raise TransitionError(_("The public subject still contains personal data (%(kinds)s); leave it out.")
                                  % {"kinds": kinds})  # fmt: skip
        with transaction.atomic():
            self.public_subject, self.public_subject_checked_by = text, by
            self.public_subject_checked_at = timezone.now()
            self.save(update_fields=["public_subject", "public_subject_checked_by", "public_subject_checked_at"])
            return self.record(by, RequestAction.SUBJECT_CHECKED, text)

    def suggested_public_subject(self) -> str:
        """The subject with every piece of personal data the guard finds masked: where a PPID starts from."""
        text = " ".join(self.subject.split())
        return pii.redact(text, pii.find_personal_data(text, names=True))[: limits.SHORT_TEXT]

    ERASED = "[dihapus]"

    def erase_personal_data(self) -> None:
        """Remove who the requester is, everywhere it was kept (`ppid/erasure.py`); what was asked, when and
        how it ended stay for the statistics."""
        from sinergi.ppid import erasure  # cycle: erasure reads the request's notice, objection and documents

        erasure.erase(self)

    @property
    def has_open_objection(self) -> bool:
        """An objection waiting for the atasan, or a dispute the Komisi Informasi has not settled."""
        objection = getattr(self, "objection", None)
        if objection is None:
            return False
        dispute = getattr(objection, "dispute", None)
        return not objection.answered_at or (dispute is not None and not dispute.decided_on)

    def _next_number(self) -> str:
        """The public body's next number in its pattern (`0001/PPID/MERANTI/2026`), counting from 1 each year;
        locked so two requests never share one."""
        self.public_body = self.public_body or PublicBody.objects.of_agency(self.agency) or self._main_body()
        day = self.forum.date_of(self.received_at)
        counter, _created = RequestCounter.objects.select_for_update().get_or_create(
            body=self.public_body, year=day.year, series=RequestCounter.REQUESTS, defaults={"forum": self.forum})
        RequestCounter.objects.filter(pk=counter.pk).update(last=models.F("last") + 1)
        counter.refresh_from_db()
        return self.public_body.number(counter.last, day)

    def _main_body(self) -> PublicBody:
        """The forum's main body, made on first use from the forum (a forum made before public bodies were)."""
        body = PublicBody.objects.main(self.forum)
        if body is None:
            body = PublicBody.objects.create(forum=self.forum, is_main=True, code=self.forum.slug.upper(),
                                             name=main_body_name(self.forum))  # fmt: skip
        return body
