"""Exempt, draft, withdrawn and unpublished information never reaches a public surface.

The test walks every URL pattern of the project as an anonymous visitor, filling each
parameter with every candidate value (each release, agency, theme, attachment), plus a search
for each secret word and the API, and checks that no secret word appears in any answer.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from sinergi.conftest import PASSWORD, client_for
from sinergi.data import catalogue_search, indicators, resource_check
from sinergi.data.api_views import ACTIONS
from sinergi.data.models import DataListEntry, Dataset, DatasetResource, Indicator
from sinergi.forum.models import Member
from sinergi.meetings.models import Meeting
from sinergi.meetings.series import cancel
from sinergi.meetings.tests.factory import make_meeting
from sinergi.ppid.models import DikEntry, DipEntry, InformationRequest
from sinergi.releases.models import Attachment, Release, Status
from sinergi.releases.tests.factory import admin_change, make_release, make_theme

SECRETS = {
    "exempt": "zirkoniumrahasia",
    "draft": "kalsiumdraf",
    "withdrawn": "magnesiumditarik",
    "scheduled": "titaniumterjadwal",
    "in_review": "kobaltditinjau",
    "exempt_attachment": "litiumlampiran",
    "requester": "kriptonpemohon",
    "dik_information": "xenonrahasia",
    "private_meeting": "iridiumtertutup",
    "cancelled_meeting": "osmiumbatal",
    "public_meeting_link": "rutheniumdaring",
    "reclassified_in_admin": "vanadiumdireklas",
    "removed_in_admin": "kromiumdihapus",
    "name_in_subject": "neonperihal",
    "nik_in_subject": "1410015708985028",
    "exempt_dataset": "skandiumdataset",
    "draft_dataset": "galiumdataset",
}
PUBLIC_WORD = "natriumterbuka"
EXEMPT = {"kip_class": "dikecualikan", "exemption_ground": "h", "exemption_legal_basis": "UU 14/2008",
          "exemption_consequence": "Rahasia pribadi", "exemption_decree_number": "SK/1"}  # fmt: skip
# A signed preview link is a deliberate, expiring share with named people, not a public surface.
NOT_WALKED = {"releases:preview"}


@pytest.fixture
def records(forum, imigrasi, dinkes, moderator):
    theme = make_theme(forum, "satu-data", "Satu Data")
    common = {"themes": [theme]}
    public = make_release(imigrasi, title=f"Rilis {PUBLIC_WORD}", body=f"Isi {PUBLIC_WORD}.", status=Status.PUBLISHED,
                          **common)  # fmt: skip
    make_release(imigrasi, title=f"Nota {SECRETS['exempt']}", body=f"Isi {SECRETS['exempt']}.", status=Status.PUBLISHED,
                 kip_class="dikecualikan", exemption_ground="h", **common)  # fmt: skip
    make_release(dinkes, title=f"Draf {SECRETS['draft']}", body=f"Isi {SECRETS['draft']}.", **common)
    withdrawn = make_release(dinkes, title=f"Rilis {SECRETS['withdrawn']}", body=f"Isi {SECRETS['withdrawn']}.",
                             status=Status.PUBLISHED, **common)  # fmt: skip
    withdrawn.withdraw(moderator, "Data keliru.")
    make_release(imigrasi, title=f"Jadwal {SECRETS['scheduled']}", body=f"Isi {SECRETS['scheduled']}.",
                 status=Status.SCHEDULED, publish_at=timezone.now() + datetime.timedelta(days=3), **common)  # fmt: skip
    make_release(imigrasi, title=f"Tinjau {SECRETS['in_review']}", body=f"Isi {SECRETS['in_review']}.",
                 status=Status.IN_REVIEW, **common)  # fmt: skip
    # Public and indexed first, then made exempt, or stripped of a word, through the Django admin.
    staff = Member.objects.create_superuser("admin@demo.test", PASSWORD, full_name="Admin Situs")
    reclassified = make_release(imigrasi, staff, title=f"Rekap {SECRETS['reclassified_in_admin']}",
                                body=f"Isi {SECRETS['reclassified_in_admin']}.", status=Status.PUBLISHED, **common)  # fmt: skip
    admin_change(client_for(staff), reclassified, kip_class="dikecualikan", exemption_ground="h",
                 exemption_legal_basis="UU 14/2008", exemption_consequence="Privasi terbuka.",
                 exemption_decree_number="SK/2", exemption_decree_date="2026-01-02")  # fmt: skip
    edited = make_release(imigrasi, staff, title="Rilis yang disunting", body=f"Isi {SECRETS['removed_in_admin']} lama.",
                          status=Status.PUBLISHED, **common)  # fmt: skip
    admin_change(client_for(staff), edited, body="Isi yang sudah disunting.")
    for release in Release.objects.all():
        attach(release, f"Lampiran {release.title}")
    attach(public, f"Memo {SECRETS['exempt_attachment']}", kip_class="dikecualikan", exemption_ground="i")
    InformationRequest.objects.create(
        forum=forum, name=f"Pemohon {SECRETS['requester']}", id_number=SECRETS["requester"], address="Jl. 1",
        subject="Data bantuan sosial", purpose="Riset", consent_at=timezone.now(),
    )  # fmt: skip
    # A subject names a person and carries a NIK glued to its label: withheld until a PPID checks it,
    # and then the register shows what the PPID wrote.
    for n in range(2):
        typed = InformationRequest.objects.create(
            forum=forum, name="Pemohon", id_number="1", address="Jl. 2", purpose="Riset", consent_at=timezone.now(),
            subject=f"Data bansos atas nama {SECRETS['name_in_subject']} nik{SECRETS['nik_in_subject']} ke-{n}",
        )  # fmt: skip
    typed.check_public_subject(moderator, typed.suggested_public_subject())
    DikEntry.objects.create(
        agency=imigrasi, information=f"Dokumen {SECRETS['dik_information']}", ground="h", legal_basis="UU 14/2008",
        consequence=SECRETS["dik_information"], public_interest="Privasi", decree_number="SK/1",
        decree_date="2026-01-01",
    )  # fmt: skip
    # A DIP row keeps its summary when its release is withdrawn or made exempt, never the link (its slug is the title).
    for release in (withdrawn, reclassified):
        DipEntry.objects.create(agency=release.agency, summary="Rilis yang tidak lagi terbuka", release=release,
                                held_by="Sekretariat", responsible="Kepala", made="2026", retention="5 tahun")  # fmt: skip
    # The agenda shows meetings the chair made public; a members-only or cancelled one never appears.
    # A public meeting's online link is for those invited, never for the agenda or its feed.
    make_meeting(forum, [imigrasi], title=f"Kopdar {PUBLIC_WORD}", description=f"Isi {PUBLIC_WORD}.", is_public=True,
                 online_url=f"https://{SECRETS['public_meeting_link']}.test/kopdar")  # fmt: skip
    make_meeting(forum, [imigrasi], title=f"Daring {PUBLIC_WORD}", venue="", is_public=True,
                 online_url=f"https://meet.test/{SECRETS['public_meeting_link']}")  # fmt: skip
    make_meeting(forum, [imigrasi], title=f"Rapat {SECRETS['private_meeting']}", venue=SECRETS["private_meeting"],
                 description=f"Isi {SECRETS['private_meeting']}.", online_url=f"https://{SECRETS['private_meeting']}.test/")  # fmt: skip
    dropped = make_meeting(forum, [imigrasi], title=f"Batal {SECRETS['cancelled_meeting']}", is_public=True,
                           description=f"Isi {SECRETS['cancelled_meeting']}.")  # fmt: skip
    cancel(dropped, f"Alasan {SECRETS['cancelled_meeting']}")
    # The data catalogue: a published dataset, an exempt one and a draft, each with its resource.
    for name, status, extra in (("data-terbuka", "published", {}), (SECRETS["draft_dataset"], "draft", {}),
                                (SECRETS["exempt_dataset"], "published", EXEMPT)):  # fmt: skip
        word = PUBLIC_WORD if name == "data-terbuka" else name
        dataset = Dataset.objects.create(agency=dinkes, name=name, title=f"Data {word}", description=f"Isi {word}.",
                                         topic="kesehatan", frequency="tahunan", tags=[word], status=status,
                                         **extra)  # fmt: skip
        dataset.resources.create(name=f"Berkas {word}", format="CSV", url=f"https://data.test/{word}.csv")
        # a stored table whose bytes carry the word, an indicator read from it, a Daftar Data line for it
        table = dataset.resources.create(name=f"Tabel {word}", format="CSV", size=40)
        table.file.save(f"{word}.csv", ContentFile(f"kode_wilayah,tahun,nilai_{word}\n14.10,2025,7\n".encode()))
        resource_check.load_trusted(table)
        item = dataset.indicators.create(slug=f"indikator-{name}", name=f"Indikator {word}", unit="persen",
                                         definition=f"Definisi {word}.")  # fmt: skip
        indicators.fill_from_table(item, table, f"nilai_{word}")
        # The line's title is the walidata's public commitment; a draft's line must still not link or name it.
        title = "Daftar rencana" if status == "draft" else f"Daftar {word}"
        DataListEntry.objects.create(forum=forum, year=forum.today().year, agency=dinkes, title=title,
                                     due_on=forum.today(), dataset=dataset)  # fmt: skip
        if status == "published":
            catalogue_search.index(dataset)  # as publishing would; the exempt one too, to prove the search filters
    return public


def attach(release, title: str, **fields) -> Attachment:
    """A stored file whose bytes carry its title, so serving it where it must not be would show."""
    item = Attachment(release=release, kind="pdf", token=f"t{release.pk}", original_name="a.pdf", title=title,
                      text=title, **fields)  # fmt: skip
    item.file.save("a.pdf", ContentFile(f"%PDF-1.4 {title}".encode()), save=False)
    item.save()
    return item


def patterns(resolver=None, prefix=""):
    """(name with namespace, converter names) of every URL pattern in the project."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{entry.namespace}:" if entry.namespace else prefix
            yield from patterns(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + entry.name, list(entry.pattern.converters) + _regex_groups(entry)


def _regex_groups(entry) -> list[str]:
    return [name for name in entry.pattern.regex.groupindex if name not in entry.pattern.converters]


def candidates(name: str) -> list:
    values = {
        "pk": list(Release.objects.values_list("pk", flat=True))
        + list(Attachment.objects.values_list("pk", flat=True))
        + list(Meeting.objects.values_list("pk", flat=True)),
        "slug": ["imigrasi", "dinkes", "satu-data", *Release.objects.values_list("slug", flat=True),
                 *Indicator.objects.values_list("slug", flat=True)],
        "name": [a.download_name for a in Attachment.objects.all()],
        "section": ["halaman", "rilis", "instansi", "tema", "agenda"],
        "format": ["json"],
        "extension": ["ttl", "jsonld", "rdf"],
        "uid": [str(uid) for uid in DatasetResource.objects.values_list("uid", flat=True)],
        "filename": [resource.filename for resource in DatasetResource.objects.select_related("dataset")],
    }
    values["name"] += [*Dataset.objects.values_list("name", flat=True), *ckan_actions()]
    return values.get(name, ["1"])


def ckan_actions() -> list[str]:
    return list(ACTIONS)


def public_urls():
    for name, params in patterns():
        if name in NOT_WALKED or name.startswith("admin:"):
            continue
        for combo in itertools.product(*(candidates(p) for p in params)):
            try:
                yield reverse(name, kwargs=dict(zip(params, combo, strict=True)))
            except NoReverseMatch:  # a combination the pattern does not accept
                continue


def test_no_secret_reaches_any_public_url(records):
    client = Client()
    urls = set(public_urls())
    # Searched capitalised: the page echoes the query as typed, while a leak would show the text as stored.
    # (A number cannot be written differently, and no release holds one: it is not searched.)
    urls |= {f"/cari/?q={word.capitalize()}" for word in [*SECRETS.values(), PUBLIC_WORD] if not word.isdigit()}
    urls |= {f"/api/releases/?search={word.capitalize()}" for word in SECRETS.values()}
    urls |= {f"/data/?q={word.capitalize()}" for word in SECRETS.values() if not word.isdigit()}
    public_ids = set(Release.objects.public().values_list("pk", flat=True))
    answered, seen_public, seen_agenda = 0, False, False
    for url in sorted(urls):
        response = client.get(url)
        if response.status_code != 200:
            continue
        answered += 1
        body = b"".join(response) if response.streaming else response.content
        text = body.decode("utf-8", "replace")
        for label, word in SECRETS.items():
            assert word not in text, f"{label} information leaked at {url}"
        # Counts tell too: a hidden release found is "0 hasil", and the API counts what it lists.
        if url.startswith("/cari/?q="):
            expected = "1 hasil" if url.endswith(PUBLIC_WORD.capitalize()) else "0 hasil"
            assert expected in text, f"{url} should say {expected}"
        if url.startswith("/api/releases/") and response["Content-Type"].startswith("application/json"):
            data = response.json()
            if "count" in data and "?" not in url.replace("?search=", ""):
                assert data["count"] == len(public_ids), url
                assert {item["id"] for item in data["results"]} <= public_ids, url
        seen_public |= PUBLIC_WORD in text and url.startswith("/cari/")
        seen_agenda |= PUBLIC_WORD in text and url == "/agenda/"
    register = client.get("/permohonan-informasi/register/").content.decode()
    assert "Data bansos atas nama [disamarkan] nik[disamarkan] ke-1" in register, "the checked subject is shown"
    assert "(perihal belum diperiksa PPID)" in register, "the unchecked ones are withheld"
    # The theme facet counts the public releases only (the public one and the one edited in the admin).
    assert 'Satu Data</a> <span class="muted">(2)</span>' in client.get("/").content.decode()
    assert seen_public, "the public release should be visible somewhere, or the walk proves nothing"
    assert seen_agenda, "the public meeting should be on the agenda, or the walk proves nothing for meetings"
    assert PUBLIC_WORD in client.get("/api/3/action/package_search").content.decode(), "the walk sees the catalogue"
    assert answered > 20


def test_the_walk_covers_the_public_surfaces(records):
    urls = set(public_urls())
    for expected in (
        "/",
        "/feed/rss/",
        "/feed/atom/",
        "/sitemap.xml",
        "/robots.txt",
        "/api/releases/",
        "/instansi/imigrasi/rss/",
        "/tema/satu-data/atom/",
        f"/rilis/{records.pk}/{records.slug}/",
        "/agenda/",
        "/agenda.ics",
        "/data/",
        "/data/data-terbuka/",
        "/data/daftar-data/",
        "/data/indikator/indikator-data-terbuka/",
        "/katalog.ttl",
        "/data/data-terbuka.jsonld",
        "/api/3/action/package_search",
        "/api/action/current_package_list_with_resources",
        "/sitemap-agenda.xml",
        *(f"/agenda/{pk}/" for pk in Meeting.objects.values_list("pk", flat=True)),
    ):
        assert expected in urls, expected
