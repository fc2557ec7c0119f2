"""A reported link is a post on the agency's own account, read from the link alone: another account, a
profile page, another platform, a private address or no address at all are each told apart."""

from __future__ import annotations

import pytest

from sinergi.dissemination.post_links import LinkRefused, check

HANDLES = ["diskesmeranti"]


@pytest.mark.parametrize(("platform", "url", "handle"), [
    ("x", "https://x.com/DiskesMeranti/status/1864000000000000001", "DiskesMeranti"),
    ("x", "https://twitter.com/diskesmeranti/status/1864000000000000001?s=20", "diskesmeranti"),
    ("instagram", "https://www.instagram.com/diskesmeranti/p/DCx1aB2/", "diskesmeranti"),
    ("tiktok", "https://www.tiktok.com/@diskesmeranti/video/7412345678901234567", "diskesmeranti"),
    ("threads", "https://www.threads.net/@diskesmeranti/post/DCx1aB2", "diskesmeranti"),
    ("facebook", "https://m.facebook.com/diskesmeranti/posts/pfbid02abc", "diskesmeranti"),
])  # fmt: skip
def test_a_post_on_the_agencys_own_account_passes(platform, url, handle):
    found = check(url, platform, HANDLES)
    assert found.problem == "" and found.handle == handle


@pytest.mark.parametrize(("platform", "url"), [
    ("instagram", "https://www.instagram.com/p/DCx1aB2/?igsh=abc"),
    ("instagram", "https://instagram.com/reel/DCx1aB2"),
    ("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
    ("youtube", "https://youtu.be/dQw4w9WgXcQ"),
    ("youtube", "https://www.youtube.com/shorts/dQw4w9WgXcQ"),
    ("facebook", "https://www.facebook.com/share/p/1AbCdEf/"),
])  # fmt: skip
def test_a_post_link_that_shows_no_account_is_kept_without_claiming_a_check(platform, url):
    found = check(url, platform, HANDLES)
    assert found.problem == "" and not found.account_shown


@pytest.mark.parametrize(("platform", "url", "says"), [
    ("x", "https://x.com/akunlain/status/1864000000000000001", "akunlain"),
    ("tiktok", "https://www.tiktok.com/@akunlain/video/7412345678901234567", "akunlain"),
    ("x", "https://x.com/diskesmeranti", "bukan tautan satu unggahan"),
    ("instagram", "https://www.instagram.com/diskesmeranti/", "bukan tautan satu unggahan"),
    ("youtube", "https://www.youtube.com/watch?list=abc", "bukan tautan satu unggahan"),
])  # fmt: skip
def test_another_account_or_a_page_that_is_no_post_is_refused_with_the_reason(platform, url, says, settings):
    from django.utils import translation

    with translation.override("id"):
        found = check(url, platform, HANDLES)
    assert says in found.problem


@pytest.mark.parametrize(("url", "says"), [
    ("bukan tautan", "bukan alamat web"),
    ("javascript:alert(1)", "bukan alamat web"),
    ("ftp://x.com/a/status/1", "bukan alamat web"),
    ("https://192.168.1.10/diskesmeranti/status/1", "jaringan pribadi"),
    ("http://localhost/status/1", "jaringan pribadi"),
    ("https://[::1]/status/1", "jaringan pribadi"),
    ("https://www.instagram.com/diskesmeranti/p/abc", "Instagram, bukan ke X"),
    ("https://x.com.evil.test/diskesmeranti/status/1", "bukan tautan ke X"),
    ("https://x.com/" + "a" * 600, "lebih dari 500"),
])  # fmt: skip
def test_what_cannot_be_a_post_link_is_refused_unsaved(url, says):
    from django.utils import translation

    with translation.override("id"), pytest.raises(LinkRefused) as refused:
        check(url, "x", HANDLES)
    assert says in str(refused.value)


@pytest.mark.parametrize(("platform", "url"), [
    ("x", "https://evil.test\\@x.com/diskesmeranti/status/1"),
    ("x", "https://diskes@x.com/diskesmeranti/status/1"),
    ("x", "https://[x.com/a/status/1"),
    ("x", "https://[abc]/a/status/1"),
    ("x", "https://x.com:8443/diskesmeranti/status/1"),
    ("x", "https://x.com:99999/diskesmeranti/status/1"),
])  # fmt: skip
def test_a_link_that_hides_another_host_or_cannot_be_read_is_refused_unsaved(platform, url):
    with pytest.raises(LinkRefused):
        check(url, platform, HANDLES)


@pytest.mark.parametrize(("platform", "url"), [
    ("facebook", "https://www.facebook.com/pemkab"),
    ("facebook", "https://www.facebook.com/login"),
    ("facebook", "https://www.facebook.com/permalink.php"),
    ("youtube", "https://www.youtube.com/abcdefghijk"),
])  # fmt: skip
def test_a_profile_or_login_page_is_no_post(platform, url):
    assert check(url, platform, HANDLES).problem


@pytest.mark.parametrize(("platform", "url"), [
    ("facebook", "https://fb.watch/abcDEF123/"),
    ("facebook", "https://www.facebook.com/permalink.php?story_fbid=123&id=456"),
    ("youtube", "https://youtu.be/dQw4w9WgXcQ"),
])  # fmt: skip
def test_short_and_query_named_post_links_pass(platform, url):
    assert check(url, platform, HANDLES).problem == ""
