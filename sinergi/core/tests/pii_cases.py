"""The labelled set the personal-data guard is measured on, and how it is scored.

Each case is a sentence as it would appear in a release or an announcement, with the personal
data a careful reader would mark in it: (kind, exact text). Every identifier is invented: the
numbers are valid by rule (region code, date, layout) but belong to no one we know of.

POSITIVE cases hold personal data, NEGATIVE ones only things that look like it (dates, amounts,
decree numbers, plates...). LIMITS are what the detector is known to get wrong; their expected
findings are the truth, so they lower the measured precision and recall on purpose.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

Case = tuple[str, list[tuple[str, str]]]

POSITIVE: list[Case] = [
    # NIK: 16 digits, plain or grouped, women's birth day +40.
    (
        "Warga yang kehilangan KTP dengan NIK 1410015708900003 dapat mengurus KTP baru di Disdukcapil.",
        [("nik", "1410015708900003")],
    ),
    ("Pemohon atas nama Hendra, NIK 1471021204850011, telah memenuhi syarat.", [("nik", "1471021204850011")]),
    ("Data penerima bantuan: NIK 3273 0546 1192 0002 (Siti Aminah).", [("nik", "3273 0546 1192 0002")]),
    (
        "Nomor Induk Kependudukan 14.10.03.650201.0004 tercatat di Kecamatan Tebing Tinggi.",
        [("nik", "14.10.03.650201.0004")],
    ),
    ("Untuk verifikasi, sebutkan NIK: 2171-0341-0988-0007.", [("nik", "2171-0341-0988-0007")]),
    (
        "KTP elektronik bernomor 357810 150778 0012 ditemukan di halte Jalan Diponegoro.",
        [("nik", "357810 150778 0012")],
    ),
    ("Korban berinisial AS (NIK 1403070101700021) dirawat di RSUD Selatpanjang.", [("nik", "1403070101700021")]),
    (
        "Berdasarkan data e-KTP 6471056912950003, yang bersangkutan lahir 29 Desember 1995.",
        [("nik", "6471056912950003")],
    ),
    ("Peserta lelang wajib melampirkan fotokopi KTP, misalnya NIK 7371112306000009.", [("nik", "7371112306000009")]),
    ("Penerima beasiswa: Ni Luh Putu Ayu, NIK 5171024410030001, Universitas Udayana.", [("nik", "5171024410030001")]),
    ("Jenazah dikenali dari KTP dengan NIK 1304052808650006 yang ditemukan di saku.", [("nik", "1304052808650006")]),
    (
        "Pendaftar nomor urut 12 (NIK 9471016001990015) dinyatakan lulus seleksi administrasi.",
        [("nik", "9471016001990015")],
    ),
    (
        "NIK 3402142911960003 tidak ditemukan dalam data DTKS sehingga perlu pemutakhiran.",
        [("nik", "3402142911960003")],
    ),
    (
        "Bayi perempuan yang lahir 29 Februari 2004 kini terdaftar dengan NIK 1410046902040002.",
        [("nik", "1410046902040002")],
    ),
    ("Saksi pertama, NIK 1101011003820005, memberikan keterangan kepada penyidik.", [("nik", "1101011003820005")]),
    ("Nomor KTP 8271033108870004 digunakan tanpa izin untuk pinjaman daring.", [("nik", "8271033108870004")]),
    (
        "Penerima BLT DD tahap II antara lain NIK 1210045306910002 dan NIK 1601085811870006.",
        [("nik", "1210045306910002"), ("nik", "1601085811870006")],
    ),
    # No. KK: the same region prefix, the issue date, told from a NIK by the word before it.
    ("Warga cukup membawa Kartu Keluarga nomor 1410011203150007 ke kantor desa.", [("kk", "1410011203150007")]),
    ("No. KK 1471020508120003 atas nama kepala keluarga Sutrisno telah diperbarui.", [("kk", "1471020508120003")]),
    ("Nomor KK: 3273052201180011, jumlah anggota keluarga empat orang.", [("kk", "3273052201180011")]),
    (
        "Pendaftaran sekolah menggunakan KK 1403 0717 1016 0002 yang diterbitkan tahun 2016.",
        [("kk", "1403 0717 1016 0002")],
    ),
    ("Data keluarga penerima PKH dengan No. KK 2171030302210008 sudah divalidasi.", [("kk", "2171030302210008")]),
    ("Fotokopi kartu keluarga (1410040909190005) dilampirkan dalam berkas permohonan.", [("kk", "1410040909190005")]),
    (
        "NIK 1410015708900003 tercantum dalam KK 1410011203150007 sebagai istri.",
        [("nik", "1410015708900003"), ("kk", "1410011203150007")],
    ),
    (
        "Berkas memuat No. KK 6471052806170001 dan NIK kepala keluarga 6471056912950003.",
        [("kk", "6471052806170001"), ("nik", "6471056912950003")],
    ),
    # NPWP: the old 15 digits (usually 99.999.999.9-999.999), the 16-digit form, or the NIK.
    ("Rekanan CV Maju Jaya dengan NPWP 09.254.310.7-221.000 memenangkan tender.", [("npwp", "09.254.310.7-221.000")]),
    ("Wajib pajak orang pribadi, NPWP 76.118.405.3-218.001, belum melaporkan SPT.", [("npwp", "76.118.405.3-218.001")]),
    ("Identitas penyedia: 84.731.520.9-216.000 (NPWP badan).", [("npwp", "84.731.520.9-216.000")]),
    ("Sejak 2024 NPWP orang pribadi memakai NIK, contohnya NPWP 1471021204850011.", [("npwp", "1471021204850011")]),
    ("NPWP 092543107221000 tercantum pada faktur pajak nomor 010.000-24.12345678.", [("npwp", "092543107221000")]),
    ("Dalam format baru, NPWP badan tersebut ditulis 0092543107221000.", [("npwp", "0092543107221000")]),
    ("Nomor Pokok Wajib Pajak 35.917.004.2-211.000 atas nama Koperasi Sejahtera.", [("npwp", "35.917.004.2-211.000")]),
    ("NPWP: 15.402.733.6-216.000; alamat Jalan Merdeka, Selatpanjang.", [("npwp", "15.402.733.6-216.000")]),
    # Phone numbers: mobile with 08, 62 or +62; landlines with a separated area code.
    ("Informasi lebih lanjut hubungi Posko Bencana di 0812-7530-4416.", [("phone", "0812-7530-4416")]),
    ("Koordinator lapangan, Bapak Rahmat (0813 6184 2297), siap membantu warga.", [("phone", "0813 6184 2297")]),
    ("Pendaftaran melalui WhatsApp 0852.6621.0934 paling lambat Jumat.", [("phone", "0852.6621.0934")]),
    ("Warga dapat melapor ke nomor 081371528840 selama 24 jam.", [("phone", "081371528840")]),
    ("Kontak panitia: +62 812-6845-3109 (Dewi).", [("phone", "+62 812-6845-3109")]),
    ("Untuk konfirmasi kehadiran kirim pesan ke +6285271340962.", [("phone", "+6285271340962")]),
    ("Narahubung: Andi, 6281177023510.", [("phone", "6281177023510")]),
    ("Sekretariat Diskominfotik, Jalan Dorak, telepon (0761) 571234.", [("phone", "(0761) 571234")]),
    ("Kantor Camat Tebing Tinggi dapat dihubungi di 0763-31234 pada jam kerja.", [("phone", "0763-31234")]),
    (
        "Call center RSUD: (0778) 426118, atau IGD 0877-8902-1163.",
        [("phone", "(0778) 426118"), ("phone", "0877-8902-1163")],
    ),
    ("Kantor perwakilan Jakarta: 021-5795 1234.", [("phone", "021-5795 1234")]),
    ("Telp. 0761571234, Faks. (0761) 571235", [("phone", "0761571234"), ("phone", "(0761) 571235")]),
    (
        "Layanan pengaduan melalui SMS ke 0896 1204 5587 atau +62 761 571236.",
        [("phone", "0896 1204 5587"), ("phone", "+62 761 571236")],
    ),
    ("Ketua RT 03, Pak Joko, bisa dihubungi di (0812) 6677 0921.", [("phone", "(0812) 6677 0921")]),
    # E-mail addresses.
    (
        "Keluhan dapat dikirim ke rina.hasanah82@gmail.com sebelum 10 Maret 2024.",
        [("email", "rina.hasanah82@gmail.com")],
    ),
    ("Permohonan informasi publik ditujukan ke ppid@merantikab.go.id.", [("email", "ppid@merantikab.go.id")]),
    ("Pemenang lomba (budi_s@yahoo.co.id) diminta membalas surel panitia.", [("email", "budi_s@yahoo.co.id")]),
    ("Surel: Pengaduan.Warga@riau.go.id", [("email", "Pengaduan.Warga@riau.go.id")]),
    (
        "Naskah dikirim ke a.rahman+lomba@outlook.com dengan subjek LOMBA FOTO.",
        [("email", "a.rahman+lomba@outlook.com")],
    ),
    (
        "Hubungi dinsos.kepmeranti@gmail.com atau 0812-7530-4416.",
        [("email", "dinsos.kepmeranti@gmail.com"), ("phone", "0812-7530-4416")],
    ),
    # Bank accounts: digits shortly after a bank or the word "rekening".
    (
        "Donasi dapat disalurkan ke rekening BRI 0581-01-004127-53-9 a.n. Posko Peduli.",
        [("bank_account", "0581-01-004127-53-9")],
    ),
    ("Bank Riau Kepri Syariah nomor 1050213579 atas nama Panitia HUT Kabupaten.", [("bank_account", "1050213579")]),
    ("Transfer ke BNI 0917364520 a.n. Yayasan Kasih Bunda.", [("bank_account", "0917364520")]),
    ("Biaya pendaftaran disetor ke Mandiri 108-00-2947163-5.", [("bank_account", "108-00-2947163-5")]),
    ("Rekening BCA 8720159346 a.n. Sri Wahyuni digunakan pelaku penipuan.", [("bank_account", "8720159346")]),
    ("Pembayaran retribusi melalui BSI 7163052948 (Bendahara Penerimaan).", [("bank_account", "7163052948")]),
    ("No. Rek. 7012 3398 45 diblokir atas permintaan kepolisian.", [("bank_account", "7012 3398 45")]),
    ("Dana hibah dicairkan ke rekening Bank Jatim 0051827364.", [("bank_account", "0051827364")]),
    ("Korban diminta mentransfer ke CIMB Niaga 7601 0023 4581 00.", [("bank_account", "7601 0023 4581 00")]),
    ("Angsuran KPR dibayar ke rekening BTN 0001601500743219 setiap bulan.", [("bank_account", "0001601500743219")]),
    ("Uang sewa dikirim ke norek 1234-567-890 milik pemilik rumah.", [("bank_account", "1234-567-890")]),
    # Passport numbers, only after the word paspor or passport.
    ("Jemaah atas nama Fatimah dengan nomor paspor C4172635 belum menerima visa.", [("passport", "C4172635")]),
    ("Nomor paspor: E 2390571, berlaku hingga 2029.", [("passport", "E 2390571")]),
    ("The passport number X7731024 was reported lost at the port.", [("passport", "X7731024")]),
    ("Paspor lama AR 482913 dicabut karena rusak.", [("passport", "AR 482913")]),
    ("Pekerja migran asal Meranti, paspor B5520194, dipulangkan dari Malaysia.", [("passport", "B5520194")]),
    ("Paspor yang ditemukan (A 1983475) dapat diambil di Kantor Imigrasi Selatpanjang.", [("passport", "A 1983475")]),
    # Several kinds in one announcement.
    (
        "Pemohon: Siti Aminah, NIK 3273054611920002, KK 3273052201180011, HP 0813 6184 2297, "
        "surel siti.aminah92@gmail.com, rekening BRI 0581-01-004127-53-9.",
        [
            ("nik", "3273054611920002"),
            ("kk", "3273052201180011"),
            ("phone", "0813 6184 2297"),
            ("email", "siti.aminah92@gmail.com"),
            ("bank_account", "0581-01-004127-53-9"),
        ],
    ),
    (
        "Telah ditemukan dompet berisi KTP (NIK 1471021204850011) dan paspor C4172635. Pemilik dapat "
        "menghubungi Polsek Tebing Tinggi di (0763) 32110.",
        [("nik", "1471021204850011"), ("passport", "C4172635"), ("phone", "(0763) 32110")],
    ),
]

NEGATIVE: list[Case] = [
    # Dates and times.
    ("Rapat koordinasi digelar pada 07-02-2024 di Aula Kantor Bupati.", []),
    ("Sesuai jadwal, pelantikan berlangsung 2024-02-07 pukul 09.00 WIB.", []),
    ("Upacara peringatan Hari Pers Nasional dilaksanakan 7 Februari 2024.", []),
    ("Selatpanjang, Senin (7/2/2024) - Bupati meninjau lokasi banjir.", []),
    ("Pelayanan dibuka pukul 08.00-16.00 WIB, Senin sampai Jumat.", []),
    ("Batas pendaftaran 08-02-2024, pengumuman 15.02.2024.", []),
    ("Kegiatan berlangsung pada 2023-2024 dan dilanjutkan tahun 2025.", []),
    # Money and counts.
    ("Pemerintah daerah menyalurkan bantuan sebesar Rp 1.250.000.000 kepada 1.200 keluarga.", []),
    ("Nilai investasi mencapai Rp1,5 miliar pada triwulan pertama.", []),
    ("Realisasi belanja tercatat 1.234.567,00 pada akhir tahun anggaran.", []),
    ("Bank Riau Kepri menyalurkan kredit usaha rakyat senilai Rp 12.500.000.000.", []),
    ("BRI mencatat penyaluran KUR kepada 1.234.567 debitur sepanjang 2023.", []),
    ("Anggaran pembangunan jembatan Rp 7.350.000.000 bersumber dari DAK.", []),
    ("Melalui rekening kas desa disalurkan dana sebesar 12500000 rupiah.", []),
    ("Jumlah penduduk Kabupaten Kepulauan Meranti mencapai 212.345 jiwa.", []),
    ("Nilai ekspor kelapa mencapai USD 1.200.000 tahun lalu.", []),
    ("Realisasi PAD 2023 mencapai Rp 145.230.117.450,25 atau 101,2 persen dari target.", []),
    ("Sebanyak 1.234 KK menerima BLT senilai Rp 300.000 per KK per bulan.", []),
    ("Belanja pegawai pada kode rekening 5.1.01.01.01.0001 terserap 92 persen.", []),
    # Decree and regulation numbers.
    ("Keputusan tersebut tertuang dalam Nomor 100.3.3.2/123/KOMINFO/2024.", []),
    ("Tim dibentuk berdasarkan SK Nomor 188.45/2024 tentang Satgas Pangan.", []),
    ("Retribusi diatur dalam Perda No. 12 Tahun 2009.", []),
    ("Keterbukaan informasi dijamin UU 14/2008 dan Perki 1/2021.", []),
    ("Keputusan Bupati Nomor 188.45/145/HK/2024 mulai berlaku hari ini.", []),
    ("Surat Edaran Nomor 000.7.2/345/Setda/2024 tentang jam kerja selama Ramadan.", []),
    ("Pelindungan data pribadi diatur dalam UU Nomor 27 Tahun 2022.", []),
    ("Kode dan data wilayah mengacu pada Permendagri 137/2017.", []),
    ("Surat undangan Nomor 800/1234/BKPSDM/2024 telah dikirim ke seluruh OPD.", []),
    # Region codes, postal codes, addresses, plates.
    ("Kabupaten Kepulauan Meranti memiliki kode wilayah 14.10, Kecamatan Tebing Tinggi 14.10.01.", []),
    ("Desa Banglas Barat berkode 14.10.01.2001 dalam data Kemendagri.", []),
    ("Alamat: Jalan Dorak No. 12, Selatpanjang, Kepulauan Meranti 28753.", []),
    ("Kendaraan dinas dengan nomor polisi BM 1234 XY dipakai untuk distribusi logistik.", []),
    ("Mobil bernomor polisi BM 8127 TU terlibat kecelakaan di Jalan Kartini.", []),
    ("Lokasi berada di RT 02 RW 05, Kelurahan Selatpanjang Kota.", []),
    ("Titik banjir berada di koordinat 0,9934 LU dan 102,7161 BT.", []),
    # Percentages, years, scores, measures.
    ("Inflasi Kota Pekanbaru tercatat 2,45 persen secara tahunan.", []),
    ("Tingkat kepuasan masyarakat mencapai 98,7% pada survei 2024.", []),
    ("Bank Indonesia memproyeksikan pertumbuhan ekonomi Riau 4,8 persen.", []),
    ("Produksi sagu mencapai 440.309 ton pada tahun 2023.", []),
    ("Tim voli putri menang 3-1 atas tim tamu.", []),
    ("Kapal berangkat dari Pelabuhan Tanjung Harapan pukul 07.30 dan tiba 11.45 WIB.", []),
    # Civil-servant numbers and other identifiers that are not in the list.
    ("Kepala dinas, NIP 19800101 200501 1 001, membuka kegiatan.", []),
    ("Plt. Sekretaris, NIP. 198507122010012003, menandatangani surat tersebut.", []),
    ("Buku panduan ini terbit dengan ISBN 978-623-7481-05-2.", []),
    ("Katalog dalam terbitan: ISBN 9786237481052.", []),
    ("Sekolah dengan NPSN 10403256 meraih predikat Adiwiyata.", []),
    ("Nomor Induk Berusaha (NIB) 9120001234567 terbit melalui OSS.", []),
    ("Kode billing 820240207001234 berlaku selama tujuh hari.", []),
    # 16-digit numbers that cannot be a NIK or a KK.
    ("Nomor referensi 1410013208900003 tidak valid karena tanggalnya mustahil.", []),
    ("Kode pembayaran 9910015708900003 hanya berlaku di loket bank.", []),
    ("Nomor transaksi 1410015713900003 sudah kedaluwarsa.", []),
    ("ID pelanggan 1450015708900003 terdaftar di sistem PDAM.", []),
    ("Nomor seri 1410015708900000 dicetak di balik kartu.", []),
    ("Kode voucher 1410012902010003 berlaku sampai akhir bulan.", []),
    ("Nomor resi 14100157089000031 dapat dilacak di situs ekspedisi.", []),
    # Service numbers and handles that are not a person's.
    ("Dalam keadaan darurat hubungi 112, pemadam kebakaran 113, atau ambulans 118.", []),
    ("Informasi perbankan melalui BNI Call 1500046 atau Halo BCA 1500888.", []),
    ("Layanan bebas pulsa Kemenkes 0800-1-500-567 aktif 24 jam.", []),
    ("Ikuti akun Instagram @diskominfo.meranti untuk informasi terbaru.", []),
    ("Call center BRI 14017 siap melayani nasabah.", []),
    # Bank, family-card and passport words without a number that is personal data.
    ("Kantor Cabang BRI di Jalan Merdeka No. 123 kembali beroperasi.", []),
    ("Bantuan diberikan kepada 245 KK terdampak banjir di Desa Alai.", []),
    ("Warga wajib membawa NIK dan KK asli saat verifikasi.", []),
    ("Kantor Imigrasi Selatpanjang melayani 1.245 permohonan paspor pada Januari.", []),
    ("Tarif paspor elektronik Rp 650.000 sesuai PP Nomor 28 Tahun 2019.", []),
    ("Laporan tahunan Bank Riau Kepri 2023-2024 diterbitkan pekan ini.", []),
    ("Bank Sampah Sejahtera mengumpulkan 2.500 kg sampah plastik.", []),
    ("Hingga Juni, BRI menyalurkan bantuan kepada 1250000 penerima.", []),
    ("Program Desa Mandiri Pangan menerima dana 150000000 dari APBD.", []),
]

LIMITS: list[Case] = [
    # The word "KK" after the number: read as a NIK.
    ("Nomor 1410011203150007 (KK) dipakai untuk pendaftaran sekolah.", [("kk", "1410011203150007")]),
    # The bank is named more than 40 characters before the number.
    (
        "Donasi melalui Bank Riau Kepri Cabang Selatpanjang atas nama Posko Peduli Banjir, nomor 1050213579.",
        [("bank_account", "1050213579")],
    ),
    # An e-mail address written against harvesting.
    ("Kirim lamaran ke rina.hasanah82 [at] gmail [dot] com.", [("email", "rina.hasanah82 [at] gmail [dot] com")]),
    # A passport number without the word paspor.
    ("Dokumen perjalanan nomor C4172635 ditahan petugas.", [("passport", "C4172635")]),
    # The country code in brackets.
    ("Hubungi kami di (+62) 812-6845-3109.", [("phone", "(+62) 812-6845-3109")]),
    # A table row flattened from a PDF: the row number and the grouped NIK run together.
    ("1 1410 0157 0890 0003 Siti Aminah Selatpanjang", [("nik", "1410 0157 0890 0003")]),
    # A landline in one piece without a phone word right before it.
    ("Posko dapat dihubungi di 0761571234 setiap hari.", [("phone", "0761571234")]),
    # A 16-digit code that happens to have a NIK's structure.
    ("ID transaksi 3201241207123456 tercatat pada struk pembayaran.", []),
]

CASES: list[Case] = POSITIVE + NEGATIVE + LIMITS


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def measure(detect: Callable[[str], list[tuple[str, str]]], cases: list[Case] = CASES) -> dict[str, Score]:
    """Scores per kind and overall ("all"), comparing (kind, text) pairs case by case.

    A finding of the wrong kind counts twice: a false positive of the kind found and a false
    negative of the kind expected.
    """
    scores: dict[str, Score] = defaultdict(Score)
    for text, expected in cases:
        found, wanted = Counter(detect(text)), Counter(expected)
        for counts, field in ((found & wanted, "true_positives"), (found - wanted, "false_positives"),
                              (wanted - found, "false_negatives")):  # fmt: skip
            for (kind, _text), n in counts.items():
                for key in (kind, "all"):
                    setattr(scores[key], field, getattr(scores[key], field) + n)
    return dict(scores)
