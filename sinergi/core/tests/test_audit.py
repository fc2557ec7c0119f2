"""The audit trail records who changed what and when, for every Sinergi model."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.utils import timezone

from sinergi.conftest import make_agency
from sinergi.core.audit import acting_as, history_for, is_audited
from sinergi.core.models import AuditEntry, NotificationSetting
from sinergi.data.models import DataListEntry, Dataset
from sinergi.dissemination.models import AmplificationRequest, ClashMark, Observance, ShareKit
from sinergi.forum.models import (
    AgencyRole,
    Announcement,
    DirectoryImport,
    Forum,
    ForumRole,
    Invitation,
    Member,
    Reply,
    Thread,
)
from sinergi.meetings.models import Action, Material, Minutes
from sinergi.meetings.tests.factory import make_meeting, make_series
from sinergi.ppid.models import (
    AnnualReport,
    CalendarSettings,
    DeadlineRule,
    DikEntry,
    DipEntry,
    Dispute,
    InformationRequest,
    IssuedLetter,
    LocalDayOff,
    NoticeDocument,
    Objection,
    PublicBody,
    PublicBodyUnit,
    ServiceCharter,
    WrittenNotice,
)
from sinergi.releases.models import Attachment, PiiOverride, ReleaseComment
from sinergi.releases.tests.factory import make_release, make_theme


def test_a_change_through_the_site_names_the_person_and_the_fields(personas, moderator, imigrasi):
    data = {"name": imigrasi.name, "slug": "imigrasi", "kind": "vertikal", "phone": "0763-32111",
            "social-TOTAL_FORMS": "0", "social-INITIAL_FORMS": "0"}  # fmt: skip
    personas["moderator"].post("/direktori/instansi/imigrasi/ubah/", data)
    entry = history_for(imigrasi).first()
    assert entry.action == "updated" and entry.actor == moderator
    assert entry.changes["phone"] == ["", "0763-32111"]
    assert entry.forum_id == imigrasi.forum_id


def test_creation_and_deletion_are_recorded(dinkes):
    account = dinkes.social_accounts.create(platform="x", handle="@dinkes")
    pk = account.pk
    account.delete()
    actions = list(
        AuditEntry.objects.filter(object_id=str(pk), content_type__model="socialaccount").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == ["created", "deleted"]


def test_passwords_never_reach_the_trail(admin_dinkes):
    with acting_as(admin_dinkes):
        admin_dinkes.set_password("rahasia-sekali-123")
        admin_dinkes.save()
    entry = history_for(admin_dinkes).first()
    assert entry.changes["password"][1] == "***"
    assert "rahasia" not in str(AuditEntry.objects.values_list("changes", flat=True))


def test_saving_without_a_change_records_nothing(dinkes):
    before = AuditEntry.objects.count()
    dinkes.save()
    assert AuditEntry.objects.count() == before


def a_request(forum) -> InformationRequest:
    return InformationRequest.objects.create(
        forum=forum,
        name="Siti",
        id_number="1",
        address="Jl. 1",
        subject="Data",
        purpose="Riset",
        consent_at=timezone.now(),
    )


def an_action(forum) -> Action:
    return Action.objects.create(forum=forum, title="Rekap", agency=make_agency(forum, "bpbd", "BPBD"),
                                 due_on="2026-12-31")  # fmt: skip


CREATORS = {
    "forum.forum": lambda f: Forum.objects.create(slug="riau", name="Forum Riau", region_code="14", region_name="Riau"),
    "forum.agency": lambda f: make_agency(f, "bpbd", "BPBD"),
    "forum.socialaccount": lambda f: make_agency(f, "bpbd", "BPBD").social_accounts.create(platform="x", handle="@b"),
    "forum.member": lambda f: Member.objects.create_user("ani@demo.test", None, full_name="Ani"),
    "core.notificationsetting": lambda f: NotificationSetting.objects.create(
        member=Member.objects.create_user("ani@demo.test", None, full_name="Ani"), kind="forum.mention", delivery="inbox"
    ),
    "forum.agencyrole": lambda f: AgencyRole.objects.create(
        member=Member.objects.create_user("ani@demo.test", None, full_name="Ani"),
        agency=make_agency(f, "bpbd", "BPBD"),
        role="admin_medsos",
    ),
    "forum.forumrole": lambda f: ForumRole.objects.create(
        member=Member.objects.create_user("ani@demo.test", None, full_name="Ani"), forum=f, role="walidata"
    ),
    "forum.invitation": lambda f: Invitation.objects.create(
        member=Member.objects.create_user("ani@demo.test", None, full_name="Ani"), forum=f
    ),
    "forum.directoryimport": lambda f: DirectoryImport.objects.create(
        forum=f, kind="agencies", file_name="a.csv", data=b"kode,nama\n"
    ),
    "forum.announcement": lambda f: Announcement.objects.create(forum=f, title="Kopdar", body="Besok pagi."),
    "forum.thread": lambda f: Thread.objects.create(forum=f, title="Jadwal rilis", body="Bagaimana?"),
    "forum.reply": lambda f: Reply.objects.create(
        thread=Thread.objects.create(forum=f, title="Jadwal rilis", body="Bagaimana?"), body="Setuju."
    ),
    "ppid.informationrequest": lambda f: a_request(f),
    "ppid.writtennotice": lambda f: WrittenNotice.objects.create(
        request=a_request(f),
        held="not_held",
        holder="BPS",
    ),
    "ppid.issuedletter": lambda f: IssuedLetter.objects.create(
        public_body=PublicBody.objects.main(f), kind="notice", number="0001/PPID/MERANTI/2026", issued_on="2026-03-02"
    ),
    "ppid.publicbody": lambda f: PublicBody.objects.create(forum=f, name="Kejaksaan Negeri", code="KEJARI"),
    "ppid.publicbodyunit": lambda f: PublicBodyUnit.objects.create(
        body=PublicBody.objects.create(forum=f, name="Kejaksaan Negeri", code="KEJARI"),
        agency=make_agency(f, "kejari", "Kejaksaan Negeri", "vertikal"),
    ),
    "ppid.noticedocument": lambda f: NoticeDocument.objects.create(
        notice=WrittenNotice.objects.create(request=a_request(f), held="held", decision="granted"),
        file="ppid/dokumen/x", name="Rekap", kind="pdf", size=10, sha256="0" * 64,
    ),
    "ppid.objection": lambda f: Objection.objects.create(
        request=a_request(f),
        grounds=["c"],
        statement="Belum dijawab.",
    ),
    "ppid.dispute": lambda f: Dispute.objects.create(
        objection=Objection.objects.create(
            request=a_request(f),
            statement="Belum dijawab.",
        ),
        filed_on="2026-05-01",
    ),
    "ppid.dipentry": lambda f: DipEntry.objects.create(
        agency=make_agency(f, "bpbd", "BPBD"),
        summary="Rencana kerja",
        held_by="Sekretariat",
        responsible="Kepala",
        made="2026",
        retention="5 tahun",
    ),
    "ppid.dikentry": lambda f: DikEntry.objects.create(
        agency=make_agency(f, "bpbd", "BPBD"),
        information="Rekam medis",
        ground="h",
        legal_basis="UU",
        consequence="Terbuka",
        public_interest="Privasi",
        decree_number="SK/1",
        decree_date="2026-01-01",
    ),
    "ppid.servicecharter": lambda f: ServiceCharter.objects.create(
        forum=f, legal_basis="UU", procedure="P", time_frame="10", fee="0", guarantee="G", evaluation="E"
    ),
    "ppid.deadlinerule": lambda f: DeadlineRule.objects.create(forum=f, step="notice", working_days=7),
    "ppid.localdayoff": lambda f: LocalDayOff.objects.create(forum=f, date="2026-12-19", name="Hari Jadi"),
    "ppid.calendarsettings": lambda f: CalendarSettings.objects.create(forum=f),
    "ppid.annualreport": lambda f: AnnualReport.objects.create(forum=f, year=2025, policy="Perbup 12/2024"),
    "meetings.meetingseries": lambda f: make_series(f),
    "meetings.meeting": lambda f: make_meeting(f),
    "meetings.speaker": lambda f: make_meeting(f).speakers.create(name="Zulkifli Amri", organisation="PWI"),
    "meetings.agendaitem": lambda f: make_meeting(f).agenda.create(title="Pembukaan"),
    "meetings.invitation": lambda f: make_meeting(f).invitations.create(kind="agency_role", role="admin_medsos"),
    "meetings.attendance": lambda f: make_meeting(f).attendances.create(name="Tamu", method="manual"),
    "meetings.material": lambda f: Material.objects.create(forum=f, title="Slide", topic="KIP", file="m/x"),
    "meetings.minutes": lambda f: Minutes.objects.create(meeting=make_meeting(f), summary="Ringkasan"),
    "meetings.decision": lambda f: make_meeting(f).decisions.create(text="Bentuk forum kehumasan"),
    "meetings.action": lambda f: an_action(f),
    "meetings.progressnote": lambda f: an_action(f).notes.create(text="Sudah dimulai"),
    "releases.theme": lambda f: make_theme(f, "hpn", "Hari Pers Nasional"),
    "releases.release": lambda f: make_release(make_agency(f, "bpbd", "BPBD")),
    "releases.releaseversion": lambda f: make_release(make_agency(f, "bpbd", "BPBD")).versions.get(),
    "releases.releasecomment": lambda f: ReleaseComment.objects.create(
        release=make_release(make_agency(f, "bpbd", "BPBD")), version_number=1, body="Periksa judul."
    ),
    "releases.correction": lambda f: make_release(make_agency(f, "bpbd", "BPBD")).corrections.create(note="Ralat."),
    "releases.piioverride": lambda f: PiiOverride.objects.create(
        release=make_release(make_agency(f, "bpbd", "BPBD")), fingerprint="ab", kind="phone", reason="Nomor kantor."
    ),
    "releases.attachment": lambda f: Attachment.objects.create(
        release=make_release(make_agency(f, "bpbd", "BPBD")), kind="pdf", token="t", original_name="a.pdf"
    ),
    "dissemination.amplificationrequest": lambda f: an_amplification_target(f).request,
    "dissemination.amplificationtarget": lambda f: an_amplification_target(f),
    "dissemination.observance": lambda f: Observance.objects.create(forum=f, name="Hari Jadi", day="2009-12-19",
                                                                    source="UU 12/2009"),
    "data.dataset": lambda f: Dataset.objects.create(agency=make_agency(f, "bpbd", "BPBD"), name="kejadian",
                                                     title="Kejadian", description="x", topic="kebencanaan",
                                                     frequency="tahunan"),  # fmt: skip
    "data.datasetresource": lambda f: Dataset.objects.create(
        agency=make_agency(f, "bpbd", "BPBD"), name="kejadian", title="Kejadian", description="x",
        topic="kebencanaan", frequency="tahunan").resources.create(name="Kejadian 2025", format="CSV"),  # fmt: skip
    "data.indicator": lambda f: Dataset.objects.create(
        agency=make_agency(f, "bpbd", "BPBD"), name="kejadian", title="Kejadian", description="x",
        topic="kebencanaan", frequency="tahunan").indicators.create(slug="kejadian", name="Kejadian", unit="kali",
                                                                    definition="x"),  # fmt: skip
    "data.datalistentry": lambda f: DataListEntry.objects.create(
        forum=f, year=2026, agency=make_agency(f, "bpbd", "BPBD"), title="Kejadian", due_on=dt.date(2026, 6, 30)),
    "data.datasetevent": lambda f: Dataset.objects.create(
        agency=make_agency(f, "bpbd", "BPBD"), name="kejadian", title="Kejadian", description="x",
        topic="kebencanaan", frequency="tahunan").events.create(action="submitted", from_status="draft",
                                                                to_status="submitted"),  # fmt: skip
    "dissemination.clashmark": lambda f: ClashMark.objects.create(
        release=make_release(make_agency(f, "bpbd", "BPBD")), other=make_release(make_agency(f, "dinkes", "Dinkes")),
        kind="event", verdict="coordinate"),  # fmt: skip
    "dissemination.sharekit": lambda f: ShareKit.objects.create(release=make_release(make_agency(f, "bpbd", "BPBD"))),
    "dissemination.postreport": lambda f: an_amplification_target(f).reports.create(
        platform="x", url="https://x.com/bpbd/status/1", state="checked"
    ),
}


def an_amplification_target(forum):
    release = make_release(make_agency(forum, "bpbd", "BPBD"))
    request = AmplificationRequest.objects.create(forum=forum, release=release, platforms=["x"], due_at=timezone.now())
    return request.targets.create(agency=release.agency)


@pytest.mark.parametrize("label", sorted(CREATORS))
def test_creating_any_record_leaves_an_entry(forum, label):
    record = CREATORS[label](forum)
    entry = history_for(record).filter(action="created").get()
    assert entry.action == "created" and entry.object_repr == str(record)[:300]


def test_every_sinergi_model_has_a_creation_check_above():
    """A model added later must be added to CREATORS, and so is proven to be audited."""
    labels = {m._meta.label_lower for m in apps.get_models() if is_audited(m)}
    assert labels == set(CREATORS)


def test_a_persons_changes_are_filed_under_the_forum_they_were_made_in(personas, moderator, admin_dinkes, forum):
    personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/nonaktifkan/")
    entry = history_for(admin_dinkes, forum).get(action="updated")
    assert entry.actor == moderator
    html = personas["moderator"].get("/ruang-kerja/audit/?model=member").content.decode()
    assert "Yusuf Hidayat" in html


def test_moderators_read_the_trail_of_their_forum(personas, imigrasi):
    imigrasi.phone = "0763-1"
    imigrasi.save()
    html = personas["moderator"].get("/ruang-kerja/audit/?model=agency").content.decode()
    assert "Kantor Imigrasi" in html and "0763-1" in html


def test_deactivation_names_who_did_it(moderator, admin_dinkes):
    admin_dinkes.deactivate(by=moderator)
    entry = history_for(admin_dinkes).first()
    assert entry.actor == moderator and entry.changes["is_active"] == [True, False]
