"""National days that public communication plans around, with the instrument that sets each one; the
forum adds its own (Hari Jadi Kabupaten and the like) as `Observance` records. Religious and public
holidays come from the `holidays` package, not from here."""

from __future__ import annotations

# (month, day, name, source). Days fixed by presidential decree or ministry, checked against their instruments.
NATIONAL_DAYS = [
    (1, 25, "Hari Gizi Nasional", "Kementerian Kesehatan"),
    (2, 9, "Hari Pers Nasional", "Keppres 5/1985"),
    (4, 21, "Hari Kartini", "Keppres 108/1964"),
    (4, 30, "Hari Keterbukaan Informasi Nasional", "Komisi Informasi Pusat"),
    (5, 2, "Hari Pendidikan Nasional", "Keppres 316/1959"),
    (5, 20, "Hari Kebangkitan Nasional", "Keppres 316/1959"),
    (6, 1, "Hari Lahir Pancasila", "Keppres 24/2016"),
    (7, 23, "Hari Anak Nasional", "Keppres 44/1984"),
    (8, 17, "HUT Kemerdekaan Republik Indonesia", "UU 24/2009"),
    (10, 1, "Hari Kesaktian Pancasila", "Keppres 153/1967"),
    (10, 22, "Hari Santri", "Keppres 22/2015"),
    (10, 28, "Hari Sumpah Pemuda", "Keppres 316/1959"),
    (11, 10, "Hari Pahlawan", "Keppres 316/1959"),
    (11, 12, "Hari Kesehatan Nasional", "Kementerian Kesehatan"),
    (12, 22, "Hari Ibu", "Keppres 316/1959"),
]
