"""The permission matrix: who may open or change what, whatever URL they type."""

from __future__ import annotations

import pytest

from sinergi.forum.models import AgencyRole, Forum, ForumRole, Member

# Expected outcome per persona: "ok" (2xx), "login" (redirect to sign-in), "deny" (403 page).
MATRIX = [
    # url, method, moderator, humas_imigrasi, admin_dinkes, outsider, public
    ("/direktori/", "get", "ok", "ok", "ok", "deny", "login"),
    ("/direktori/instansi/imigrasi/", "get", "ok", "ok", "ok", "deny", "login"),
    ("/direktori/instansi/imigrasi/ubah/", "get", "ok", "ok", "deny", "deny", "login"),
    ("/direktori/instansi/dinkes/ubah/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/instansi/baru/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/anggota/", "get", "ok", "ok", "ok", "deny", "login"),
    ("/direktori/anggota/undang/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/impor/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/ekspor/members.csv", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/ekspor/agencies.xlsx", "get", "ok", "deny", "deny", "deny", "login"),
    ("/direktori/forum/ubah/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/ruang-kerja/audit/", "get", "ok", "deny", "deny", "deny", "login"),
    ("/ruang-kerja/", "get", "ok", "ok", "ok", "ok", "login"),
    ("/", "get", "ok", "ok", "ok", "ok", "ok"),
]
PERSONAS = ["moderator", "humas_imigrasi", "admin_dinkes", "outsider", "public"]
CASES = [
    (url, method, who, expected)
    for url, method, *outcomes in MATRIX
    for who, expected in zip(PERSONAS, outcomes, strict=True)
]


@pytest.mark.parametrize(("url", "method", "who", "expected"), CASES)
def test_each_persona_gets_what_their_role_allows(personas, url, method, who, expected):
    response = getattr(personas[who], method)(url)
    if expected == "ok":
        assert response.status_code == 200, response.status_code
    elif expected == "login":
        assert response.status_code == 302 and "/akun/masuk/" in response["Location"]
    else:
        assert response.status_code == 403


def member_state(member) -> tuple:
    member.refresh_from_db()
    return member.full_name, member.email, member.is_active, member.invitations.count(), member.agency_roles.count()


MEMBER_ACTIONS = {
    "ubah/": {"full_name": "Dibajak", "email": "bajak@demo.test", "roles-TOTAL_FORMS": "0", "roles-INITIAL_FORMS": "0"},
    "nonaktifkan/": {},
    "aktifkan/": {},
    "undang-ulang/": {},
}


@pytest.mark.parametrize("action", MEMBER_ACTIONS)
@pytest.mark.parametrize("who", ["humas_imigrasi", "admin_dinkes", "outsider"])
def test_only_moderators_change_members(personas, admin_dinkes, who, action):
    if action == "aktifkan/":
        admin_dinkes.deactivate(by=None)
    if action == "undang-ulang/":
        admin_dinkes.set_unusable_password()
        admin_dinkes.save()
    before = member_state(admin_dinkes)
    response = personas[who].post(f"/direktori/anggota/{admin_dinkes.pk}/{action}", MEMBER_ACTIONS[action])
    if who == "admin_dinkes" and action in ("aktifkan/", "undang-ulang/"):
        # Their own account was deactivated or lost its password above, so they are signed out.
        assert response["Location"].startswith("/akun/masuk/")
    else:
        assert response.status_code == 403
    assert member_state(admin_dinkes) == before


@pytest.mark.parametrize("action", MEMBER_ACTIONS)
def test_a_moderator_cannot_manage_a_person_who_also_belongs_to_another_forum(personas, admin_dinkes, action):
    riau = Forum.objects.create(slug="riau", name="Forum Riau", region_code="14", region_name="Riau")
    ForumRole.objects.create(member=admin_dinkes, forum=riau, role="walidata")
    if action == "aktifkan/":
        admin_dinkes.deactivate(by=None)
    before = member_state(admin_dinkes)
    response = personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/{action}", MEMBER_ACTIONS[action])
    assert response.status_code == 403
    assert member_state(admin_dinkes) == before


def test_a_moderator_cannot_change_a_superusers_email(personas, dinkes):
    root = Member.objects.create_superuser("root@demo.test", "sangat-rahasia-1", full_name="Root")
    AgencyRole.objects.create(member=root, agency=dinkes, role="admin_medsos")
    data = {**MEMBER_ACTIONS["ubah/"], "full_name": "Root"}
    assert personas["moderator"].post(f"/direktori/anggota/{root.pk}/ubah/", data).status_code == 403
    root.refresh_from_db()
    assert root.email == "root@demo.test"


def test_another_agencys_admin_cannot_change_an_agency_by_posting(personas, imigrasi):
    response = personas["admin_dinkes"].post(
        "/direktori/instansi/imigrasi/ubah/", {"name": "Dibajak", "slug": "imigrasi", "kind": "vertikal"}
    )
    assert response.status_code == 403
    imigrasi.refresh_from_db()
    assert imigrasi.name == "Kantor Imigrasi Kelas II TPI Selatpanjang"


def test_a_deactivated_moderator_loses_every_right(personas, moderator):
    moderator.deactivate(by=None)
    response = personas["moderator"].get("/direktori/anggota/undang/")
    assert response.status_code == 302  # the session no longer signs them in


def test_the_forbidden_page_is_a_page_not_a_crash(personas):
    response = personas["admin_dinkes"].get("/direktori/impor/")
    assert response.status_code == 403
    assert "<h1>" in response.content.decode()
