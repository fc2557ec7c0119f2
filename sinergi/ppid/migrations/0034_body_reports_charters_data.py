"""Each annual report and service charter belongs to a public body: an agency's report to the body the
agency is a unit of, the forum-wide report and the forum's charter to the forum's main body."""

from django.db import migrations


def fill_bodies(apps, schema_editor):
    AnnualReport = apps.get_model("ppid", "AnnualReport")
    ServiceCharter = apps.get_model("ppid", "ServiceCharter")
    PublicBody = apps.get_model("ppid", "PublicBody")
    PublicBodyUnit = apps.get_model("ppid", "PublicBodyUnit")
    mains = {body.forum_id: body for body in PublicBody.objects.filter(is_main=True)}
    units = dict(PublicBodyUnit.objects.values_list("agency_id", "body_id"))
    for report in AnnualReport.objects.filter(body__isnull=True):
        report.body_id = units.get(report.agency_id) or mains[report.forum_id].pk
        report.save(update_fields=["body"])
    for charter in ServiceCharter.objects.filter(body__isnull=True):
        charter.body_id = mains[charter.forum_id].pk
        charter.save(update_fields=["body"])


class Migration(migrations.Migration):
    dependencies = [("ppid", "0033_body_reports_charters")]
    operations = [migrations.RunPython(fill_bodies, migrations.RunPython.noop)]
