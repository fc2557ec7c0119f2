"""The Kepulauan Meranti demo forum (DOMAIN.md section 7), as data.

People and e-mail addresses are invented for the demo (the `.test` domain cannot receive mail);
agencies and codes are the regency's public facts.
"""

from __future__ import annotations

DEMO_PASSWORD = "Meranti-2024"

FORUM = {
    "slug": "meranti",
    "name": "Forum Kehumasan Kabupaten Kepulauan Meranti",
    "region_code": "14.10",
    "region_name": "Kabupaten Kepulauan Meranti, Riau",
    "time_zone": "Asia/Jakarta",
    "contact_email": "forum.humas@demo.test",
    "address": "Selatpanjang, Kabupaten Kepulauan Meranti, Riau",
}

# (code, name, short name, kind, parent code, region code)
AGENCIES = [
    ("diskominfotik", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Diskominfotik", "dinas", "", "14.10"),
    ("prokopim", "Bagian Protokol dan Komunikasi Pimpinan Setdakab", "Prokopim", "bagian", "", "14.10"),
    ("bagian-hukum", "Bagian Hukum Setdakab", "Bagian Hukum", "bagian", "", "14.10"),
    ("bagian-kesra", "Bagian Kesejahteraan Rakyat Setdakab", "Bagian Kesra", "bagian", "", "14.10"),
    ("bagian-tapem", "Bagian Tata Pemerintahan Setdakab", "Bagian Tapem", "bagian", "", "14.10"),
    ("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "dinas", "", "14.10"),
    ("dinsos-p3a", "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak", "Dinsos P3A", "dinas", "", "14.10"),
    ("dinkes", "Dinas Kesehatan", "Dinkes", "dinas", "", "14.10"),
    ("upt-puskesmas-selatpanjang", "UPT Puskesmas Selatpanjang", "Puskesmas Selatpanjang", "upt", "dinkes", "14.10.01"),
    ("bkd", "Badan Kepegawaian Daerah", "BKD", "dinas", "", "14.10"),
    ("bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "dinas", "", "14.10"),
    ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "dinas", "", "14.10"),
    ("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", "", "14.10"),
    ("satpol-pp", "Satuan Polisi Pamong Praja", "Satpol PP", "dinas", "", "14.10"),
    ("disdik", "Dinas Pendidikan", "Disdik", "dinas", "", "14.10"),
    ("dinas-pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", "dinas", "", "14.10"),
    ("bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD", "dinas", "", "14.10"),
    ("setwan", "Sekretariat DPRD Kabupaten Kepulauan Meranti", "Setwan", "dprd", "", "14.10"),
    ("imigrasi", "Kantor Imigrasi Kelas II TPI Selatpanjang", "Imigrasi Selatpanjang", "vertikal", "", "14.10"),
    ("polres", "Polres Kepulauan Meranti", "Polres", "vertikal", "", "14.10"),
    ("kejari", "Kejaksaan Negeri Kepulauan Meranti", "Kejari", "vertikal", "", "14.10"),
    ("kpu", "KPU Kabupaten Kepulauan Meranti", "KPU", "vertikal", "", "14.10"),
    ("pwi", "PWI Kabupaten Kepulauan Meranti", "PWI", "mitra", "", "14.10"),
    ("kec-tebing-tinggi", "Kecamatan Tebing Tinggi", "", "kecamatan", "", "14.10.01"),
    ("kec-rangsang-barat", "Kecamatan Rangsang Barat", "", "kecamatan", "", "14.10.02"),
    ("kec-rangsang", "Kecamatan Rangsang", "", "kecamatan", "", "14.10.03"),
    ("kec-tebing-tinggi-barat", "Kecamatan Tebing Tinggi Barat", "", "kecamatan", "", "14.10.04"),
    ("kec-merbau", "Kecamatan Merbau", "", "kecamatan", "", "14.10.05"),
    ("kec-pulaumerbau", "Kecamatan Pulaumerbau", "", "kecamatan", "", "14.10.06"),
    ("kec-tebing-tinggi-timur", "Kecamatan Tebing Tinggi Timur", "", "kecamatan", "", "14.10.07"),
    ("kec-tasik-putri-puyu", "Kecamatan Tasik Putri Puyu", "", "kecamatan", "", "14.10.08"),
    ("kec-rangsang-pesisir", "Kecamatan Rangsang Pesisir", "", "kecamatan", "", "14.10.09"),
]

# (agency code, platform, handle): illustrative accounts for the demo.
SOCIAL_ACCOUNTS = [
    ("diskominfotik", "instagram", "@diskominfotik.meranti.demo"),
    ("diskominfotik", "youtube", "@diskominfotikmeranti.demo"),
    ("prokopim", "instagram", "@prokopim.meranti.demo"),
    ("imigrasi", "instagram", "@imigrasi.selatpanjang.demo"),
    ("dinkes", "facebook", "dinkes.meranti.demo"),
]

# (e-mail, full name, position, [(agency code, role)], [forum roles])
PEOPLE = [
    ("moderator@demo.test", "Rina Lestari", "Kepala Bidang Informasi dan Komunikasi Publik",
     [("diskominfotik", "pejabat_humas")], ["moderator"]),
    ("prokopim@demo.test", "Hendra Saputra", "Kepala Bagian Prokopim",
     [("prokopim", "pejabat_humas")], ["moderator"]),
    ("humas.imigrasi@demo.test", "Fajar Ramadhan", "Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian",
     [("imigrasi", "pejabat_humas")], []),
    ("admin.imigrasi@demo.test", "Nur Aisyah", "Pengelola media sosial", [("imigrasi", "admin_medsos")], []),
    ("humas.dinkes@demo.test", "Dewi Anggraini", "Kepala Subbagian Umum dan Kepegawaian",
     [("dinkes", "pejabat_humas")], []),
    ("admin.dinkes@demo.test", "Yusuf Hidayat", "Pengelola media sosial", [("dinkes", "admin_medsos")], []),
    ("ppid.dinkes@demo.test", "Sri Wahyuni", "Sekretaris Dinas", [("dinkes", "ppid_pelaksana")], []),
    ("pranata.bpbd@demo.test", "Agus Salim", "Pranata Humas Ahli Pertama", [("bpbd", "pranata_humas")], []),
    ("ppid.utama@demo.test", "Bambang Sutrisno", "Kepala Diskominfotik", [("diskominfotik", "ppid_pelaksana")],
     ["ppid_utama"]),
    ("sekda@demo.test", "Mahmud Effendi", "Sekretaris Daerah", [], ["atasan_ppid"]),
    ("walidata@demo.test", "Indah Permata", "Statistisi Ahli Muda", [("diskominfotik", "admin_medsos")],
     ["walidata"]),
    # The pembina data of statistics (BPS) in a regency forum is usually BPS's own office; the demo gives the
    # role to a Bappeda planner, since the demo directory holds no BPS office. The review is off by default.
    ("pembina.data@demo.test", "Siti Rahmah", "Perencana Ahli Muda", [], ["pembina_data"]),
    ("pwi@demo.test", "Zulkifli Amri", "Ketua PWI Kabupaten Kepulauan Meranti", [("pwi", "pejabat_humas")], []),
    ("ppid.imigrasi@demo.test", "Teguh Prasetyo", "Kepala Subbagian Tata Usaha", [("imigrasi", "ppid_pelaksana")], []),
    ("ppid.pupr@demo.test", "Rahmawati", "Sekretaris Dinas", [("dinas-pupr", "ppid_pelaksana")], []),
    ("ppid.disdukcapil@demo.test", "Joko Susilo", "Sekretaris Dinas", [("disdukcapil", "ppid_pelaksana")], []),
    ("ppid.bpbd@demo.test", "Herlina Putri", "Sekretaris BPBD", [("bpbd", "ppid_pelaksana")], []),
    # The Kejari and the immigration office are public bodies of their own, each with its PPID and atasan.
    ("ppid.kejari@demo.test", "Andi Kurniawan", "Kepala Seksi Intelijen", [("kejari", "ppid_pelaksana")], []),
    ("kajari@demo.test", "Ratna Dewi", "Kepala Kejaksaan Negeri Kepulauan Meranti", [], []),
    ("kakanim@demo.test", "Suryadi", "Kepala Kantor Imigrasi Kelas II TPI Selatpanjang", [], []),
]  # fmt: skip
