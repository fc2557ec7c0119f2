"""Blot out capability secrets that audit entries written before they were masked still hold."""

from django.db import migrations

# The fields that are capability secrets at the time of this migration (core/capabilities.py).
CAPABILITIES = {
    ("ppid", "informationrequest"): ("tracking_token", "id_document"),
    ("meetings", "meeting"): ("checkin_token",),
    ("forum", "member"): ("calendar_secret",),
}


def mask(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    AuditEntry = apps.get_model("core", "AuditEntry")
    for (app_label, model), fields in CAPABILITIES.items():
        kind = ContentType.objects.filter(app_label=app_label, model=model).first()
        if kind is None:
            continue
        for entry in AuditEntry.objects.filter(content_type=kind).iterator():
            changes = entry.changes or {}
            touched = False
            for name in fields:
                if name in changes and isinstance(changes[name], list):
                    changes[name] = ["***" if value else value for value in changes[name]]
                    touched = True
            if touched:
                entry.changes = changes
                entry.save(update_fields=["changes"])


class Migration(migrations.Migration):
    dependencies = [("core", "0008_deferred_task"), ("contenttypes", "0002_remove_content_type_name")]

    operations = [migrations.RunPython(mask, migrations.RunPython.noop)]
