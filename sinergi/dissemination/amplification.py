"""Asking agencies to share a release, and what they report: the rules of an amplification request.

Who is told: each agency's social-media admins (admin medsos). An agency without one is asked all the
same, shown on the board and to the asker as "nobody to tell", never as told.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.core.tasks import enqueue_or_defer
from sinergi.core.workflow import TransitionError
from sinergi.dissemination import post_links
from sinergi.dissemination.models import (
    PLATFORMS,
    AmplificationRequest,
    AmplificationTarget,
    PostReport,
    ReportState,
)
from sinergi.forum.models import Agency, AgencyRole, AgencyRoleKind, Member
from sinergi.releases.models import Release

REASON_LIMIT = 300


def admins_of(agency: Agency) -> list[Member]:
    """The people who post for the agency: its social-media admins."""
    return list(Member.objects.filter(agency_roles__agency=agency, agency_roles__role=AgencyRoleKind.ADMIN_MEDSOS,
                                      is_active=True).distinct().order_by("pk"))  # fmt: skip


def admins_by_agency(agency_ids) -> dict[int, list[Member]]:
    """`admins_of` for many agencies in one query: agency id -> its social-media admins."""
    found: dict[int, list[Member]] = {pk: [] for pk in agency_ids}
    roles = (AgencyRole.objects.filter(agency_id__in=found, role=AgencyRoleKind.ADMIN_MEDSOS, member__is_active=True)
             .select_related("member").order_by("member_id"))  # fmt: skip
    for role in roles:
        if role.member not in found[role.agency_id]:
            found[role.agency_id].append(role.member)
    return found


def agencies_posted_for(member) -> set[int]:
    """The agencies for which `member` reports posts (as `may_report_for`), in one query."""
    return set(AgencyRole.objects.filter(member=member, role__in=[AgencyRoleKind.ADMIN_MEDSOS,
                                                                  AgencyRoleKind.PEJABAT_HUMAS])
               .values_list("agency_id", flat=True))  # fmt: skip


def may_report_for(member, agency: Agency) -> bool:
    return member.has_agency_role(agency, AgencyRoleKind.ADMIN_MEDSOS, AgencyRoleKind.PEJABAT_HUMAS)


def ask(release: Release, by, agencies, platforms: list[str], due_at: dt.datetime, message: str = "",
        urgent: bool = False) -> AmplificationRequest:  # fmt: skip
    """Ask `agencies` to share the published `release` on `platforms` by `due_at`; the e-mails go after commit."""
    if not Release.objects.public().filter(pk=release.pk).exists():
        raise TransitionError(_("Only a published release can be shared."))
    platforms = [value for value, _label in PLATFORMS if value in set(platforms)]
    if not platforms:
        raise TransitionError(_("Choose at least one platform."))
    if due_at <= timezone.now():
        raise TransitionError(_("The time to share by has already passed; choose a time in the future."))
    agencies = list(agencies)
    if not agencies:
        raise TransitionError(_("Choose at least one agency."))
    with transaction.atomic():
        request = AmplificationRequest.objects.create(
            forum=release.agency.forum, release=release, platforms=platforms, due_at=due_at,
            message=message.strip()[:REASON_LIMIT * 3], urgent=urgent, asked_by=by)  # fmt: skip
        AmplificationTarget.objects.bulk_create([AmplificationTarget(request=request, agency=a) for a in agencies])
        from sinergi.dissemination.tasks import tell_agencies  # cycle: the tasks call back into this module

        enqueue_or_defer(tell_agencies, request.pk, "asked")
    return request


URGENT_WITHIN = dt.timedelta(hours=2)  # how soon an urgent (serta-merta) release is to be shared everywhere


def ask_everyone_at_once(release: Release, by) -> AmplificationRequest:
    """A serta-merta release: every active agency, every platform, within two hours; asked once, even on a
    double tap (the release row is locked while it is checked)."""
    with transaction.atomic():
        Release.objects.select_for_update().filter(pk=release.pk).first()
        if AmplificationRequest.objects.filter(release=release).exists():
            raise TransitionError(_("The agencies have already been asked to share this release."))
        return _ask_everyone(release, by)


def _ask_everyone(release: Release, by) -> AmplificationRequest:
    agencies = Agency.objects.active().filter(forum=release.agency.forum)
    return ask(release, by, agencies, [value for value, _label in PLATFORMS], timezone.now() + URGENT_WITHIN,
               _("Serta-merta information: please share it on every official account at once."), urgent=True)  # fmt: skip


def urgent_not_yet_asked(forum):
    """Fresh serta-merta releases of the forum that nobody has asked the agencies to share yet."""
    return (Release.objects.public().urgent().in_forum(forum).filter(amplification_requests__isnull=True)
            .select_related("agency").order_by("-published_at"))  # fmt: skip


def without_admin(request: AmplificationRequest) -> list[Agency]:
    """The agencies asked that have nobody to tell."""
    return [target.agency for target in request.targets.select_related("agency") if not admins_of(target.agency)]


def report(target: AmplificationTarget, platform: str, url: str, by) -> PostReport:
    """Record the link of the agency's post on `platform`; a link that is no post at all is refused unsaved
    (TransitionError), one on another account is kept as refused until a moderator accepts it."""
    if not target.request.is_open:
        raise TransitionError(_("This request is closed."))
    if platform not in target.request.platforms:
        raise TransitionError(_("This platform was not asked for."))
    accounts = target.agency.social_accounts.filter(platform=platform)
    handles = [post_links.handle_of(account.url, account.handle, platform) for account in accounts]
    try:
        found = post_links.check(url, platform, handles)
    except post_links.LinkRefused as error:
        raise TransitionError(str(error)) from error
    state = ReportState.REFUSED if found.problem else (ReportState.CHECKED if found.account_shown else ReportState.UNSHOWN)
    with transaction.atomic():
        post, _created = PostReport.objects.update_or_create(target=target, platform=platform, defaults={
            "url": url.strip(), "state": state, "problem": found.problem[:300], "reported_by": by,
            "reported_at": timezone.now(), "accepted_by": None, "accepted_reason": "",
        })  # fmt: skip
        if target.declined_at:
            AmplificationTarget.objects.filter(pk=target.pk).update(declined_at=None, decline_reason="", declined_by=None)
    return post


def decline(target: AmplificationTarget, by, reason: str) -> None:
    reason = reason.strip()
    if not reason:
        raise TransitionError(_("Say why the agency will not share it."))
    if len(reason) > REASON_LIMIT:
        raise TransitionError(_("Keep the reason under %(limit)d characters.") % {"limit": REASON_LIMIT})
    AmplificationTarget.objects.filter(pk=target.pk).update(declined_at=timezone.now(), decline_reason=reason,
                                                            declined_by=by)  # fmt: skip


def accept(post: PostReport, by, reason: str) -> None:
    """A moderator accepts a link that failed the check, saying why (an account not yet in the directory)."""
    reason = reason.strip()
    if post.state != ReportState.REFUSED:
        raise TransitionError(_("Only a refused link needs accepting."))
    if not reason or len(reason) > REASON_LIMIT:
        raise TransitionError(_("Say in a few words why the link is the agency's own."))
    PostReport.objects.filter(pk=post.pk, state=ReportState.REFUSED).update(
        state=ReportState.ACCEPTED, accepted_reason=reason, accepted_by=by)  # fmt: skip


def close_for_withdrawal(release: Release) -> int:
    """A withdrawn release is no longer shared: its open requests close with the reason, and the agencies
    asked are told. Returns how many requests closed."""
    reason = _("The release was withdrawn: %(reason)s") % {"reason": release.withdrawal_reason or "–"}
    closed = 0
    for request in AmplificationRequest.objects.open().filter(release=release):
        if AmplificationRequest.objects.filter(pk=request.pk, closed_at__isnull=True).update(
                closed_at=timezone.now(), closed_reason=reason[:300]):  # fmt: skip
            from sinergi.dissemination.tasks import tell_agencies  # cycle: the tasks call back into this module

            enqueue_or_defer(tell_agencies, request.pk, "withdrawn")
            closed += 1
    return closed


@dataclass(frozen=True)
class Cell:
    """What the board shows for one agency and platform."""

    platform: str
    label: str
    post: PostReport | None
    has_account: bool
    late: bool

    @property
    def done(self) -> bool:
        return self.post is not None and self.post.counts


def cells(target: AmplificationTarget, now: dt.datetime | None = None) -> list[Cell]:
    now = now or timezone.now()
    request = target.request
    posts = {post.platform: post for post in target.reports.all()}
    registered = {account.platform for account in target.agency.social_accounts.all()}
    labels = dict(PLATFORMS)
    result = []
    for platform in request.platforms:
        post = posts.get(platform)
        late = (post.reported_at > request.due_at) if post else (now > request.due_at and request.is_open)
        result.append(Cell(platform, str(labels.get(platform, platform)), post, platform in registered, late))
    return result


def is_done(target: AmplificationTarget) -> bool:
    """Shared: at least one counted post, and one on every platform asked where the agency has an account
    (a post on an account not yet in the directory counts too)."""
    all_cells = cells(target)
    return any(cell.done for cell in all_cells) and all(cell.done for cell in all_cells if cell.has_account)


def waiting_targets(member, forum):
    """The open requests' agencies for which `member` posts and that have not finished or declined."""
    agencies = AgencyRole.objects.filter(member=member, role__in=[AgencyRoleKind.ADMIN_MEDSOS,
                                                                  AgencyRoleKind.PEJABAT_HUMAS]).values("agency")  # fmt: skip
    targets = (AmplificationTarget.objects.filter(agency__in=agencies, request__forum=forum,
                                                  request__closed_at__isnull=True, declined_at__isnull=True)
               .select_related("request__release", "agency").prefetch_related("reports", "agency__social_accounts"))  # fmt: skip
    return [target for target in targets if not is_done(target)]
