"""The walidata's verification (Perpres 39/2019): the produsen data drafts a dataset and submits it; the
walidata checks its metadata and standard and publishes it or sends it back with comments; a published
dataset can be retired. Each step is one conditional UPDATE (`core.workflow.move`) with an event row."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core import limits
from sinergi.core.workflow import TransitionError, check_length, move
from sinergi.data import catalogue_search
from sinergi.data.models import Dataset, DatasetEvent, DatasetStatus
from sinergi.data.rules import pembina_reviews

LOST = _("Someone else changed this dataset first; reload the page.")


def submit(dataset: Dataset, by) -> None:
    if dataset.status not in (DatasetStatus.DRAFT, DatasetStatus.RETURNED):
        raise TransitionError(_("Only a draft or a dataset sent back can be submitted."))
    if not dataset.resources.exists():
        raise TransitionError(_("Add at least one resource (a CSV or XLSX file, or a link) before submitting."))
    _refuse_unready_tables(dataset)
    _step(dataset, by, "submitted", dataset.status, DatasetStatus.SUBMITTED)


def _comment(comment: str, asking: str) -> str:
    """A step's comment: at least 10 characters (what to change, why it is retired) and no longer than a reason."""
    comment = comment.strip()
    if len(comment) < 10:
        raise TransitionError(asking)
    check_length(comment, limits.REASON)
    return comment


def send_back(dataset: Dataset, by, comment: str) -> None:
    comment = _comment(comment, _("Say what the produsen should change (at least 10 characters)."))
    if dataset.status not in (DatasetStatus.SUBMITTED, DatasetStatus.WITH_PEMBINA):
        raise TransitionError(_("Only a dataset waiting for the walidata or the pembina data can be sent back."))
    _step(dataset, by, "returned", dataset.status, DatasetStatus.RETURNED, comment)


def publish(dataset: Dataset, by) -> None:
    """The walidata's approval publishes, or forwards to the pembina data where the forum asks for its review;
    the pembina data's approval publishes."""
    if dataset.status not in (DatasetStatus.SUBMITTED, DatasetStatus.WITH_PEMBINA):
        raise TransitionError(_("Only a dataset waiting for the walidata or the pembina data can be published."))
    _refuse_unready_tables(dataset)
    if dataset.status == DatasetStatus.SUBMITTED and pembina_reviews(dataset.agency.forum):
        _step(dataset, by, "forwarded", DatasetStatus.SUBMITTED, DatasetStatus.WITH_PEMBINA)
        return
    _step(dataset, by, "published", dataset.status, DatasetStatus.PUBLISHED, published_at=timezone.now())
    transaction.on_commit(lambda: catalogue_search.index(Dataset.objects.select_related("agency").get(pk=dataset.pk)))


def retire(dataset: Dataset, by, comment: str) -> None:
    comment = _comment(comment, _("Say why the dataset is retired (at least 10 characters); the public sees it."))
    if dataset.status != DatasetStatus.PUBLISHED:
        raise TransitionError(_("Only a published dataset can be retired."))
    _step(dataset, by, "retired", DatasetStatus.PUBLISHED, DatasetStatus.RETIRED, comment)
    transaction.on_commit(lambda: catalogue_search.remove(dataset))


def _refuse_unready_tables(dataset: Dataset) -> None:
    """Every latest version of a table must be free of problems and have its columns confirmed."""
    latest = {}
    for resource in dataset.resources.order_by("name", "version"):
        latest[resource.name] = resource
    reasons = [reason for resource in latest.values() if (reason := resource.blocks_submission)]
    if reasons:
        raise TransitionError(" ".join(reasons))


def _step(dataset: Dataset, by, action: str, before: str, after: str, comment: str = "", **fields) -> None:
    with transaction.atomic():
        move(dataset, by, LOST, {"status": before}, status=after, modified_at=timezone.now(), **fields)
        DatasetEvent.objects.create(dataset=dataset, action=action, actor=by, comment=comment,
                                    from_status=before, to_status=after)  # fmt: skip
