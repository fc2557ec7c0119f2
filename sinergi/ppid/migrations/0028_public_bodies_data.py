"""Each forum's main public body (its regional government), and one of its own for every vertical agency,
DPRD secretariat and BUMD, which run their own information service; each request goes to its body."""

from django.db import migrations

OWN_BODY_KINDS = {"vertikal": "vertikal", "dprd": "dprd", "bumd": "bumd"}


def _only(queryset):
    found = list(queryset[:2])
    return found[0] if len(found) == 1 else None


def create_bodies(apps, schema_editor):
    Forum = apps.get_model("forum", "Forum")
    Agency = apps.get_model("forum", "Agency")
    ForumRole = apps.get_model("forum", "ForumRole")
    AgencyRole = apps.get_model("forum", "AgencyRole")
    PublicBody = apps.get_model("ppid", "PublicBody")
    PublicBodyUnit = apps.get_model("ppid", "PublicBodyUnit")
    InformationRequest = apps.get_model("ppid", "InformationRequest")
    RequestCounter = apps.get_model("ppid", "RequestCounter")
    for forum in Forum.objects.all():
        utama = _only(ForumRole.objects.filter(forum=forum, role="ppid_utama"))
        atasan = _only(ForumRole.objects.filter(forum=forum, role="atasan_ppid"))
        main = PublicBody.objects.create(
            forum=forum, is_main=True, kind="pemda", code=forum.slug.upper()[:30],
            name=f"Pemerintah {forum.region_name.split(',')[0].strip()}"[:200],
            address=forum.address, phone=forum.contact_phone, email=forum.contact_email, website=forum.website,
            ppid_head_id=utama.member_id if utama else None,
            ppid_position=utama.member.position if utama else "",
            atasan_id=atasan.member_id if atasan else None,
            atasan_position=atasan.member.position if atasan else "",
        )
        RequestCounter.objects.filter(forum=forum).update(body=main)
        for agency in Agency.objects.filter(forum=forum, kind__in=list(OWN_BODY_KINDS)):
            ppid = _only(AgencyRole.objects.filter(agency=agency, role="ppid_pelaksana"))
            body = PublicBody.objects.create(
                forum=forum, kind=OWN_BODY_KINDS[agency.kind], code=agency.slug.upper()[:30], name=agency.name,
                ppid_head_id=ppid.member_id if ppid else None, ppid_position=ppid.member.position if ppid else "",
            )
            PublicBodyUnit.objects.create(body=body, agency=agency)
            InformationRequest.objects.filter(agency=agency).update(public_body=body)
        InformationRequest.objects.filter(forum=forum, public_body__isnull=True).update(public_body=main)


class Migration(migrations.Migration):
    dependencies = [("ppid", "0027_public_bodies"), ("forum", "0006_field_labels")]
    operations = [migrations.RunPython(create_bodies, migrations.RunPython.noop)]
