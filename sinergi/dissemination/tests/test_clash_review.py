"""A moderator reviewing a draft sees other agencies' releases on the same event and figures that differ,
with both passages side by side, and marks each finding; the mark is kept. Nobody else sees the panel."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from sinergi.conftest import client_for
from sinergi.dissemination import clash_index, clashes
from sinergi.dissemination.models import ClashFingerprint, ClashKey, ClashMark
from sinergi.releases.models import Release, Status
from sinergi.releases.tests.factory import make_release, published

DRILL = ("BPBD menggelar simulasi evakuasi banjir rob bersama warga pesisir Kelurahan Selatpanjang Timur menjelang "
         "musim pasang tinggi. Warga berlatih mengenali tanda peringatan dini, mengamankan dokumen penting, lalu "
         "menuju titik kumpul melalui jalur evakuasi yang telah dipasangi rambu.")  # fmt: skip
DRILL_RETOLD = ("Warga pesisir Kelurahan Selatpanjang Timur mengikuti simulasi evakuasi banjir rob menjelang musim "
                "pasang tinggi. Mereka berlatih mengenali tanda peringatan dini, mengamankan dokumen penting dan menuju "
                "titik kumpul melalui jalur evakuasi yang telah dipasangi rambu.")  # fmt: skip
OURS = "Hasil pengukuran bulan Agustus mencatat 1.245 balita stunting di seluruh kecamatan di Kepulauan Meranti."
THEIRS = (
    "Rembuk stunting membahas data pengukuran bulan Agustus yang mencatat 1.254 balita stunting di seluruh kecamatan."
)


@pytest.fixture
def draft(dinkes):
    return make_release(dinkes, title="Prevalensi stunting terus menurun", body=OURS, status=Status.IN_REVIEW)


def test_the_moderator_sees_a_different_figure_with_both_passages_and_a_link(moderator, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting menetapkan desa lokus", body=THEIRS)
    page = client_for(moderator).get(draft.get_workspace_url()).content.decode()
    assert 'id="clashes"' in page and "Angka berbeda" in page
    assert "<mark>1.245 balita</mark>" in page and "<mark>1.254 balita</mark>" in page
    assert other.get_workspace_url() in page


def test_a_retold_event_is_found_and_its_closest_paragraphs_shown(moderator, dinkes, imigrasi):
    ours = make_release(dinkes, title="Simulasi evakuasi banjir rob", body=DRILL, status=Status.IN_REVIEW)
    published(imigrasi, title="Warga ikuti simulasi evakuasi", body=DRILL_RETOLD)
    (finding,) = clashes.findings(ours)
    assert finding.kind == clashes.EVENT and finding.similarity >= 0.2
    assert "titik kumpul" in finding.ours.before and "titik kumpul" in finding.theirs.before


def test_the_same_agency_old_withdrawn_and_unrelated_releases_are_not_compared(draft, dinkes, imigrasi):
    published(dinkes, title="Rembuk stunting dinas", body=THEIRS)  # its own agency: not a clash between agencies
    old = published(imigrasi, title="Rembuk stunting lama", body=THEIRS)
    Release.objects.filter(pk=old.pk).update(
        published_at=timezone.now() - dt.timedelta(days=clash_index.RECENT_DAYS + 1)
    )
    gone = published(imigrasi, title="Rembuk stunting ditarik", body=THEIRS)
    Release.objects.filter(pk=gone.pk).update(status=Status.WITHDRAWN, withdrawn_at=timezone.now())
    published(imigrasi, title="Paspor", body="Kantor imigrasi menerbitkan 3.410 paspor sepanjang semester pertama.")
    assert clashes.findings(draft) == []


def test_an_edit_reindexes_the_release_and_a_same_text_save_does_not(draft, imigrasi):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    first = ClashFingerprint.objects.get(release=other).text_hash
    assert not clash_index.index(other)  # unchanged text: nothing to do
    other.body = THEIRS.replace("1.254", "1.245")
    other.save()
    assert ClashFingerprint.objects.get(release=other).text_hash != first
    assert ClashKey.objects.filter(release=other).exists()
    assert [f for f in clashes.findings(draft) if f.kind == clashes.FIGURE] == []  # the figures agree now


def test_a_verdict_is_kept_and_shown_at_the_next_look(moderator, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    client = client_for(moderator)
    response = client.post(reverse("dissemination:mark_clash", args=[draft.pk]), {
        "other": other.pk, "kind": "figure", "key": "balita:1245:1254", "verdict": "figures_checked",
        "note": "Angka Dinkes dari e-PPGBM 31 Agustus; Bappeda memakai data 15 Agustus.",
    })  # fmt: skip
    assert response.status_code == 302 and response["Location"].endswith("#clashes")
    mark = ClashMark.objects.get(release=draft)
    assert (mark.other, mark.verdict, mark.marked_by) == (other, "figures_checked", moderator)
    page = client.get(draft.get_workspace_url()).content.decode()
    assert "Angka sudah dicek" in page and "e-PPGBM 31 Agustus" in page
    client.post(
        reverse("dissemination:mark_clash", args=[draft.pk]),
        {"other": other.pk, "kind": "figure", "key": "balita:1245:1254", "verdict": "not_a_clash"},
    )
    assert ClashMark.objects.get(release=draft).verdict == "not_a_clash"  # changed, not doubled


def test_a_changed_figure_is_a_new_finding(moderator, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    clashes.mark(draft, other, "figure", "balita:1245:1254", "figures_checked", moderator)
    draft.body = OURS.replace("1.245", "1.300")
    draft.save()
    (finding,) = [f for f in clashes.findings(draft) if f.kind == clashes.FIGURE]
    assert finding.key == "balita:1300:1254" and finding.mark is None


def test_a_verdict_outside_the_offered_ones_or_on_a_finding_gone_is_refused(moderator, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    client = client_for(moderator)
    url = reverse("dissemination:mark_clash", args=[draft.pk])
    page = client.post(url, {"other": other.pk, "kind": "figure", "key": "balita:1245:1300", "verdict": "coordinate"},
                       follow=True)  # fmt: skip
    assert "tidak ada lagi" in page.content.decode()
    page = client.post(url, {"other": other.pk, "kind": "figure", "key": "balita:1245:1254", "verdict": "approved"},
                       follow=True)  # fmt: skip
    assert "Pilih salah satu" in page.content.decode()
    assert not ClashMark.objects.exists()


def test_only_the_forums_moderators_see_the_panel_or_mark(admin_dinkes, humas_imigrasi, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    page = client_for(admin_dinkes).get(draft.get_workspace_url()).content.decode()
    assert 'id="clashes"' not in page and "1.254" not in page
    response = client_for(humas_imigrasi).post(reverse("dissemination:mark_clash", args=[draft.pk]),
                                               {"other": other.pk, "kind": "figure", "key": "balita:1245:1254",
                                                "verdict": "not_a_clash"})  # fmt: skip
    assert response.status_code == 403 and not ClashMark.objects.exists()


def test_a_published_release_has_no_panel(moderator, dinkes, imigrasi):
    published(imigrasi, title="Rembuk stunting", body=THEIRS)
    ours = published(dinkes, title="Stunting", body=OURS)
    assert 'id="clashes"' not in client_for(moderator).get(ours.get_workspace_url()).content.decode()


def test_the_index_finds_every_retold_event_of_the_labelled_set(moderator, dinkes, imigrasi):
    """Through the stored band keys, not only by comparing signatures: what the page really runs."""
    from sinergi.dissemination.tests.clash_cases import NEAR_DUPLICATES

    pairs = [(a, b) for a, b, same in NEAR_DUPLICATES if same]
    found = 0
    for number, (ours, theirs) in enumerate(pairs):
        other = published(imigrasi, title=f"Rilis {number}", body=theirs)
        draft = make_release(dinkes, title=f"Draf {number}", body=ours, status=Status.IN_REVIEW)
        found += any(f.other == other and f.kind == clashes.EVENT for f in clashes.findings(draft))
        Release.objects.filter(pk__in=[other.pk, draft.pk]).update(withdrawn_at=timezone.now())
    assert found >= len(pairs) - 1, (found, len(pairs))


def test_exempt_releases_are_never_compared_or_quoted(moderator, imigrasi, draft):
    published(imigrasi, title="Rembuk stunting", body=THEIRS, kip_class="dikecualikan", exemption_ground="h",
              exemption_legal_basis="UU 17/2023", exemption_consequence="Terbuka", exemption_decree_number="SK/1",
              exemption_decree_date=dt.date(2026, 1, 1))  # fmt: skip
    assert clashes.findings(draft) == []


def test_a_figure_of_many_digits_is_still_marked_and_kept(moderator, imigrasi, dinkes):
    long_ours = "Tercatat " + "1" * 400 + " balita stunting di seluruh kecamatan Kepulauan Meranti."
    long_theirs = "Tercatat " + "2" * 400 + " balita stunting di seluruh kecamatan Kepulauan Meranti."
    ours = make_release(dinkes, title="Balita", body=long_ours, status=Status.IN_REVIEW)
    published(imigrasi, title="Balita juga", body=long_theirs)
    (finding,) = clashes.findings(ours)
    client_for(moderator).post(reverse("dissemination:mark_clash", args=[ours.pk]), {
        "other": finding.other.pk, "kind": finding.kind, "key": finding.key, "verdict": "figures_checked"})
    (again,) = clashes.findings(ours)
    assert again.mark is not None and again.mark.verdict == "figures_checked"


def test_a_published_release_takes_no_more_verdicts(moderator, imigrasi, draft):
    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    Release.objects.filter(pk=draft.pk).update(status=Status.PUBLISHED, published_at=timezone.now())
    client_for(moderator).post(reverse("dissemination:mark_clash", args=[draft.pk]), {
        "other": other.pk, "kind": "figure", "key": "balita:1245:1254", "verdict": "figures_checked"})
    assert not ClashMark.objects.exists()


def test_releases_saved_before_clash_detection_are_indexed_a_batch_at_a_time(draft, imigrasi):
    from sinergi.dissemination.tasks import index_stale_releases

    other = published(imigrasi, title="Rembuk stunting", body=THEIRS)
    ClashFingerprint.objects.all().delete()  # as after the upgrade that brought clash detection
    ClashKey.objects.all().delete()
    assert clashes.findings(draft) == []
    index_stale_releases.call_local()
    assert {f.other for f in clashes.findings(draft)} == {other}
    stale = ClashFingerprint.objects.get(release=other)
    ClashFingerprint.objects.filter(pk=stale.pk).update(text_hash="1:" + stale.text_hash.split(":")[1])
    assert clash_index.index_missing() == 1  # an older version of the keys is rebuilt too
