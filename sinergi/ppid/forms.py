from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits, pii, uploads
from sinergi.forum.models import Agency, AgencyRoleKind
from sinergi.ppid.bodies import headed_by
from sinergi.ppid.models import (
    DESK_CHANNELS,
    AnnualReport,
    Channel,
    Delivery,
    DikEntry,
    DipEntry,
    InformationRequest,
    ObjectionChannel,
    ObjectionGround,
    ObjectionOutcome,
    PublicBody,
    ServiceCharter,
    WrittenNotice,
)


class PublicBodyChoice:
    """The Badan Publik a request is made to, and an agency that must be one of its units."""

    def setup_bodies(self, forum) -> None:
        bodies = PublicBody.objects.filter(forum=forum).order_by("-is_main", "name")
        self.bodies = list(bodies)
        field = self.fields["public_body"]
        field.queryset = bodies
        field.label = _("Public body asked (Badan Publik)")
        field.help_text = " · ".join(f"{body.name}: {body.description}" for body in self.bodies if body.description) or _(
            "The regional government answers for its offices; a vertical agency, the DPRD or a BUMD for itself.")
        field.required = len(self.bodies) > 1
        if len(self.bodies) <= 1:
            field.widget = forms.HiddenInput()
        field.empty_label = None if len(self.bodies) <= 1 else "---------"

    def clean_bodies(self, cleaned) -> None:
        body, agency = cleaned.get("public_body"), cleaned.get("agency")
        if body is None and len(self.bodies) == 1:
            cleaned["public_body"] = body = self.bodies[0]
        if body is not None and agency is not None:
            unit_of = PublicBody.objects.of_agency(agency)
            if unit_of is not None and unit_of.pk != body.pk:
                self.add_error("agency", _("%(agency)s belongs to %(body)s, not to the body you chose.")
                               % {"agency": agency.name, "body": unit_of.name})  # fmt: skip
        if body is not None and agency is None and not body.is_main:
            units = list(body.units()[:2])
            cleaned["agency"] = units[0] if len(units) == 1 else None


class RequestForm(PublicBodyChoice, forms.ModelForm):
    """The public request form: no account, the fields of Pasal 22(2) and the usual PPID form.

    No consent is asked: the public body processes the requester's data because the law obliges it to
    serve the request (UU 27/2022 Pasal 20(2) c), which the form's privacy notice says instead.
    """

    id_upload = forms.FileField(label=_("Photo or scan of your ID card or deed"),
                                help_text=_("An image or PDF; it is seen only by the PPIDs handling your request."))  # fmt: skip
    # A field people never see: a form that fills it in is a robot.
    website = forms.CharField(required=False, label=_("Leave this empty"), max_length=200,
                              widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))  # fmt: skip

    class Meta:
        model = InformationRequest
        fields = ["requester_type", "name", "id_number", "address", "occupation", "phone", "email", "public_body",
                  "agency", "subject", "purpose", "access", "form", "delivery"]  # fmt: skip
        widgets = {"address": forms.Textarea(attrs={"rows": 2}), "subject": forms.Textarea(attrs={"rows": 4}),
                   "purpose": forms.Textarea(attrs={"rows": 2})}  # fmt: skip

    def __init__(self, *args, forum, over_limit: bool = False, **kwargs):
        """`over_limit`: the connection has sent its hourly share of requests; the form is refused unread."""
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")
        self.fields["agency"].required = False
        self.setup_bodies(forum)
        self.over_limit = over_limit

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("This form could not be sent. Please try again."))
        return ""

    def clean_id_upload(self):
        upload = self.cleaned_data["id_upload"]
        uploads.kind_of(upload)  # size and first bytes only: nothing is parsed yet
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.over_limit:
            raise ValidationError(_("Too many requests from your connection in the last hour. Please try again later."))
        self.clean_bodies(cleaned)
        if not cleaned.get("phone") and not cleaned.get("email"):
            self.add_error("email", _("Give an e-mail address or a phone number so the PPID can reach you."))
        elif cleaned.get("delivery") == Delivery.EMAIL and not cleaned.get("email"):
            self.add_error("email", _("You chose delivery by e-mail: give the e-mail address to send it to, "
                                      "or choose another way of delivery."))  # fmt: skip
        # The file is read, within its budget, only when everything else is right: a robot (the
        # hidden field), a flood or a half-filled form costs the server no parsing.
        if cleaned.get("id_upload") is not None and not self.errors:
            try:
                self.prepared = uploads.prepare(cleaned["id_upload"])
            except ValidationError as error:
                self.add_error("id_upload", error)
        return cleaned


class DeskRequestForm(PublicBodyChoice, forms.ModelForm):
    """A request a PPID officer registers at the service desk: walk-in, phone, post or e-mail (Pasal 22(3)-(5)).

    No public limit applies, the ID may be seen rather than uploaded, and the requester's contact is
    still needed to reach them.
    """

    id_upload = forms.FileField(label=_("Scan of the ID card or deed (optional)"), required=False,
                                help_text=_("Not needed when you saw the ID at the desk."))  # fmt: skip

    class Meta:
        model = InformationRequest
        fields = ["channel", "requester_type", "name", "id_number", "address", "occupation", "phone", "email",
                  "public_body", "agency", "subject", "purpose", "access", "form", "delivery"]  # fmt: skip
        widgets = RequestForm.Meta.widgets

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = DESK_CHANNELS
        self.fields["channel"].initial = Channel.IN_PERSON
        self.fields["agency"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")
        self.fields["agency"].required = False
        self.setup_bodies(forum)

    def clean(self):
        cleaned = super().clean()
        self.clean_bodies(cleaned)
        if not cleaned.get("phone") and not cleaned.get("email") and not cleaned.get("address"):
            self.add_error("phone", _("Give a phone number, an e-mail address or an address to reach the requester."))
        if cleaned.get("delivery") == Delivery.EMAIL and not cleaned.get("email"):
            self.add_error("email", _("Delivery by e-mail needs the requester's e-mail address."))
        if cleaned.get("id_upload") is not None and not self.errors:
            try:
                uploads.kind_of(cleaned["id_upload"])
                self.prepared = uploads.prepare(cleaned["id_upload"])
            except ValidationError as error:
                self.add_error("id_upload", error)
        return cleaned


class DeskObjectionForm(forms.Form):
    """A written objection brought to the desk, by post or by e-mail."""

    channel = forms.ChoiceField(label=_("Received"), choices=[choice for choice in ObjectionChannel.choices
                                                               if choice[0] != ObjectionChannel.WEB])  # fmt: skip
    grounds = forms.MultipleChoiceField(label=_("Grounds (UU 14/2008 Pasal 35)"), choices=ObjectionGround.choices,
                                        widget=forms.CheckboxSelectMultiple)  # fmt: skip
    statement = forms.CharField(label=_("What the requester objects to"), max_length=limits.LONG_TEXT,
                                widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip


class DocumentForm(forms.Form):
    """A document given with the notice: a PDF, an image, or a data table (CSV, XLSX), checked by content and
    by the personal-data guard."""

    upload = forms.FileField(label=_("Document (PDF, image, CSV or XLSX)"))
    name = forms.CharField(label=_("Name the requester sees"), max_length=200,
                           help_text=_("E.g. \"Rekap penerima bansos 2025 per kecamatan\"."))  # fmt: skip
    blacked_out = forms.BooleanField(label=_("The exempt parts of this copy are blacked out"), required=False)
    personal_data_note = forms.CharField(label=_("If it contains personal data: why it may be given"), required=False,
                                         max_length=300,
                                         help_text=_("E.g. \"the requester's own data\". Leave empty otherwise."))  # fmt: skip

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        try:
            uploads.kind_of(upload)  # size and first bytes before anything is parsed
        except ValidationError:
            if upload.size > settings.ATTACHMENT_MAX_BYTES or not uploads.table_kind(upload):
                raise
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload is not None and not self.errors:
            try:
                self.prepared = uploads.prepare_table(upload) if uploads.table_kind(upload) else uploads.prepare(upload)
            except ValidationError as error:
                self.add_error("upload", error)
        return cleaned


class RouteForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.none())
    comment = forms.CharField(label=_("Reason"), required=False, max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.active().filter(forum=forum).order_by("name")


class NoticeForm(forms.ModelForm):
    class Meta:
        model = WrittenNotice
        fields = ["held", "holder", "ready_by", "decision", "blacked_out", "exemption_ground",
                  "exemption_register_entry", "refusal_reason", "consequence", "material", "form", "delivery",
                  "provided_within", "cost", "cost_details", "payment_method"]  # fmt: skip
        widgets = {**{name: forms.Textarea(attrs={"rows": 2}) for name in ("blacked_out", "refusal_reason", "material",
                                                                            "consequence")},
                   "ready_by": forms.DateInput(attrs={"type": "date"})}  # fmt: skip


class PublicSubjectForm(forms.Form):
    text = forms.CharField(label=_("Subject in the public register"), max_length=limits.SHORT_TEXT,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("What anyone may read: no one's name, number, address or contact."))  # fmt: skip


class StatusCheckForm(forms.Form):
    number = forms.CharField(label=_("Registration number"), max_length=60,
                             widget=forms.TextInput(attrs={"placeholder": "0012/PPID/MERANTI/2026", "autocomplete": "off"}))  # fmt: skip
    proof = forms.CharField(label=_("Your e-mail address, or the last 4 digits of your phone number"), max_length=254,
                            help_text=_("As you gave them in the request."))  # fmt: skip


class ExtensionForm(forms.Form):
    reason = forms.CharField(label=_("Written reason for the extension"), max_length=limits.REASON, widget=forms.Textarea(attrs={"rows": 2}))


class ObjectionForm(forms.Form):
    grounds = forms.MultipleChoiceField(label=_("Grounds (UU 14/2008 Pasal 35)"), choices=ObjectionGround.choices,
                                        widget=forms.CheckboxSelectMultiple)  # fmt: skip
    statement = forms.CharField(label=_("What you object to"), max_length=limits.LONG_TEXT, widget=forms.Textarea(attrs={"rows": 4}))


class ObjectionAnswerForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Decision"), choices=ObjectionOutcome.choices)
    answer = forms.CharField(label=_("Answer"), max_length=limits.LONG_TEXT, widget=forms.Textarea(attrs={"rows": 4}))
    position = forms.CharField(label=_("Your position"), initial="Sekretaris Daerah", max_length=150)


def agencies_kept_by(member, forum):
    """The agencies whose DIP and DIK a member keeps: every unit of the bodies they head as PPID, and their
    own agency for a PPID pelaksana."""
    kept = set(member.agency_roles.filter(role=AgencyRoleKind.PPID_PELAKSANA, agency__forum=forum)
               .values_list("agency", flat=True))  # fmt: skip
    for body in headed_by(member, forum):
        kept.update(body.units().filter(is_active=True).values_list("pk", flat=True))
    return Agency.objects.filter(pk__in=kept)


class RegisterEntryForm(forms.ModelForm):
    """Shared by the DIP and DIK forms: the agency is one the member keeps the registers of."""

    def __init__(self, *args, member, forum, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies_kept_by(member, forum)


class DipForm(RegisterEntryForm):
    class Meta:
        model = DipEntry
        fields = ["agency", "summary", "held_by", "responsible", "made", "available_as", "retention", "kip_class",
                  "berkala_item", "url", "updated_on"]  # fmt: skip
        widgets = {"summary": forms.Textarea(attrs={"rows": 3}), "updated_on": forms.DateInput(attrs={"type": "date"})}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kip_class") == "berkala" and not cleaned.get("berkala_item"):
            self.add_error("berkala_item", _("Choose which periodic item (A-K) this is."))
        return cleaned


class DikForm(RegisterEntryForm):
    class Meta:
        model = DikEntry
        fields = ["agency", "information", "ground", "legal_basis", "consequence", "public_interest", "ends_on",
                  "decree_number", "decree_date"]  # fmt: skip
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 3}) for name in ("information", "legal_basis", "consequence",
                                                                     "public_interest")},
            "ends_on": forms.DateInput(attrs={"type": "date"}),
            "decree_date": forms.DateInput(attrs={"type": "date"}),
        }  # fmt: skip


class CharterForm(forms.ModelForm):
    class Meta:
        model = ServiceCharter
        fields = list(ServiceCharter.ELEMENTS)
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in ServiceCharter.ELEMENTS}


# Identity numbers never belong in a public report; a PPID desk's phone and e-mail do.
REPORT_FORBIDDEN_DATA = ("nik", "kk", "npwp", "passport", "bank_account")


class SignOffForm(forms.Form):
    """Who signs the annual report, as the signature block prints it."""

    name = forms.CharField(label=_("Name"), max_length=200)
    position = forms.CharField(label=_("Position"), max_length=200, help_text=_("E.g. \"PPID Utama Kabupaten Kepulauan Meranti\"."))
    nip = forms.CharField(label=_("NIP"), max_length=30, required=False)
    place = forms.CharField(label=_("Place"), max_length=100, help_text=_("Where it is signed, e.g. Selatpanjang."))


class AnnualReportForm(forms.ModelForm):
    """The narrative of the annual report; it is published, so it must not carry identity numbers."""

    class Meta:
        model = AnnualReport
        fields = list(AnnualReport.SECTIONS)
        widgets = {name: forms.Textarea(attrs={"rows": 6}) for name in AnnualReport.SECTIONS}

    def clean(self):
        cleaned = super().clean()
        for name in AnnualReport.SECTIONS:
            found = [f for f in pii.find_personal_data(cleaned.get(name) or "") if f.kind in REPORT_FORBIDDEN_DATA]
            if found:
                self.add_error(name, _("This looks like personal data: %(kind)s. The annual report is public; "
                                       "leave it out.") % {"kind": pii.KINDS[found[0].kind]})  # fmt: skip
        return cleaned
