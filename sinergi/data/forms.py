"""The produsen's forms: a dataset's metadata, and a resource (a CSV or XLSX file, or a link to one)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from sinergi.core import uploads
from sinergi.data import resource_check
from sinergi.data.models import Dataset
from sinergi.forum.validators import validate_region_code

MAX_TAGS = 12
RESERVED_NAMES = {"daftar-data", "indikator"}  # addresses under /data/ the catalogue keeps for itself


class DatasetForm(forms.ModelForm):
    area_text = forms.CharField(label=_("Areas covered (Kemendagri codes)"), required=False, max_length=2000,
                                help_text=_("Separated by commas, e.g. 14.10, 14.10.01. Empty: the whole regency."))  # fmt: skip
    tag_text = forms.CharField(label=_("Tags"), required=False, max_length=700, help_text=_("Separated by commas."))

    class Meta:
        model = Dataset
        fields = ["name", "title", "description", "topic", "frequency", "period_start", "period_end", "unit",
                  "concept", "definition", "classification", "measure", "licence", "contact_email", "kip_class",
                  "exemption_ground", "exemption_legal_basis", "exemption_consequence", "exemption_ends_on",
                  "exemption_decree_number", "exemption_decree_date"]  # fmt: skip
        widgets = {"description": forms.Textarea(attrs={"rows": 4}), "concept": forms.Textarea(attrs={"rows": 2}),
                   "definition": forms.Textarea(attrs={"rows": 2}),
                   "exemption_consequence": forms.Textarea(attrs={"rows": 2}),
                   "exemption_ends_on": forms.DateInput(attrs={"type": "date"}),
                   "exemption_decree_date": forms.DateInput(attrs={"type": "date"})}  # fmt: skip

    exemption_fields = ("exemption_ground", "exemption_legal_basis", "exemption_consequence", "exemption_ends_on",
                        "exemption_decree_number", "exemption_decree_date")  # fmt: skip
    field_order = ["name", "title", "description", "topic", "frequency", "period_start", "period_end", "area_text",
                   "unit", "concept", "definition", "classification", "measure", "tag_text", "licence",
                   "contact_email", "kip_class"]  # fmt: skip

    def __init__(self, *args, forum=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["exemption_legal_basis"].widget = forms.Textarea(attrs={"rows": 2})
        self.forum = forum
        self.fields["kip_class"].choices = [c for c in self.fields["kip_class"].choices if c[0] != "serta_merta"]
        if self.instance.pk:
            self.fields["area_text"].initial = ", ".join(self.instance.area_codes)
            self.fields["tag_text"].initial = ", ".join(self.instance.tags)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"]
        if name in RESERVED_NAMES:
            raise ValidationError(_("“%(name)s” is an address the catalogue uses itself; choose another.")
                                  % {"name": name})  # fmt: skip
        return name

    def clean_area_text(self) -> list[str]:
        codes = [code.strip() for code in self.cleaned_data["area_text"].split(",") if code.strip()]
        region = getattr(self.forum, "region_code", "") or ""
        for code in codes:
            validate_region_code(code)
            if region and not (code == region or code.startswith(region + ".")):
                raise ValidationError(_("%(code)s is not in this forum's region (%(region)s).") % {
                    "code": code, "region": region})  # fmt: skip
        return codes

    def clean_tag_text(self) -> list[str]:
        tags = [tag.strip().lower()[:50] for tag in self.cleaned_data["tag_text"].split(",") if tag.strip()]
        if len(tags) > MAX_TAGS:
            raise ValidationError(_("At most %(count)d tags.") % {"count": MAX_TAGS})
        return list(dict.fromkeys(tags))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The last year cannot come before the first."))
        for name in ("period_start", "period_end"):
            if cleaned.get(name) and not 1900 <= cleaned[name] <= 2100:
                self.add_error(name, _("Give a year between 1900 and 2100."))
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        self.instance.area_codes = self.cleaned_data.get("area_text", [])
        self.instance.tags = self.cleaned_data.get("tag_text", [])
        try:
            self.instance.clean_classification()
        except ValidationError as error:
            self._update_errors(error)


class ResourceForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200,
                           help_text=_("The same name as an earlier file makes this its new version."))  # fmt: skip
    file = forms.FileField(label=_("CSV or XLSX file"), required=False)
    url = forms.URLField(label=_("Or the address of a file your agency hosts"), required=False, assume_scheme="https",
                         max_length=500)

    def clean(self):
        cleaned = super().clean()
        upload, url = cleaned.get("file"), cleaned.get("url")
        if bool(upload) == bool(url):
            raise ValidationError(_("Give either a file or an address, not both or neither."))
        if url and not url.startswith("https://"):
            self.add_error("url", _("The address must start with https://."))
        if upload:
            try:
                cleaned["table"], cleaned["kind"] = _checked_table(upload)
            except ValidationError as error:
                self.add_error("file", error)
        return cleaned


def too_large(size: int) -> str:
    return _("The file is %(size)s; the limit for a dataset file is %(limit)s. Split it, e.g. by year.") % {
        "size": filesizeformat(size), "limit": filesizeformat(settings.DATASET_MAX_BYTES)}  # fmt: skip


def _checked_table(upload) -> tuple[dict, str]:
    """The cheap checks first (size, kind by the first bytes), then the file read in its budget."""
    if upload.size > settings.DATASET_MAX_BYTES:
        raise ValidationError(too_large(upload.size))
    kind = uploads.table_kind(upload)
    if not kind:
        raise ValidationError(_("Only CSV tables and XLSX workbooks can be given, whatever the file's name says."))
    table = resource_check.inspect(upload.read())
    upload.seek(0)
    return table, kind.upper()


class SchemaForm(forms.Form):
    """The produsen's confirmation of a table's columns: each column's type, whether it holds region codes
    and whether it may be empty."""

    def __init__(self, *args, schema: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self.schema = schema
        choices = [(kind, label) for kind, label in TYPE_LABELS.items()]
        for index, field in enumerate(schema.get("fields", [])):
            self.fields[f"type_{index}"] = forms.ChoiceField(label=field["name"], choices=choices, initial=field["type"])
            self.fields[f"region_{index}"] = forms.BooleanField(label=_("Region codes"), required=False,
                                                                initial=bool(field.get("regionCode")))  # fmt: skip
            self.fields[f"required_{index}"] = forms.BooleanField(
                label=_("Never empty"), required=False, initial=bool(field.get("constraints", {}).get("required")))

    def rows(self):
        for index, _field in enumerate(self.schema.get("fields", [])):
            yield self[f"type_{index}"], self[f"region_{index}"], self[f"required_{index}"]

    def confirmed_schema(self) -> dict:
        fields = []
        for index, field in enumerate(self.schema.get("fields", [])):
            kind = self.cleaned_data[f"type_{index}"]
            entry = {key: value for key, value in field.items() if key in ("name", "decimalChar", "groupChar", "format")}
            entry["type"] = kind
            if kind == "date" and "format" not in entry:
                entry["format"] = "%Y-%m-%d"
            if kind == "number" and "decimalChar" not in entry:
                entry.update(decimalChar=",", groupChar=".")
            if self.cleaned_data[f"region_{index}"] and kind == "string":
                entry["regionCode"] = True
            if self.cleaned_data[f"required_{index}"]:
                entry["constraints"] = {"required": True}
            fields.append(entry)
        return {**self.schema, "fields": fields}


TYPE_LABELS = {"integer": _("Whole number"), "number": _("Number (with decimals)"), "year": _("Year"),
               "date": _("Date"), "string": _("Text")}  # fmt: skip
