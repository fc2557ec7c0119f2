"""The national periods of UU 14/2008 (DOMAIN.md section 3), as rows an administrator can correct."""

from django.db import migrations

NATIONAL = [
    ("notice", 10, "UU 14/2008 Pasal 22 ayat (7)"),
    ("extension", 7, "UU 14/2008 Pasal 22 ayat (8)"),
    ("objection", 30, "UU 14/2008 Pasal 36 ayat (1)"),
    ("objection_answer", 30, "UU 14/2008 Pasal 36 ayat (2)"),
    ("dispute", 14, "UU 14/2008 Pasal 37 ayat (2)"),
]


def add_rules(apps, schema_editor):
    DeadlineRule = apps.get_model("ppid", "DeadlineRule")
    for step, days, basis in NATIONAL:
        DeadlineRule.objects.get_or_create(forum=None, step=step, defaults={"working_days": days, "legal_basis": basis})


def remove_rules(apps, schema_editor):
    apps.get_model("ppid", "DeadlineRule").objects.filter(forum=None, step__in=[row[0] for row in NATIONAL]).delete()


class Migration(migrations.Migration):
    dependencies = [("ppid", "0001_initial")]
    operations = [migrations.RunPython(add_rules, remove_rules)]
