"""Who keeps the catalogue: an agency's produsen data (or its PR head) drafts and submits its datasets; the
forum's walidata publishes, sends back and retires them."""

from __future__ import annotations

import rules

from sinergi.forum.models import AgencyRoleKind, ForumRoleKind
from sinergi.forum.rules import is_active_member, is_forum_member

PRODUSEN_ROLES = (AgencyRoleKind.PRODUSEN_DATA, AgencyRoleKind.PEJABAT_HUMAS)


@rules.predicate
def produces_for(user, agency) -> bool:
    return is_active_member(user) and agency is not None and user.has_agency_role(agency, *PRODUSEN_ROLES)


@rules.predicate
def is_walidata(user, forum) -> bool:
    return is_active_member(user) and forum is not None and user.has_forum_role(forum, ForumRoleKind.WALIDATA)


@rules.predicate
def edits_dataset(user, dataset) -> bool:
    """The produsen while it is theirs (a draft, or sent back)."""
    return dataset.status in ("draft", "returned") and produces_for(user, dataset.agency)


@rules.predicate
def is_pembina(user, forum) -> bool:
    return is_active_member(user) and forum is not None and user.has_forum_role(forum, ForumRoleKind.PEMBINA_DATA)


def pembina_reviews(forum) -> bool:
    """Whether the forum has turned on the pembina data's review after the walidata's check."""
    return bool(forum.settings.get("pembina_review"))


@rules.predicate
def verifies_dataset(user, dataset) -> bool:
    """The walidata while it waits for the walidata; the pembina data while it waits for the pembina."""
    forum = dataset.agency.forum
    if dataset.status == "with_pembina" and pembina_reviews(forum):
        return is_pembina(user, forum)
    return is_walidata(user, forum)  # also a dataset left with the pembina after the forum turned the review off


@rules.predicate
def sees_dataset(user, dataset) -> bool:
    forum = dataset.agency.forum
    pembina_sees = dataset.status in ("with_pembina", "published") and is_pembina(user, forum)
    return produces_for(user, dataset.agency) or is_walidata(user, forum) or pembina_sees


rules.add_rule("data.view_office", is_forum_member)
rules.add_rule("data.create_dataset", produces_for)
rules.add_rule("data.view_dataset", sees_dataset)
rules.add_rule("data.change_dataset", edits_dataset)
rules.add_rule("data.verify_dataset", verifies_dataset)
rules.add_rule("data.import_datasets", is_walidata)
rules.add_rule("data.keep_data_list", is_walidata)


@rules.predicate
def keeps_indicators(user, dataset) -> bool:
    """The produsen names indicators and reads their values again, while the dataset is theirs to change: what
    the public sees changes only through the walidata."""
    return edits_dataset(user, dataset)


rules.add_rule("data.manage_indicators", keeps_indicators)
