"""The catalogue: datasets, each delivered by an agency (its produsen data) with the standard metadata of Satu
Data Indonesia (Perpres 39/2019), and their resources, the files or links that hold the data.

A dataset reaches any public surface (portal, API, DCAT) only through `Dataset.objects.public()`: published
by the walidata, not retired, and not exempt (dikecualikan) under the KIP law, like a release.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.core.classification import Classified, ClassifiedQuerySet, KipClass
from sinergi.data.vocabularies import DEFAULT_LICENCE, FREQUENCY_CHOICES, LICENCE_CHOICES, TOPIC_CHOICES


class DatasetStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for the walidata")
    WITH_PEMBINA = "with_pembina", _("Waiting for the pembina data")
    RETURNED = "returned", _("Sent back to the produsen")
    PUBLISHED = "published", _("Published")
    RETIRED = "retired", _("Retired")


def public_dataset(prefix: str = "") -> Q:
    """What makes a dataset public, also across a relation (`prefix`, e.g. "dataset__")."""
    return Q(**{f"{prefix}status": DatasetStatus.PUBLISHED, f"{prefix}agency__is_active": True}) & ~Q(
        **{f"{prefix}kip_class": KipClass.DIKECUALIKAN}
    )


class DatasetQuerySet(ClassifiedQuerySet):
    def public(self):
        """The only way a dataset reaches a public surface."""
        return self.filter(public_dataset())

    def in_forum(self, forum):
        return self.filter(agency__forum=forum)


class Dataset(Classified):
    uid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="datasets",
                               verbose_name=_("produsen data"))  # fmt: skip
    name = models.SlugField(_("address name"), max_length=100, unique=True,
                            help_text=_("Lower-case letters, digits and hyphens; the dataset's address and its name "
                                        "in the CKAN API."))  # fmt: skip
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=limits.LONG_TEXT)
    topic = models.CharField(_("topic"), max_length=30, choices=TOPIC_CHOICES)
    frequency = models.CharField(_("how often it is renewed"), max_length=20, choices=FREQUENCY_CHOICES)
    period_start = models.PositiveSmallIntegerField(_("first year covered"), null=True, blank=True)
    period_end = models.PositiveSmallIntegerField(_("last year covered"), null=True, blank=True)
    area_codes = models.JSONField(_("areas covered (Kemendagri codes)"), default=list, blank=True)
    # The standard data elements (Perpres 39/2019 Pasal 6): concept, definition, classification, measure, unit.
    concept = models.TextField(_("concept"), blank=True, max_length=limits.REASON)
    definition = models.TextField(_("definition"), blank=True, max_length=limits.REASON)
    classification = models.CharField(_("classification"), max_length=200, blank=True)
    measure = models.CharField(_("measure"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    licence = models.CharField(_("licence"), max_length=30, choices=LICENCE_CHOICES, default=DEFAULT_LICENCE)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=DatasetStatus.choices, default=DatasetStatus.DRAFT)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("created by"))  # fmt: skip
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    modified_at = models.DateTimeField(_("metadata modified"), auto_now=True)

    objects = DatasetQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("dataset")
        verbose_name_plural = _("datasets")
        indexes = [models.Index(fields=["status", "modified_at"], name="dataset_status_modified")]

    def __str__(self) -> str:
        return self.title

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id

    def get_absolute_url(self) -> str:
        return reverse("data:dataset", args=[self.name])


class DatasetResource(models.Model):
    """A file (CSV, XLSX) or a link to one the agency hosts; each upload is a new version."""

    uid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="resources",
                                verbose_name=_("dataset"))  # fmt: skip
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=limits.REASON)
    format = models.CharField(_("format"), max_length=20)  # CSV, XLSX, ...
    file = models.FileField(_("file"), upload_to="data/%Y/%m/", blank=True)
    url = models.URLField(_("address of the file"), blank=True, max_length=500)
    size = models.PositiveBigIntegerField(_("size in bytes"), null=True, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # The table's check (resource_check.py): its schema (Frictionless Table Schema), confirmed by the produsen
    # or taken from a confirmed earlier version with the same columns; problems by row and column; notes on
    # how it was read; statistics per column; what changed from the version before.
    schema = models.JSONField(_("table schema"), default=dict, blank=True)
    schema_confirmed = models.BooleanField(_("schema confirmed by the produsen"), default=False)
    header_rows = models.PositiveSmallIntegerField(_("header rows"), default=1)
    problems = models.JSONField(_("problems"), default=list, blank=True)
    problem_count = models.PositiveIntegerField(_("number of problems"), default=0)
    notes = models.JSONField(_("notes on reading the file"), default=list, blank=True)
    profile = models.JSONField(_("column statistics"), default=list, blank=True)
    changes = models.JSONField(_("changes from the previous version"), default=dict, blank=True)
    download_count = models.PositiveIntegerField(_("downloads"), default=0)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    modified_at = models.DateTimeField(_("modified at"), auto_now=True)

    TABLE_FORMATS = ("CSV", "XLSX")

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    def __str__(self) -> str:
        return self.name

    @property
    def audit_forum_id(self) -> int | None:
        return self.dataset.agency.forum_id

    @property
    def is_table(self) -> bool:
        return bool(self.file) and self.format.upper() in self.TABLE_FORMATS

    @property
    def publishable(self) -> bool:
        """Whether this version may be offered to the public with its published dataset: a link, or a table
        without problems whose columns the produsen confirmed (an earlier draft version may be neither)."""
        return not self.blocks_submission

    @property
    def blocks_submission(self) -> str:
        """Why this version cannot go to the walidata yet ("" when it can)."""
        if not self.is_table:
            return ""
        if self.problem_count:
            return _("“%(name)s” version %(version)d has %(count)d problems.") % {
                "name": self.name, "version": self.version, "count": self.problem_count}  # fmt: skip
        if not self.schema_confirmed:
            return _("Confirm the columns of “%(name)s” version %(version)d.") % {"name": self.name,
                                                                                "version": self.version}  # fmt: skip
        return ""

    @property
    def filename(self) -> str:
        return f"{self.dataset.name}-v{self.version}.{self.format.lower()}"

    def get_download_url(self) -> str:
        """Ends in the file's name, as harvesters guess a format from the address."""
        return reverse("data:download", args=[self.dataset.name, self.uid, self.filename])

    @property
    def mimetype(self) -> str:
        return {"CSV": "text/csv", "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "JSON": "application/json", "PDF": "application/pdf"}.get(self.format.upper(), "")  # fmt: skip


class DatastoreTable(models.Model):
    """A tabular resource's rows, loaded so that `datastore_search` can filter, sort and page them."""

    resource = models.OneToOneField(DatasetResource, on_delete=models.CASCADE, related_name="datastore",
                                    verbose_name=_("resource"))  # fmt: skip
    fields = models.JSONField(_("columns"), default=list)  # [{"id": "kecamatan", "type": "text"}, ...]
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    # How many rows hold each value, for the columns of few values (a kecamatan, a year): a filter on one of
    # them is counted from here, not by reading every row.
    value_counts = models.JSONField(_("rows per value"), default=dict, blank=True)
    loaded_at = models.DateTimeField(_("loaded at"), default=timezone.now)

    audit_trail_exempt = True  # derived from the resource's file, loaded again at will

    def __str__(self) -> str:
        return f"datastore of {self.resource}"


class DatastoreRow(models.Model):
    table = models.ForeignKey(DatastoreTable, on_delete=models.CASCADE, related_name="rows")
    number = models.PositiveIntegerField()  # CKAN's _id, from 1
    data = models.JSONField()

    audit_trail_exempt = True

    class Meta:
        ordering = ["number"]
        constraints = [models.UniqueConstraint("table", "number", name="datastore_row_once")]

    def __str__(self) -> str:
        return f"{self.table_id}:{self.number}"


class DatasetEvent(models.Model):
    """One step of a dataset's verification: who, when, from which state to which, and why."""

    ACTIONS = {"submitted": _("Submitted to the walidata"), "returned": _("Sent back to the produsen"),
               "forwarded": _("Checked by the walidata, forwarded to the pembina data"),
               "published": _("Published"), "retired": _("Retired")}  # fmt: skip

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="events", verbose_name=_("dataset"))
    action = models.CharField(_("step"), max_length=20)
    from_status = models.CharField(_("from"), max_length=20)
    to_status = models.CharField(_("to"), max_length=20)
    comment = models.TextField(_("comment"), blank=True, max_length=limits.REASON)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("by"))  # fmt: skip
    created_at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("dataset step")
        verbose_name_plural = _("dataset steps")

    def __str__(self) -> str:
        return f"{self.dataset}: {self.action}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.dataset.agency.forum_id

    def get_action_display(self) -> str:
        return str(self.ACTIONS.get(self.action, self.action))


class EstimationLevel(models.TextChoices):
    KABUPATEN = "kabupaten", _("Regency")
    KECAMATAN = "kecamatan", _("Kecamatan")
    DESA = "desa", _("Desa/kelurahan")


class Indicator(models.Model):
    """An indicator with its metadata (MS-Ind, BPS): what it measures and how, computed from a dataset; its
    values by year and area. Public exactly when its source dataset is."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="indicators",
                                verbose_name=_("source dataset"))  # fmt: skip
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=200)
    concept = models.TextField(_("concept"), blank=True, max_length=limits.REASON)
    definition = models.TextField(_("definition"), max_length=limits.REASON)
    interpretation = models.TextField(_("interpretation"), blank=True, max_length=limits.REASON,
                                      help_text=_("What a higher or lower value means."))  # fmt: skip
    formula = models.TextField(_("method or formula"), blank=True, max_length=limits.REASON)
    measure = models.CharField(_("measure"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=60)
    classification = models.CharField(_("classification"), max_length=200, blank=True)
    composite = models.BooleanField(_("composite indicator"), default=False)
    building_blocks = models.TextField(_("indicators or variables it is built from"), blank=True,
                                       max_length=limits.REASON)  # fmt: skip
    level = models.CharField(_("estimation level"), max_length=20, choices=EstimationLevel.choices,
                             default=EstimationLevel.KABUPATEN)  # fmt: skip
    lower_is_better = models.BooleanField(_("a lower value is better"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("data:indicator", args=[self.slug])

    @property
    def audit_forum_id(self) -> int | None:
        return self.dataset.agency.forum_id


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values",
                                  verbose_name=_("indicator"))  # fmt: skip
    year = models.PositiveSmallIntegerField(_("year"))
    area_code = models.CharField(_("area (Kemendagri code)"), max_length=13)
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=4)  # rupiah of a regional GDP fit

    audit_trail_exempt = True  # read from the source dataset's table, again at will

    class Meta:
        ordering = ["year", "area_code"]
        constraints = [models.UniqueConstraint("indicator", "year", "area_code", name="indicator_value_once")]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.year} {self.area_code} = {self.value}"


class DataListEntry(models.Model):
    """One line of the forum's Daftar Data for a year (Perpres 39/2019): data an agency commits to produce, by
    when, and the dataset that delivers it once there is one."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.CASCADE, related_name="data_list",
                              verbose_name=_("forum"))  # fmt: skip
    year = models.PositiveSmallIntegerField(_("year"))
    agency = models.ForeignKey("forum.Agency", on_delete=models.PROTECT, related_name="data_list",
                               verbose_name=_("produsen data"))  # fmt: skip
    title = models.CharField(_("data to produce"), max_length=200)
    due_on = models.DateField(_("due on"))
    dataset = models.ForeignKey(Dataset, null=True, blank=True, on_delete=models.SET_NULL, related_name="list_entries",
                                verbose_name=_("dataset that delivers it"))  # fmt: skip
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        ordering = ["agency__name", "due_on", "title"]
        verbose_name = _("Daftar Data entry")
        verbose_name_plural = _("Daftar Data")

    def __str__(self) -> str:
        return f"{self.year}: {self.title}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def state(self, today) -> str:
        """published, published_late, late (a dataset on its way past the date), missing (none past the date) or
        planned."""
        dataset = self.dataset
        if dataset is not None and dataset.status == DatasetStatus.PUBLISHED and dataset.published_at:
            return "published" if dataset.published_at.date() <= self.due_on else "published_late"
        if today <= self.due_on:
            return "planned"
        return "late" if dataset is not None else "missing"
