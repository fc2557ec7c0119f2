"""Loading the demo themes and releases of the Kepulauan Meranti forum (`releases.demo_content`).

`load_demo_releases(forum)` runs after the forum demo (`sinergi.forum.demo`) has created the
agencies and members. Each release is keyed by its agency and the slug of its title, so a second
run creates nothing. Releases are saved directly in their final state with back-dated events and
versions, the way `releases.tests.factory.make_release` does; public ones go into the search index.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from sinergi.core import pii
from sinergi.core.classification import KipClass
from sinergi.forum import demo as forum_demo
from sinergi.forum.models import AgencyRole, AgencyRoleKind, ForumRole, ForumRoleKind
from sinergi.releases.demo_content import RELEASES, THEMES, WIB, DemoRelease
from sinergi.releases.effects import sync_search
from sinergi.releases.models import Correction, EventAction, PiiOverride, Release, Status, Theme

# The workflow steps that lead to each final state, before any follow-up.
_PATHS = {
    Status.DRAFT: [EventAction.CREATED],
    Status.SUBMITTED: [EventAction.CREATED, EventAction.SUBMITTED],
    Status.IN_REVIEW: [EventAction.CREATED, EventAction.SUBMITTED, EventAction.AGENCY_APPROVED],
    Status.CHANGES_REQUESTED: [EventAction.CREATED, EventAction.SUBMITTED, EventAction.AGENCY_APPROVED,
                               EventAction.CHANGES_REQUESTED],
    Status.APPROVED: [EventAction.CREATED, EventAction.SUBMITTED, EventAction.AGENCY_APPROVED, EventAction.APPROVED],
    Status.SCHEDULED: [EventAction.CREATED, EventAction.SUBMITTED, EventAction.AGENCY_APPROVED, EventAction.APPROVED,
                       EventAction.SCHEDULED],
    Status.PUBLISHED: [EventAction.CREATED, EventAction.SUBMITTED, EventAction.AGENCY_APPROVED, EventAction.APPROVED,
                       EventAction.PUBLISHED],
}  # fmt: skip
_STATUS_AFTER = {
    EventAction.CREATED: Status.DRAFT,
    EventAction.SUBMITTED: Status.SUBMITTED,
    EventAction.AGENCY_APPROVED: Status.IN_REVIEW,
    EventAction.CHANGES_REQUESTED: Status.CHANGES_REQUESTED,
    EventAction.APPROVED: Status.APPROVED,
    EventAction.SCHEDULED: Status.SCHEDULED,
    EventAction.PUBLISHED: Status.PUBLISHED,
    EventAction.PUBLISHED_URGENTLY: Status.PUBLISHED,
    EventAction.REVIEWED_AFTER: Status.PUBLISHED,
    EventAction.CORRECTED: Status.PUBLISHED,
    EventAction.WITHDRAWN: Status.WITHDRAWN,
    EventAction.ARCHIVED: Status.ARCHIVED,
}
_STEP_GAP = dt.timedelta(days=1, minutes=-50)  # between two back-dated workflow steps: a working day apart
_URGENT_GAP = dt.timedelta(minutes=40)  # a serta-merta notice goes out soon after it is written
_DRAFTERS = (AgencyRoleKind.ADMIN_MEDSOS, AgencyRoleKind.PRANATA_HUMAS, AgencyRoleKind.PEJABAT_HUMAS)
_DEMO_EMAILS = [person[0] for person in forum_demo.PEOPLE]


def load_demo_releases(forum) -> int:
    """Create the demo themes and releases of `forum` that do not exist yet; returns how many releases were new."""
    themes = _themes(forum)
    agencies = {agency.slug: agency for agency in forum.agencies.all()}
    people = _People(forum)
    now = timezone.now().replace(second=0, microsecond=0)
    created = 0
    for item in RELEASES:
        agency = agencies.get(item.agency)
        if agency is None:  # not a demo forum, or an agency was removed: leave it be
            continue
        slug = slugify(item.title)[:120]
        if Release.objects.filter(agency=agency, slug=slug).exists():
            continue
        with transaction.atomic():
            release = _create(item, agency, slug, themes, people, now)
        sync_search(release)
        created += 1
    return created


def _themes(forum) -> dict[str, Theme]:
    """The forum's demo themes by slug, created if missing; themes an administrator edited are kept as they are."""
    themes = {}
    for slug, name, kind, description, starts_on, ends_on in THEMES:
        theme = (
            Theme.objects.filter(forum=forum, slug=slug).first()
            or Theme.objects.filter(forum=forum, name__iexact=name).first()
        )
        if theme is None:
            theme = Theme.objects.create(forum=forum, slug=slug, name=name, kind=kind, description=description,
                                         starts_on=starts_on, ends_on=ends_on)  # fmt: skip
        themes[slug] = theme
    return themes


class _People:
    """Who plays each part in the demo: only the forum demo's own members, never a real user."""

    def __init__(self, forum):
        roles = AgencyRole.objects.filter(agency__forum=forum, member__email__in=_DEMO_EMAILS, member__is_active=True)
        self._roles: dict[tuple[str, str], object] = {}
        for role in roles.select_related("member", "agency").order_by("member__email"):
            self._roles.setdefault((role.agency.slug, str(role.role)), role.member)
        moderators = ForumRole.objects.filter(forum=forum, role=ForumRoleKind.MODERATOR, member__email__in=_DEMO_EMAILS)
        found = {role.member.email: role.member for role in moderators.select_related("member")}
        self.moderator = next((found[email] for email in _DEMO_EMAILS if email in found), None)

    def drafter(self, agency_slug: str):
        return next((self._roles[(agency_slug, role.value)] for role in _DRAFTERS
                     if (agency_slug, role.value) in self._roles), None)  # fmt: skip

    def head(self, agency_slug: str):
        return self._roles.get((agency_slug, AgencyRoleKind.PEJABAT_HUMAS.value))


def _create(item: DemoRelease, agency, slug: str, themes: dict[str, Theme], people: _People, now: dt.datetime):
    author, head, moderator = people.drafter(agency.slug), people.head(agency.slug), people.moderator
    moment = (now + item.at) if isinstance(item.at, dt.timedelta) else item.at
    if item.status == Status.SCHEDULED:
        publish_at = timezone.localtime(moment, WIB).replace(hour=9, minute=0)
        last_step = now - dt.timedelta(hours=2)
    else:  # nothing lies in the future except a scheduled publication, whatever the clock says
        publish_at, last_step = None, min(moment, now - dt.timedelta(hours=1))
    is_public = item.status in (Status.PUBLISHED, Status.WITHDRAWN, Status.ARCHIVED)
    follow_up_at = min(last_step + (item.follow_up or dt.timedelta(days=1)), now - dt.timedelta(minutes=30))

    # The steps up to the final state, back-dated one after another, then those after publication.
    urgent = item.kip_class == KipClass.SERTA_MERTA and is_public
    if urgent:
        path = [EventAction.CREATED, EventAction.PUBLISHED_URGENTLY]
    else:
        path = list(_PATHS[Status.PUBLISHED if is_public else item.status])
    gap = _URGENT_GAP if urgent else _STEP_GAP
    steps = [(action, last_step - gap * (len(path) - 1 - i)) for i, action in enumerate(path)]
    if urgent and not item.needs_review:
        steps.append((EventAction.REVIEWED_AFTER, min(last_step + dt.timedelta(hours=3), follow_up_at)))
    if item.corrected:
        steps.append((EventAction.CORRECTED, follow_up_at))
    if item.status in (Status.WITHDRAWN, Status.ARCHIVED):
        steps.append((EventAction.WITHDRAWN if item.status == Status.WITHDRAWN else EventAction.ARCHIVED, follow_up_at))
    decisive = steps[-1][0] if steps[-1][0] != EventAction.REVIEWED_AFTER else EventAction.PUBLISHED_URGENTLY
    created_at = steps[0][1]

    body = item.body.replace(item.corrected[1], item.corrected[0]) if item.corrected else item.body
    release = Release(
        agency=agency, created_by=author, kind=item.kind, title=item.title, slug=slug, summary=item.summary, body=body,
        status=item.status, kip_class=item.kip_class, berkala_item=item.berkala_item, publish_at=publish_at,
        published_at=last_step if is_public else None,
        needs_review_after_publish=item.needs_review,
        withdrawn_at=follow_up_at if item.status == Status.WITHDRAWN else None,
        withdrawal_reason=item.comment if item.status == Status.WITHDRAWN else "",
        archived_at=follow_up_at if item.status == Status.ARCHIVED else None,
        lock_version=2 if item.corrected else 1,
        **item.exemption,
    )  # fmt: skip
    release.clean_classification()  # an exempt demo release must carry its whole uji konsekuensi
    release.save()
    release.themes.set([themes[slug] for slug in item.themes])
    Release.objects.filter(pk=release.pk).update(created_at=created_at, updated_at=steps[-1][1])
    _backdate(release.snapshot(author), created_at)

    status = ""
    for action, at in steps:
        actor = _actor(action, author, head, moderator)
        comment = (item.comment if action == decisive else "") or _REMARKS.get(action, "")
        if action == EventAction.CORRECTED:
            previous = release.versions.first()
            release.body = item.body
            release.save(update_fields=["body"])
            _backdate(release.snapshot(actor), at)
            _backdate(Correction.objects.create(release=release, note=item.comment, previous_version=previous,
                                                created_by=actor), at)  # fmt: skip
        if action in (EventAction.PUBLISHED, EventAction.PUBLISHED_URGENTLY) and item.override_reason:
            _override(release, moderator, item.override_reason, at - dt.timedelta(minutes=30))
        if action == EventAction.CREATED:  # as the editor records it: no state change
            _backdate(release.record(actor, action), at)
            status = Status.DRAFT
            continue
        before, status = status, _STATUS_AFTER[action]
        _backdate(release.record(actor, action, comment, before, status), at)
    release.refresh_from_db()
    return release


_REMARKS = {
    EventAction.APPROVED: "Selaras dengan agenda forum dan tidak bertentangan dengan rilis instansi lain.",
    EventAction.REVIEWED_AFTER: "Sudah diperiksa forum setelah terbit; isi sesuai.",
}


def _actor(action: str, author, head, moderator):
    if action in (EventAction.CREATED, EventAction.SUBMITTED):
        return author
    if action in (EventAction.AGENCY_APPROVED, EventAction.PUBLISHED_URGENTLY, EventAction.CORRECTED,
                  EventAction.WITHDRAWN):  # fmt: skip
        return head or author
    return moderator


def _override(release: Release, by, reason: str, at: dt.datetime) -> None:
    """Allow the office e-mail addresses in the text, with the reason, as a moderator would in the guard."""
    found = {pii.fingerprint(f): f for text in (release.title, release.summary, release.body)
             for f in pii.find_personal_data(text) if f.kind == "email"}  # fmt: skip
    for mark, finding in found.items():
        _backdate(PiiOverride.objects.create(release=release, fingerprint=mark, kind=finding.kind, reason=reason,
                                             created_by=by), at)  # fmt: skip
        _backdate(release.record(by, EventAction.PII_OVERRIDDEN, f"Alamat surel {finding.text}: {reason}"), at)


def _backdate(obj, at: dt.datetime):
    type(obj).objects.filter(pk=obj.pk).update(created_at=at)
    obj.created_at = at
    return obj
