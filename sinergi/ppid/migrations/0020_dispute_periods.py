"""The Komisi Informasi's own periods and the time to go to court, as rows of the period table."""

from django.db import migrations, models

NATIONAL = [
    ("ki_start", 14, "UU 14/2008 Pasal 38 ayat (1)"),
    ("ki_decision", 100, "UU 14/2008 Pasal 38 ayat (2)"),
    ("court", 14, "UU 14/2008 Pasal 48 ayat (1)"),
]


def add_rules(apps, schema_editor):
    DeadlineRule = apps.get_model("ppid", "DeadlineRule")
    for step, days, basis in NATIONAL:
        DeadlineRule.objects.get_or_create(forum=None, step=step, defaults={"working_days": days, "legal_basis": basis})


def remove_rules(apps, schema_editor):
    apps.get_model("ppid", "DeadlineRule").objects.filter(forum=None, step__in=[row[0] for row in NATIONAL]).delete()


class Migration(migrations.Migration):
    dependencies = [("ppid", "0019_delivery_state")]
    operations = [
        migrations.AlterField(
            model_name="deadlinerule",
            name="step",
            field=models.CharField(
                choices=[
                    ("notice", "Written notice to the requester"),
                    ("extension", "Extension of the written notice"),
                    ("objection", "Filing an objection (keberatan)"),
                    ("objection_answer", "The atasan PPID answers the objection"),
                    ("dispute", "Taking the dispute to the Komisi Informasi"),
                    ("ki_start", "The Komisi Informasi begins mediation or adjudication"),
                    ("ki_decision", "The Komisi Informasi settles the dispute"),
                    ("court", "Appealing the Komisi Informasi's decision to court"),
                ],
                max_length=30,
                verbose_name="step",
            ),
        ),
        migrations.RunPython(add_rules, remove_rules),
    ]
