"""What waits in the inbox for Satu Data: for the walidata, datasets submitted; for a produsen, datasets the
walidata sent back; for the pembina data (where the forum turned its review on), datasets the walidata forwarded."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from sinergi.core.contributions import InboxItem
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.data.rules import PRODUSEN_ROLES, is_pembina, is_walidata, pembina_reviews


def datasets_waiting(member, forum):
    if forum is None:
        return []
    found = []
    if is_walidata(member, forum):
        # also what was left with the pembina data after the forum turned its review off
        statuses = [DatasetStatus.SUBMITTED] + ([] if pembina_reviews(forum) else [DatasetStatus.WITH_PEMBINA])
        for dataset in Dataset.objects.filter(agency__forum=forum, status__in=statuses).select_related("agency"):
            found.append(InboxItem(dataset.title, reverse("data:office_dataset", args=[dataset.pk]), _("Dataset"),
                                   _("Check the metadata and standard, then publish or send back"),
                                   agency=dataset.agency.name, since=dataset.modified_at))  # fmt: skip
    if is_pembina(member, forum) and pembina_reviews(forum):
        for dataset in Dataset.objects.filter(agency__forum=forum, status=DatasetStatus.WITH_PEMBINA).select_related("agency"):
            found.append(InboxItem(dataset.title, reverse("data:office_dataset", args=[dataset.pk]), _("Dataset"),
                                   _("Review the standard data, then publish or send back"),
                                   agency=dataset.agency.name, since=dataset.modified_at))  # fmt: skip
    returned = Dataset.objects.filter(agency__forum=forum, status=DatasetStatus.RETURNED,
                                      agency__member_roles__member=member,
                                      agency__member_roles__role__in=PRODUSEN_ROLES).select_related("agency").distinct()  # fmt: skip
    for dataset in returned:
        found.append(InboxItem(dataset.title, reverse("data:office_dataset", args=[dataset.pk]), _("Dataset"),
                               _("Change it as the walidata asked, then submit again"), agency=dataset.agency.name,
                               since=dataset.modified_at))  # fmt: skip
    return found
