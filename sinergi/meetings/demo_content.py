"""Demo meetings of the Kepulauan Meranti forum, in the project's own words (DOMAIN.md section 7).

The first kopi darat kehumasan of 7 February 2024 is re-created from the public facts: the
immigration office with Prokopim and Diskominfotik invited the PR officials and social-media
admins of every agency and UPT to Hotel Grand Meranti in Selatpanjang; the Sekda opened it on
behalf of the acting Bupati; the immigration office's head of IT and communications section
moderated; Diskominfotik, Prokopim and PWI spoke. What was voiced there became the decisions.
The monthly coffee morning series and its actions are dated relative to the day the demo loads.
"""

from __future__ import annotations

import datetime as dt

WIB = dt.timezone(dt.timedelta(hours=7))

KOPDAR = {
    "title": "Kopi Darat Kehumasan Kabupaten Kepulauan Meranti",
    "kind": "kopi_darat",
    "start": dt.datetime(2024, 2, 7, 9, 0, tzinfo=WIB),
    "end": dt.datetime(2024, 2, 7, 12, 0, tzinfo=WIB),
    "venue": "Hotel Grand Meranti, Selatpanjang",
    "is_public": True,
    "organisers": ["imigrasi", "prokopim", "diskominfotik"],
    "chair": "sekda@demo.test",
    "description": (
        "Pertemuan pertama para pejabat kehumasan dan pengelola media sosial seluruh perangkat daerah, "
        "UPT dan instansi vertikal di Kepulauan Meranti. Tujuannya saling mengenal, berbagi cara kerja "
        "kehumasan, dan menyepakati langkah bersama agar informasi pemerintah sampai ke masyarakat "
        "dengan pesan yang seirama."
    ),
}

# (role, member e-mail or "", guest name, organisation, topic)
KOPDAR_SPEAKERS = [
    ("sambutan", "sekda@demo.test", "", "Sekretariat Daerah",
     "Sambutan pembukaan atas nama Penjabat Bupati"),
    ("moderator", "humas.imigrasi@demo.test", "", "Kantor Imigrasi Kelas II TPI Selatpanjang", ""),
    ("narasumber", "moderator@demo.test", "", "Diskominfotik",
     "Satu Data dan SPBE: data yang dirilis instansi harus bisa dipakai ulang"),
    ("narasumber", "prokopim@demo.test", "", "Bagian Prokopim Setdakab",
     "Komunikasi pimpinan: satu pesan, banyak kanal"),
    ("narasumber", "pwi@demo.test", "", "PWI Kabupaten Kepulauan Meranti",
     "Bekerja sama dengan wartawan lokal: rilis yang layak muat"),
]  # fmt: skip

# (time, item)
KOPDAR_AGENDA = [
    ("09:00", "Registrasi dan ramah tamah"),
    ("09:30", "Sambutan pembukaan"),
    ("10:00", "Paparan narasumber dan diskusi"),
    ("11:30", "Kesepakatan bersama dan penutup"),
]

KOPDAR_ATTENDANCE = ["sekda@demo.test", "humas.imigrasi@demo.test", "admin.imigrasi@demo.test",
                     "moderator@demo.test", "prokopim@demo.test", "pwi@demo.test", "humas.dinkes@demo.test",
                     "admin.dinkes@demo.test", "pranata.bpbd@demo.test", "walidata@demo.test"]  # fmt: skip
# (name, organisation, position): guests without a login
KOPDAR_GUESTS = [
    ("Syafrizal", "radarnesia.com", "Wartawan"),
    ("Rahmat Hidayat", "UPT Puskesmas Selatpanjang", "Pengelola media sosial"),
]

KOPDAR_MINUTES = {
    "summary": (
        "Sekda membuka pertemuan dan menegaskan bahwa kehumasan adalah kerja bersama seluruh instansi. "
        "Narasumber memaparkan pentingnya data yang dapat dipakai ulang (Satu Data, SPBE), keseragaman "
        "pesan pimpinan, dan kemitraan dengan media lokal. Peserta menyampaikan kendala: admin media "
        "sosial sering bekerja sendiri, rilis antarinstansi kadang berbeda angka, dan belum jelas "
        "informasi mana yang boleh dibuka."
    ),
    "outputs": "Daftar kontak humas seluruh instansi dan grup koordinasi yang dikelola Diskominfotik.",
}

# (decision, [(action, agency code, person e-mail, due relative to the meeting in days, status, note)])
KOPDAR_DECISIONS = [
    ("Membentuk forum kehumasan yang tetap, dengan sekretariat di Diskominfotik dan Prokopim.", [
        ("Menyiapkan rancangan keputusan bupati tentang forum kehumasan", "prokopim", "prokopim@demo.test",
         45, "done", "SK ditandatangani dan dibagikan ke seluruh instansi."),
    ]),
    ("Melanjutkan pertemuan secara rutin, menyatu dengan coffee morning yang sudah berjalan.", [
        ("Menjadwalkan coffee morning kehumasan setiap Kamis pertama", "diskominfotik", "moderator@demo.test",
         21, "done", "Seri bulanan dibuat di Sinergi."),
    ]),
    ("Menyelaraskan informasi yang disampaikan setiap instansi dengan target nasional Satu Data dan SPBE.", [
        ("Memetakan data yang dirilis tiap instansi ke daftar data Satu Data", "diskominfotik", "walidata@demo.test",
         120, "done", "Peta data dibahas pada coffee morning."),
    ]),
    ("Menyepakati informasi yang terbuka dan yang dikecualikan, bersama PPID.", [
        ("Menyusun daftar informasi publik dan daftar informasi dikecualikan setiap instansi", "diskominfotik",
         "ppid.utama@demo.test", 90, "done", "DIP dan DIK dimuat di Sinergi."),
        ("Pelatihan uji konsekuensi untuk PPID pelaksana", "diskominfotik", "ppid.utama@demo.test",
         60, "dropped", "Digabung dengan bimbingan teknis Komisi Informasi Provinsi."),
    ]),
]  # fmt: skip

SERIES = {
    "title": "Coffee Morning Kehumasan",
    "kind": "coffee_morning",
    "venue": "Ruang rapat Diskominfotik, Selatpanjang",
    "frequency": "monthly",
    "weekday": 3,
    "week_of_month": 1,
    "start_time": dt.time(8, 30),
    "end_time": dt.time(10, 0),
    "organisers": ["diskominfotik", "prokopim"],
    "months_back": 4,
}

# Actions raised at past coffee mornings, by how many meetings ago (1 = the last one):
# (meetings ago, what, agency, person, due in days from today (negative: past), status, note)
SERIES_ACTIONS = [
    (3, "Seragamkan format rilis (judul, lead, kutipan, kontak) di semua instansi", "diskominfotik",
     "moderator@demo.test", -40, "done", "Templat rilis disepakati dan dibagikan."),
    (3, "Unggah jadwal pelayanan paspor simpatik ke kanal instansi", "imigrasi", "admin.imigrasi@demo.test",
     -30, "done", ""),
    (2, "Kumpulkan akun media sosial resmi setiap kecamatan", "prokopim", "prokopim@demo.test",
     -10, "in_progress", "Enam dari sembilan kecamatan sudah mengirim."),
    (2, "Perbarui profil instansi (DIP berkala A) di laman PPID", "dinkes", "ppid.dinkes@demo.test",
     -5, "open", ""),
    (2, "Siapkan infografis jadwal posyandu bulan depan", "dinkes", "admin.dinkes@demo.test",
     -20, "dropped", "Diganti kampanye imunisasi nasional yang materinya dari kementerian."),
    (1, "Rekap pertanyaan warga di media sosial tentang banjir rob", "bpbd", "pranata.bpbd@demo.test",
     10, "in_progress", "Draf rekap sudah ada untuk dua minggu terakhir."),
    (1, "Undang wartawan lokal ke media gathering triwulan", "prokopim", "prokopim@demo.test",
     20, "open", ""),
    (1, "Uji coba kalender bersama di Sinergi untuk semua admin", "diskominfotik", "moderator@demo.test",
     3, "open", ""),
]  # fmt: skip
