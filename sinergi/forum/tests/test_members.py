"""Inviting, changing, deactivating and reactivating members."""

from __future__ import annotations

from django.core import mail

from sinergi.forum.models import AgencyRole, ForumRole, Invitation, Member


def invite(client, django_capture_on_commit_callbacks, **data):
    payload = {"full_name": "Siti Rahmah", "email": "Siti@Demo.test", "position": "Pranata Humas",
               "phone": "", **data}  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/direktori/anggota/undang/", payload)


def test_inviting_creates_the_member_with_roles_and_emails_a_link(personas, dinkes, django_capture_on_commit_callbacks):
    response = invite(personas["moderator"], django_capture_on_commit_callbacks, agency=dinkes.pk,
                      roles=["pranata_humas", "ppid_pelaksana"])  # fmt: skip
    assert response.status_code == 302
    member = Member.objects.get(email="siti@demo.test")
    assert not member.has_usable_password()
    assert set(AgencyRole.objects.filter(member=member).values_list("role", flat=True)) == {
        "pranata_humas", "ppid_pelaksana"}  # fmt: skip
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["siti@demo.test"]
    assert "Undangan" in message.subject
    assert "/akun/undangan/" in message.body
    assert Invitation.objects.get(member=member).sent_at is not None


def test_a_known_email_is_refused_and_nothing_is_sent(
    personas, dinkes, admin_dinkes, django_capture_on_commit_callbacks
):
    response = invite(personas["moderator"], django_capture_on_commit_callbacks, email="YUSUF@demo.test",
                      agency=dinkes.pk, roles=["admin_medsos"])  # fmt: skip
    assert response.status_code == 200
    assert "Anggota dengan alamat e-mail ini sudah ada." in response.content.decode()
    assert 'value="Siti Rahmah"' in response.content.decode()
    assert mail.outbox == []


def test_an_invitation_needs_a_role(personas, django_capture_on_commit_callbacks):
    response = invite(personas["moderator"], django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "roles" in response.context["form"].errors
    assert not Member.objects.filter(email="siti@demo.test").exists()


def test_deactivating_stops_sign_in_and_keeps_roles_and_history(personas, admin_dinkes):
    response = personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/nonaktifkan/")
    assert response.status_code == 302
    admin_dinkes.refresh_from_db()
    assert not admin_dinkes.is_active and admin_dinkes.deactivated_at is not None
    assert admin_dinkes.agency_roles.count() == 1
    from sinergi.core.audit import history_for

    assert any("is_active" in entry.changes for entry in history_for(admin_dinkes))
    assert personas["admin_dinkes"].get("/direktori/").status_code == 302
    from django.test import Client

    assert not Client().login(username="yusuf@demo.test", password="kopi-darat-2024")


def test_reactivating_lets_them_back_in(personas, admin_dinkes):
    admin_dinkes.deactivate(by=None)
    personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/aktifkan/")
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.is_active and admin_dinkes.deactivated_at is None


def test_a_moderator_cannot_deactivate_themselves(personas, moderator):
    personas["moderator"].post(f"/direktori/anggota/{moderator.pk}/nonaktifkan/")
    moderator.refresh_from_db()
    assert moderator.is_active


def test_editing_a_member_changes_roles_in_agencies_and_the_forum(personas, admin_dinkes, dinkes, imigrasi, forum):
    role = admin_dinkes.agency_roles.get()
    data = {
        "full_name": "Yusuf Hidayat", "email": "yusuf@demo.test", "position": "Kasubbag", "phone": "",
        "forum_roles": ["walidata"],
        "roles-TOTAL_FORMS": "2", "roles-INITIAL_FORMS": "1", "roles-MIN_NUM_FORMS": "0",
        "roles-0-id": role.pk, "roles-0-member": admin_dinkes.pk, "roles-0-agency": dinkes.pk,
        "roles-0-role": "admin_medsos", "roles-0-DELETE": "on",
        "roles-1-agency": imigrasi.pk, "roles-1-role": "pranata_humas",
    }  # fmt: skip
    response = personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/ubah/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    roles = list(admin_dinkes.agency_roles.values_list("agency__slug", "role"))
    assert roles == [("imigrasi", "pranata_humas")]
    assert list(ForumRole.objects.filter(member=admin_dinkes, forum=forum).values_list("role", flat=True)) == [
        "walidata"]  # fmt: skip


def test_changing_a_members_email_to_a_taken_one_is_refused(personas, admin_dinkes, humas_imigrasi):
    data = {"full_name": "Yusuf", "email": "FAJAR@demo.test", "position": "", "phone": "",
            "roles-TOTAL_FORMS": "0", "roles-INITIAL_FORMS": "0"}  # fmt: skip
    response = personas["moderator"].post(f"/direktori/anggota/{admin_dinkes.pk}/ubah/", data)
    assert response.status_code == 200
    admin_dinkes.refresh_from_db()
    assert admin_dinkes.email == "yusuf@demo.test"
