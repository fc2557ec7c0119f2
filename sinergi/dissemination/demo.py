"""The amplification demo of the Meranti forum: the agencies' accounts (fictitious handles), and one open
request to share the newest release of Diskominfotik, with posts reported, one link refused, and one
agency that declined."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from sinergi.dissemination.content_calendar import PLANNED
from sinergi.dissemination.models import AmplificationRequest, AmplificationTarget, Observance, PostReport, ReportState
from sinergi.forum.models import Member, SocialAccount
from sinergi.releases.models import Release

# Fictitious handles, marked "demo", so no link of the demo points at a real account.
ACCOUNTS = {
    "diskominfotik": [("instagram", "demo.diskominfotik.meranti"), ("facebook", "demo.diskominfotik.meranti"),
                      ("x", "demo_kominfo_mrt")],
    "dinkes": [("instagram", "demo.dinkes.meranti"), ("x", "demo_dinkes_mrt")],
    "imigrasi": [("instagram", "demo.imigrasi.selatpanjang"), ("x", "demo_imigrasi_slp")],
    "prokopim": [("instagram", "demo.prokopim.meranti"), ("facebook", "demo.prokopim.meranti")],
}  # fmt: skip


def load_demo_dissemination(forum) -> int:
    """Create the demo accounts, calendar and request if missing; returns how many requests were new."""
    agencies = {agency.slug: agency for agency in forum.agencies.all()}
    if not ACCOUNTS.keys() <= agencies.keys():
        return 0  # not the demo forum
    Observance.objects.get_or_create(forum=forum, name="Hari Jadi Kabupaten Kepulauan Meranti", defaults={
        "day": dt.date(2009, 12, 19), "source": "UU 12/2009 tentang Pembentukan Kabupaten Kepulauan Meranti"})  # fmt: skip
    # The demo's drafts carry a planned date, spread over the coming weeks, so the calendar shows plans.
    today = forum.today()
    drafts = Release.objects.in_forum(forum).filter(planned_on__isnull=True, status__in=PLANNED).order_by("pk")
    for number, draft in enumerate(drafts):
        Release.objects.filter(pk=draft.pk).update(planned_on=today + dt.timedelta(days=2 + 3 * number))
    for slug, accounts in ACCOUNTS.items():
        for platform, handle in accounts:
            SocialAccount.objects.get_or_create(agency=agencies[slug], platform=platform, handle=handle)
    release = Release.objects.public().filter(agency=agencies["diskominfotik"]).order_by("-published_at").first()
    if release is None or AmplificationRequest.objects.filter(forum=forum, release=release).exists():
        return 0
    moderator = Member.objects.filter(email="moderator@demo.test").first()
    now = timezone.now()
    request = AmplificationRequest.objects.create(
        forum=forum, release=release, platforms=["instagram", "facebook", "x"], due_at=now + dt.timedelta(hours=20),
        message="Mohon dibantu amplifikasi di akun resmi masing-masing, dengan tagar tema.", asked_by=moderator,
        created_at=now - dt.timedelta(hours=4))  # fmt: skip
    targets = {slug: AmplificationTarget.objects.create(request=request, agency=agency)
               for slug, agency in agencies.items() if agency.is_active}  # fmt: skip
    reported = now - dt.timedelta(hours=2)
    for slug, platform, url, state, problem in (
        ("prokopim", "instagram", "https://www.instagram.com/p/DEMO1prokopim/", ReportState.UNSHOWN, ""),
        ("prokopim", "facebook", "https://www.facebook.com/demo.prokopim.meranti/posts/1000000001", ReportState.CHECKED, ""),
        ("dinkes", "x", "https://x.com/demo_dinkes_mrt/status/1860000000000000001", ReportState.CHECKED, ""),
        ("imigrasi", "x", "https://x.com/akun_pribadi_demo/status/1860000000000000002", ReportState.REFUSED,
         "Unggahan ini ada di akun akun_pribadi_demo, yang bukan akun instansi di direktori."),
    ):  # fmt: skip
        if slug in targets:
            PostReport.objects.create(target=targets[slug], platform=platform, url=url, state=state, problem=problem,
                                      reported_at=reported)  # fmt: skip
    if "bpbd" in targets:
        AmplificationTarget.objects.filter(pk=targets["bpbd"].pk).update(
            declined_at=reported, decline_reason="Akun sedang dipakai penuh untuk peringatan cuaca hari ini.")  # fmt: skip
    return 1
