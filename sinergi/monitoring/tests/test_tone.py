"""The tone model: the one the project ships scores at least the floor on SmSA's valid split; training again
gives a versioned model with its evaluation that becomes current, and an earlier one can be put back; a file
that is not a model is never put in use; texts of any size are read within bounds."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sinergi.monitoring import tone, tone_store

FLOOR = 0.80  # the floor; the shipped model scores 0.859 (docs/monitoring.md)


@pytest.fixture(scope="module")
def valid():
    return tone.read_tsv(settings.TONE_TRAINING_DIR / "valid_preprocess.tsv")


def test_the_shipped_model_meets_the_floor_on_smsa_valid(valid):
    model = tone.Model.from_json(tone_store.SHIPPED.read_bytes())
    evaluation = tone.evaluate(model, *valid)
    assert evaluation["documents"] == 1260 and evaluation["macro_f1"] >= FLOOR
    assert min(entry["f1"] for entry in evaluation["classes"].values()) >= 0.7  # neutral, the hard class, too
    assert model.evaluation["macro_f1"] == evaluation["macro_f1"]  # what it says of itself is true


def test_news_sentences_about_agencies_get_their_tone():
    model = tone_store.load()
    assert model.predict("Warga kecewa, pelayanan kantor itu lambat dan petugasnya tidak ramah.") == "negative"
    assert model.predict("Pelayanannya cepat dan ramah, warga sangat puas dengan petugas.") == "positive"
    assert model.predict("tidak puas") == "negative" and model.predict("puas") == "positive"  # negation counts
    assert model.predict("x" * 10_000_000) in tone.CLASSES  # a huge text is read up to its bound


@pytest.mark.django_db
def test_training_makes_a_versioned_current_model_and_rolling_back_restores_the_earlier(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    call_command("tone", "train")
    (first,) = tone_store.versions()
    assert first["current"] and first["evaluation"]["macro_f1"] >= FLOOR and tone_store.load().version == first["version"]
    later = tone.Model.from_json(tone_store.SHIPPED.read_bytes())
    later.version = tone_store.new_version("koreksi")
    tone_store.save(later)
    assert tone_store.load().version == later.version
    call_command("tone", "use", first["version"])  # roll back
    assert tone_store.load().version == first["version"] and len(tone_store.versions()) == 2
    (tone_store.directory() / "20990101-000000.json.gz").write_bytes(b"not a model")
    with pytest.raises(ValueError):
        tone_store.use("20990101-000000")
    with pytest.raises(CommandError):
        call_command("tone", "use", "../../etc/passwd")
    assert tone_store.current_version() == first["version"]
