"""No hostile parameter or form value gives a server error.

Every URL of the project is asked for, as a visitor and as an officer holding every role, with
each hostile value in every query parameter its view reads (found by watching which ones it
asks for); path numbers past any key; each API filter alone; each field of the public forms
alone. Hypothesis adds generated values for the parameters that parse numbers and times, a
bounded number of examples each so that the suite stays fast.
"""

from __future__ import annotations

import datetime as dt
import io
from contextlib import contextmanager

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from rest_framework.authtoken.models import Token

from sinergi.conftest import client_for
from sinergi.forum.models import AgencyRole, AgencyRoleKind, ForumRole, ForumRoleKind, Member
from sinergi.meetings.tests.factory import make_meeting
from sinergi.ppid.models import InformationRequest, Objection
from sinergi.ppid.tests.test_request_form import form as request_form
from sinergi.releases.models import Attachment
from sinergi.releases.tests.factory import make_theme, published

HOSTILE = [
    "999999999999999999999999", "9223372036854775808", "-1", "0", "1.5", "1e400", "NaN", "0x1f", "١٢", "１２", "²",
    "߁", "", " ", "\x00", "a\x00b", "' OR '1'='1", "<script>alert(1)</script>", "../../../etc/passwd", "x" * 5000,
    "😀", "\u202e\ufeff", "2026-01-01T00:00:00+20:00", "2026-01-01T00:00:00-23:59", "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59-05:00", "2026-02-30", "99999-01-01",
]  # fmt: skip
# Every query parameter a view or an API filter reads (grep "GET.get\|query_params" and the filtersets).
PARAMS = [
    "halaman", "page", "q", "tahun", "instansi", "model", "status", "jenis", "topik", "keputusan", "cari", "per",
    "format", "to", "from", "baru", "search", "ordering", "agency", "theme", "kind", "kip_class", "published_after",
    "is_active", "region_code", "next", "lang", "script", "badan", "ubah", "bulan", "tampilan", "dari", "rilis",
]  # fmt: skip
NOT_WALKED = {"account:logout", "account:api_token_renew"}
BIGINT_PAST = [2**63, 10**30]


def server_error(response) -> bool:
    return response.status_code >= 500


@pytest.fixture
def officer(forum, imigrasi, moderator) -> Member:
    """One person holding every role, so that every back-office page reads its parameters for them."""
    for role in ForumRoleKind.values:
        ForumRole.objects.get_or_create(member=moderator, forum=forum, role=role)
    for role in AgencyRoleKind.values:
        AgencyRole.objects.get_or_create(member=moderator, agency=imigrasi, role=role)
    return moderator


@pytest.fixture
def site(forum, imigrasi, officer):
    theme = make_theme(forum, "satu-data", "Satu Data")
    release = published(imigrasi, title="Banjir rob di Selatpanjang", themes=[theme])
    release.corrections.create(note="Tanggal diralat.")
    item = Attachment(release=release, kind="pdf", token="t1", original_name="a.pdf", title="Peta banjir")
    item.file.save("a.pdf", io.BytesIO(b"%PDF-1.4\n%%EOF\n"), save=True)
    make_meeting(forum, [imigrasi], title="Kopdar humas", is_public=True)
    InformationRequest.objects.create(forum=forum, name="Siti", id_number="1", address="Jl. 1", subject="Data banjir",
                                      purpose="Riset", consent_at=timezone.now(), email="siti@contoh.test")  # fmt: skip
    return release


def patterns(resolver=None, prefix=""):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from patterns(entry, f"{entry.namespace}:" if entry.namespace else prefix)
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + entry.name, entry.pattern.converters


def candidate(name: str):
    from sinergi.meetings.models import Meeting

    values = {
        "pk": Meeting.objects.values_list("pk", flat=True).first() or 1,
        "slug": "imigrasi",
        "name": Attachment.objects.first().download_name,
        "token": InformationRequest.objects.first().tracking_token,
        "section": "rilis",
        "kind": "permohonan",
        "fmt": "csv",
        "code": "MERANTI",  # the main public body of the test forum
    }
    return values.get(name, "1")


def walked_urls(numbers=None):
    """One address per URL pattern; with `numbers`, only the patterns with an int in their path, filled with those."""
    for name, converters in patterns():
        if name in NOT_WALKED or name.startswith("admin:"):
            continue
        ints = [key for key, converter in converters.items() if type(converter).__name__ == "IntConverter"]
        if numbers and not ints:
            continue
        for number in numbers or [None]:
            kwargs = {key: candidate(key) for key in converters}
            kwargs.update({key: number for key in ints} if number else {})
            try:
                yield reverse(name, kwargs=kwargs)
            except NoReverseMatch:
                continue


@contextmanager
def parameters_read():
    """The names of the query parameters a request's view asked for, whether it was given them or not."""
    asked: set[str] = set()
    originals = {name: getattr(MultiValueDict, name) for name in ("get", "getlist", "__getitem__", "__contains__")}

    def recorder(name):
        def read(self, key, *args, **kwargs):
            if self is getattr(recording, "query", None):
                asked.add(key)
            return originals[name](self, key, *args, **kwargs)

        return read

    for name in originals:
        setattr(MultiValueDict, name, recorder(name))
    try:
        yield asked
    finally:
        for name, original in originals.items():
            setattr(MultiValueDict, name, original)


class recording:  # noqa: N801 - a namespace for the query dict being watched
    query = None


def asked_for(client, url: str) -> set[str]:
    """Ask for `url` bare and with every known parameter set, and note which parameters its view reads."""
    with parameters_read() as asked:
        original = client.handler.get_response

        def watched(request):
            recording.query = request.GET
            return original(request)

        client.handler.get_response = watched
        try:
            client.get(url)  # a view asks for its parameters whether they are given or not
            # ... and some only once one is given (not `format`: the API answers it alone, with a 404)
            client.get(url, dict.fromkeys(set(PARAMS) - {"format"}, "1"))
        finally:
            client.handler.get_response = original
            recording.query = None
    return asked


def test_no_hostile_query_parameter_gives_a_server_error_on_any_page(site, officer):
    visitor, member = Client(raise_request_exception=False), client_for(officer)
    member.raise_request_exception = False
    urls = sorted(set(walked_urls()))
    assert len(urls) > 80 and "/cari/" in urls and "/api/releases/" in urls
    reading = {(who, url): asked for who, client in (("visitor", visitor), ("officer", member))
               for url in urls if (asked := asked_for(client, url))}  # fmt: skip
    assert {"q", "halaman"} <= reading[("visitor", "/cari/")]
    assert {"published_after", "page", "search"} <= reading[("visitor", "/api/releases/")]
    assert "tahun" in reading[("officer", "/ruang-kerja/ppid/laporan-tahunan/")]
    failures = []
    for (who, url), names in sorted(reading.items()):
        client = visitor if who == "visitor" else member
        for value in HOSTILE:
            response = client.get(url, dict.fromkeys(names, value))
            if server_error(response):
                failures.append(f"{who} {response.status_code} {url} {sorted(names)} = {value[:40]!r}")
    assert failures == []


@pytest.mark.parametrize("url", ["/cari/?q=banjir&halaman=", "/rilis/?halaman=", "/instansi/imigrasi/?halaman="])
def test_a_page_number_past_anything_shows_a_page(site, url):
    for value in ["999999999999999999999999", "²", "١٢", "-5"]:
        assert Client().get(url + value).status_code == 200


def test_path_numbers_past_any_key_are_not_found(site, moderator):
    member = client_for(moderator)
    member.raise_request_exception = False
    urls = sorted(set(walked_urls(BIGINT_PAST)))
    assert any(url.startswith("/rilis/") for url in urls)
    answers = {url: member.get(url).status_code for url in urls}
    assert [url for url, status in answers.items() if status >= 500] == []
    assert answers[f"/rilis/{2**63}/"] == 404


def test_a_nul_in_the_address_is_a_bad_request(site):
    assert Client().get("/cari/", {"q": "banjir\x00"}).status_code == 400
    assert Client().get("/permohonan-informasi/lacak/ab%00cd/").status_code == 400


def test_each_api_filter_alone_takes_any_value_without_a_server_error(site, humas_imigrasi):
    token = Token.objects.create(user=humas_imigrasi)
    client = Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Token {token.key}")
    endpoints = {
        "/api/releases/": ["agency", "theme", "kind", "kip_class", "published_after", "page", "search", "ordering"],
        "/api/agencies/": ["kind", "region_code", "page", "search", "ordering"],
        "/api/themes/": ["page", "search"],
        "/api/members/": ["is_active", "page", "search", "ordering"],
    }
    failures = [
        f"{url}?{param}={value[:40]!r}"
        for url, params in endpoints.items()
        for param in params
        for value in HOSTILE
        if server_error(client.get(url, {param: value}))
    ]
    assert failures == []


def test_a_time_with_any_offset_is_compared_in_utc(site):
    # +20:00 is refused by PostgreSQL as it stands; the same instant in UTC is not.
    moment = site.published_at - dt.timedelta(hours=1)
    far_east = moment.astimezone(dt.timezone(dt.timedelta(hours=20))).isoformat()
    response = Client().get("/api/releases/", {"published_after": far_east})
    assert response.status_code == 200 and response.json()["count"] == 1
    later = (site.published_at + dt.timedelta(hours=1)).astimezone(dt.timezone(dt.timedelta(hours=-23, minutes=-59)))
    assert Client().get("/api/releases/", {"published_after": later.isoformat()}).json()["count"] == 0
    edge = Client().get("/api/releases/", {"published_after": "0001-01-01T00:00:00+05:00"})
    assert edge.status_code == 400 and "published_after" in edge.json()


offsets = st.builds(
    lambda sign, hours, minutes: f"{sign}{hours:02d}:{minutes:02d}",
    st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59),
)  # fmt: skip
iso_times = st.builds(
    lambda moment, offset: moment.isoformat() + offset,
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59)), offsets,
)  # fmt: skip
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(value=iso_times | st.text(max_size=40))
def test_published_after_never_fails_the_server(site, value):
    assert Client().get("/api/releases/", {"published_after": value}).status_code in (200, 400)


@FUZZ
@given(number=st.integers() | st.text(max_size=30))
def test_a_search_page_number_never_fails_the_server(site, number):
    assert Client().get("/cari/", {"q": "banjir", "halaman": str(number).replace("\x00", "")}).status_code == 200


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 200, 255)).save(buffer, "PNG")
    return SimpleUploadedFile("ktp.png", buffer.getvalue())


FORM_VALUES = ["x" * 20_000, "\x00", "a\x00b", "²", "999999999999999999999999", "' OR '1'='1", "<script>", "😀", ""]


def test_each_field_of_the_public_request_form_refuses_hostile_values_clearly(site, settings):
    settings.PPID_REQUESTS_PER_HOUR = 10_000
    client = Client(raise_request_exception=False)
    fields = [name for name in request_form() if name != "id_upload"]
    failures = []
    for name in fields:
        for value in FORM_VALUES:
            response = client.post("/permohonan-informasi/", request_form(**{name: value, "id_upload": png()}))
            if server_error(response):
                failures.append(f"{name} = {value[:30]!r}: {response.status_code}")
    assert failures == []


def answered_request(forum) -> InformationRequest:
    """A request whose objection the atasan has answered: its tracking page takes the requester's response."""
    item = InformationRequest.objects.create(forum=forum, name="Budi", id_number="2", address="Jl. 2",
                                             subject="Data jalan", purpose="Riset", consent_at=timezone.now())  # fmt: skip
    Objection.objects.create(request=item, grounds=["a"], statement="Tidak dijawab.", outcome="upheld",
                             answer="Diberikan.", answered_at=timezone.now(), status="answered")  # fmt: skip
    return item


def test_the_other_public_forms_refuse_hostile_values_clearly(site, forum):
    track = InformationRequest.objects.get().get_tracking_url()
    posts = {
        track: ["grounds", "statement"],
        "/akun/masuk/": ["username", "password"],
        "/akun/lupa-sandi/": ["email"],
        "/i18n/setlang/": ["language", "next"],
        "/api/token/": ["username", "password"],
    }
    failures = []
    for value in FORM_VALUES:
        for url, names in posts.items():
            client = Client(raise_request_exception=False)
            for name in names:
                if server_error(response := client.post(url, {name: value})):
                    failures.append(f"{url} {name}={value[:30]!r}: {response.status_code}")
            if server_error(response := client.post(url, dict.fromkeys(names, value))):
                failures.append(f"{url} all={value[:30]!r}: {response.status_code}")
        # A response is taken once: each value gets a request of its own.
        response = Client(raise_request_exception=False).post(answered_request(forum).get_tracking_url(),
                                                               {"tanggapan": value})  # fmt: skip
        if server_error(response):
            failures.append(f"tanggapan={value[:30]!r}: {response.status_code}")
    assert failures == []
