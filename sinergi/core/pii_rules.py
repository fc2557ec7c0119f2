"""The data behind the personal-data guard (`core/pii.py`): region codes, bank names, context words.

Kept apart from the detector so a change of law or of the bank landscape is a change of data.
"""

from __future__ import annotations

import re

# Kemendagri province codes, the first two digits of a NIK and of a No. KK: the 38 provinces
# since the 2022 split of Papua. Codes above 96 (and 20, 22-30, 37-50, ...) have never been
# issued. A NIK keeps the code it was issued with; older Papuan NIKs also fall within 91-96.
PROVINCE_CODES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

# Regency codes: kabupaten are numbered from 01 (the highest in use is 29; pre-2022 Papua went
# into the 30s, and a NIK keeps the code it was issued with), kota from 71 (no province has
# more than nine). 50-70 and 80-99 have never been used; 40-49 is headroom for new regencies.
REGENCY_CODES = frozenset(f"{n:02d}" for n in [*range(1, 50), *range(71, 80)])

# Banks named without the word "Bank" ("Bank Riau Kepri", "Bank Mega" are found by the word).
# Case-sensitive: "mandiri" (independently) is an everyday word, "Mandiri" the bank. Not "BPD":
# in a regency's releases that is the village council (Badan Permusyawaratan Desa).
BANK_NAMES = (
    "BRI",
    "BNI",
    "BCA",
    "BSI",
    "BTN",
    "BTPN",
    "BJB",
    "BRK",
    "Mandiri",
    "CIMB",
    "Danamon",
    "PermataBank",
    "OCBC",
    "Maybank",
    "Muamalat",
    "SeaBank",
)
# Words that announce an account, in any case. A "kode rekening" is a line of the budget.
BANK_WORDS = (r"bank", r"(?<!kode )rekening", r"no\.?\s*rek", r"norek", r"virtual\s+account")

BANK_CONTEXT = re.compile(
    r"\b(?:" + "|".join(re.escape(name) for name in BANK_NAMES) + r")\b"
    r"|(?i:\b(?:" + "|".join(BANK_WORDS) + r")\b|\brek\.)"
)

# Words that decide what a 16-digit number is; the one nearest before the number wins.
IDENTITY_CONTEXT = re.compile(
    r"(?P<kk>\bkk\b|\bkartu\s+keluarga\b)"
    r"|(?P<npwp>\bnpwp\b|\bnomor\s+pokok\s+wajib\s+pajak\b)"
    r"|(?P<nik>\bnik\b|\bktp\b|\bnomor\s+induk\s+kependudukan\b)",
    re.IGNORECASE,
)
PASSPORT_CONTEXT = re.compile(r"\b(?:paspor|passport)\b", re.IGNORECASE)
# A number right after these is a phone: a landline in one piece counts ("Telp. 0761571234"),
# an account does not ("BNI Call 1500046" is a service line).
PHONE_WORDS = re.compile(
    r"\b(?:telp|telepon|tel|tlp|hp|wa|whatsapp|fax|faks|hubungi|call|call\s+center|kontak|sms)\b\.?\s*:?\s*$",
    re.IGNORECASE,
)
# Right before a number, these make it an amount; right after it, an amount or a count.
AMOUNT_BEFORE = re.compile(r"(?:\b(?:rp|idr|usd|us\$|sebesar|senilai|dana|anggaran|pagu)|\$)\.?\s*$", re.IGNORECASE)
AMOUNT_AFTER = re.compile(
    r"^\s*(?:,\d|%|(?:rupiah|ribu|juta|miliar|milyar|triliun|persen|kg|gram|ton|liter|meter|ha|hektare|km|unit|paket"
    r"|orang|jiwa|warga|kk|keluarga|penerima|peserta|nasabah|debitur|transaksi)\b)",
    re.IGNORECASE,
)

# A name follows these in a request's subject ("data bantuan atas nama Siti Aminah", "a.n. Budi").
ON_BEHALF = re.compile(r"(?i:\batas\s+nama\b|(?<![\w.])a\s?[./]\s?n\b\.?)\s*:?[ \t]*")
NAME_WORDS = 6  # "H. Muhammad Adil bin Abdul Rahman": enough for a full name, not a sentence
# Words that end a name, or show that no name follows ("atas nama saya").
NOT_A_NAME = frozenset(
    """saya aku kami kita sendiri pribadi pemohon yang di ke dari dan atau untuk pada dengan sebagai dalam
    oleh bagi guna agar supaya karena sejak selama sampai hingga serta beserta tentang terkait mengenai atas
    tahun thn bulan tanggal tgl periode nomor no nik kk npwp ktp alamat yaitu yakni berupa""".split()
)
# Words that are no name on their own: "atas nama adik kandung saya" names no one, "atas nama Ibu
# Sulastri" does (a finding needs one word outside this list).
NOT_A_NAME_ALONE = frozenset(
    """adik kakak abang anak cucu suami istri isteri ayah ibu bapak pak bu orang tua orangtua kandung keluarga
    saudara saudari sdr sdri almarhum almarhumah alm almh mertua paman bibi nenek kakek tetangga""".split()
)
