"""Index the releases that exist already for clash detection (later saves keep the index in step)."""

import hashlib

from django.db import migrations


def index_existing(apps, schema_editor):
    from sinergi.dissemination import figures, near_duplicates  # plain text in, numbers out: no models

    Release = apps.get_model("releases", "Release")
    Fingerprint = apps.get_model("dissemination", "ClashFingerprint")
    Key = apps.get_model("dissemination", "ClashKey")
    fingerprints, keys = [], []
    for release in Release.objects.only("pk", "title", "summary", "body").iterator(chunk_size=500):
        text = f"{release.title}\n\n{release.summary}\n\n{release.body}"
        sig = near_duplicates.signature(text)
        bands = near_duplicates.band_keys(sig) if sig is not None else []
        fingerprints.append(Fingerprint(release_id=release.pk, text_hash=hashlib.sha256(text.encode()).hexdigest(),
                                        signature=near_duplicates.to_bytes(sig) if sig is not None else None))
        keys.extend(Key(release_id=release.pk, key=key) for key in bands + figures.keys(figures.extract(text)))
        if len(fingerprints) >= 500:
            Fingerprint.objects.bulk_create(fingerprints)
            Key.objects.bulk_create(keys, batch_size=2000)
            fingerprints, keys = [], []
    Fingerprint.objects.bulk_create(fingerprints)
    Key.objects.bulk_create(keys, batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [("dissemination", "0004_clash_detection"), ("releases", "0005_planned_on")]

    operations = [migrations.RunPython(index_existing, migrations.RunPython.noop)]
