"""Personal data written so that it slips past a naive pattern is still found: glued to its label,
in another script's digits, split by invisible characters; and, when asked, a name after "atas nama"."""

from __future__ import annotations

import pytest
from django.utils import translation

from sinergi.core.pii import Finding, find_personal_data, fingerprint, redact

NIK = "1410015708985028"  # Kepulauan Meranti, a woman born 17 August 1998


def found(text: str, **options) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"nik{NIK}", [("nik", NIK)]),
        (f"Data NIK{NIK} mohon dicek", [("nik", NIK)]),
        (f"NIK:{NIK}", [("nik", NIK)]),
        (f"NIK.{NIK}", [("nik", NIK)]),
        (f"ktp{NIK}", [("nik", NIK)]),
        ("KK.1410011203150007", [("kk", "1410011203150007")]),
        ("kk1410011203150007", [("kk", "1410011203150007")]),
        ("NPWP092543107221000", [("npwp", "092543107221000")]),
        ("HP081275304416", [("phone", "081275304416")]),
        ("wa0812-7530-4416", [("phone", "0812-7530-4416")]),
    ],
)
def test_an_identifier_glued_to_its_label_is_found(text, expected):
    assert found(text) == expected


def test_a_label_inside_a_longer_word_does_not_make_a_number_an_identifier():
    assert found(f"teknik{NIK}") == [] and found(f"ABC{NIK}") == []


@pytest.mark.parametrize(
    "written",
    [
        "１４１００１５７０８９８５０２８",  # fullwidth
        "١٤١٠٠١٥٧٠٨٩٨٥٠٢٨",  # Arabic-Indic
        "۱۴۱۰۰۱۵۷۰۸۹۸۵۰۲۸",  # Extended Arabic-Indic (Persian)
        "१४१००१५७०८९८५०२८",  # Devanagari
        "1410０１５７08985028",  # mixed
    ],
)
def test_digits_of_any_script_are_digits(written):
    text = f"Pemohon NIK {written} hadir."
    assert found(text) == [("nik", written)]
    assert redact(text, find_personal_data(text)) == "Pemohon NIK [disamarkan] hadir."
    assert fingerprint(find_personal_data(text)[0]) == fingerprint(Finding("nik", 0, 16, NIK))


def test_fullwidth_letters_and_punctuation_count_as_the_label():
    assert found(f"ＮＩＫ：{NIK}") == [("nik", NIK)]


def test_invisible_characters_inside_a_number_do_not_hide_it():
    written = "1410\u200b0157\u200b0898\u00ad5028"
    assert found(f"NIK {written}") == [("nik", written)]


def test_a_subject_in_plain_ascii_is_scanned_as_before():
    assert found("Data bantuan sosial 2024 untuk 1.200 KK") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Data bantuan sosial atas nama Siti Aminah binti Ahmad, tahun 2023", "Siti Aminah binti Ahmad"),
        ("Salinan SK a.n. Budi Santoso untuk keperluan kuliah", "Budi Santoso"),
        ("Sertifikat tanah a/n: H. Abdul Rahman S.Pd. periode 2020", "H. Abdul Rahman S.Pd."),
        ("DATA ATAS NAMA BUDI SANTOSO", "BUDI SANTOSO"),
        ("Izin usaha A.N. Nur'aini Al-Farabi", "Nur'aini Al-Farabi"),
        ("Rekam medis atas nama\tibu Sulastri", "ibu Sulastri"),
    ],
)
def test_a_name_after_atas_nama_or_an_is_found_when_asked(text, name):
    assert found(text, names=True) == [("name", name)]
    assert found(text) == []  # the release guard does not look for names


@pytest.mark.parametrize(
    "text",
    ["Data bantuan atas nama saya sendiri", "Surat kuasa atas nama pemohon", "Data an. 2023", "Tata nama jalan",
     "Data atas nama: 2024", "Data paspor atas nama adik kandung saya"],
)  # fmt: skip
def test_no_name_follows_a_pronoun_a_number_or_no_label(text):
    assert found(text, names=True) == []


def test_names_and_numbers_are_found_together_and_masked():
    text = f"Data KIS atas nama Rahmat Hidayat nik{NIK}"
    assert found(text, names=True) == [("name", "Rahmat Hidayat"), ("nik", NIK)]
    assert redact(text, find_personal_data(text, names=True)) == "Data KIS atas nama [disamarkan] nik[disamarkan]"


def test_a_name_finding_has_a_label():
    with translation.override("en"):
        assert str(Finding("name", 0, 4, "Budi").label) == "Name of a person"
