"""Synthetic Indonesian government press releases for the benchmark, generated in code.

Everything here is built from a small vocabulary and sentence templates written for this
benchmark: a deterministic `random.Random` picks an agency, a topic, an activity, a village and
an official, and fills the templates. The text reads like a regency's public-relations output
(dateline, lead, quotes, facts, closing) and has the word statistics search cares about: a few
words in nearly every release ("pembangunan", "masyarakat"), topic words in some ("vaksinasi",
"banjir rob") and words of one small agency in very few ("paspor").
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

JAKARTA = ZoneInfo("Asia/Jakarta")
TOWN = "Selatpanjang"

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SMALL_WORDS = frozenset("di ke dari dan yang untuk bagi dengan pada atau serta dalam oleh".split())

VILLAGE_FIRST = tuple("Sungai Teluk Tanjung Kampung Tanah Kuala Pulau Padang Bukit Parit".split())
VILLAGE_SECOND = tuple(
    "Baru Jaya Makmur Indah Lebar Panjang Tinggi Kecil Besar Harapan Sejahtera Mulia Permai Damai Sari".split()
)
FIRST_NAMES = tuple(
    """Ahmad Budi Siti Dewi Rahmat Nurul Hendra Sri Agus Fitri Yusuf Rina Irwan Wahyu Lestari Fauzi Ratna
    Syahrul Zulkifli Maya Taufik Wulan""".split()
)
LAST_NAMES = tuple(
    """Hidayat Saputra Wahyuni Rahman Siregar Nasution Putri Harahap Santoso Kurniawan Pratama Susanti
    Syahputra Ramadhan Hasibuan Effendi""".split()
)
POSITIONS = ("Kepala", "Sekretaris", "Kepala Bidang", "Kepala Seksi", "Plt. Kepala")


@dataclass(frozen=True)
class Topic:
    key: str
    activities: tuple[str, ...]  # noun phrases: what the agency did
    facts: tuple[str, ...]  # sentences of this field; slots {place} {count} {budget} {percent} {year} {km}
    purposes: tuple[str, ...]  # "... untuk <purpose>"


TOPICS: dict[str, Topic] = {
    t.key: t
    for t in (
        Topic(
            "infrastruktur",
            (
                "pembangunan jalan lingkungan",
                "pembangunan jalan poros desa",
                "semenisasi jalan desa",
                "rehabilitasi jembatan penghubung",
                "normalisasi saluran drainase",
                "pembangunan turap pantai",
                "peningkatan jalan kabupaten",
                "pemeliharaan pelabuhan rakyat",
            ),
            (
                "Pekerjaan sepanjang {km} kilometer itu dibiayai APBD tahun anggaran {year} "
                "dengan nilai kontrak {budget}.",
                "Kontraktor pelaksana diminta menyelesaikan pekerjaan tepat waktu dan sesuai spesifikasi teknis.",
                "Selama ini warga {place} harus melewati jalan tanah yang licin dan berlumpur saat musim hujan.",
                "Tim teknis akan menguji mutu beton secara berkala selama masa pelaksanaan.",
                "Jalan tersebut diharapkan memperlancar pengangkutan hasil kebun kelapa dan sagu milik warga.",
                "Progres fisik pekerjaan saat ini telah mencapai {percent} persen.",
            ),
            (
                "memperlancar akses transportasi warga",
                "membuka keterisolasian wilayah pesisir",
                "mendukung pertumbuhan ekonomi desa",
            ),
        ),
        Topic(
            "kesehatan",
            (
                "vaksinasi campak dan rubela",
                "imunisasi dasar lengkap",
                "vaksinasi influenza bagi lansia",
                "pemeriksaan kesehatan gratis",
                "percepatan penurunan stunting",
                "pemberantasan sarang nyamuk",
                "pelayanan posyandu keliling",
            ),
            (
                "Sebanyak {count} anak dan balita menjadi sasaran pelayanan di {place}.",
                "Petugas puskesmas mendatangi sekolah dan posyandu agar tidak ada sasaran yang tertinggal.",
                "Orang tua diimbau membawa buku kesehatan ibu dan anak saat datang ke pos pelayanan.",
                "Angka prevalensi stunting ditargetkan turun di bawah {percent} persen pada akhir tahun {year}.",
                "Masyarakat diminta menguras, menutup dan mendaur ulang barang bekas untuk mencegah demam berdarah.",
                "Seluruh layanan diberikan tanpa biaya dan cukup menunjukkan kartu keluarga.",
            ),
            (
                "melindungi anak dari penyakit yang dapat dicegah",
                "meningkatkan derajat kesehatan masyarakat",
                "menekan angka kesakitan di daerah pesisir",
            ),
        ),
        Topic(
            "bencana",
            (
                "penanganan banjir rob",
                "kesiagaan menghadapi banjir rob",
                "penanggulangan abrasi pantai",
                "pemadaman kebakaran hutan dan lahan",
                "penyaluran bantuan korban angin puting beliung",
                "simulasi evakuasi bencana",
            ),
            (
                "Tim reaksi cepat bersama TNI, Polri dan relawan langsung turun ke lokasi di {place}.",
                "Warga yang tinggal di pesisir diminta waspada terhadap pasang air laut tertinggi.",
                "Posko siaga bencana dibuka selama 24 jam di kantor camat.",
                "Bantuan berupa beras, mi instan, air mineral dan selimut telah disalurkan "
                "kepada {count} kepala keluarga.",
                "Luas lahan gambut yang terbakar diperkirakan mencapai {km} hektare.",
                "Masyarakat diminta segera melapor melalui layanan darurat bila melihat tanda bahaya.",
            ),
            (
                "mengurangi risiko bencana bagi warga",
                "mempercepat pemulihan warga terdampak",
                "memastikan keselamatan masyarakat pesisir",
            ),
        ),
        Topic(
            "pendidikan",
            (
                "penyaluran beasiswa mahasiswa berprestasi",
                "penerimaan peserta didik baru",
                "pelatihan guru sekolah dasar",
                "lomba literasi pelajar",
                "rehabilitasi ruang kelas",
                "pekan olahraga pelajar",
            ),
            (
                "Tahun ini sebanyak {count} pelajar dan mahasiswa tercatat sebagai penerima manfaat.",
                "Pendaftaran dilakukan secara daring dan dapat dibantu oleh operator sekolah.",
                "Sekolah di {place} masih kekurangan guru untuk mata pelajaran tertentu.",
                "Anggaran pendidikan tahun {year} dialokasikan sebesar {budget}.",
                "Para guru diajak memanfaatkan platform pembelajaran digital di dalam kelas.",
            ),
            (
                "meningkatkan mutu pendidikan",
                "membuka akses pendidikan bagi anak pesisir",
                "menyiapkan generasi muda yang unggul",
            ),
        ),
        Topic(
            "kependudukan",
            (
                "perekaman KTP elektronik",
                "penerbitan kartu identitas anak",
                "pelayanan akta kelahiran",
                "aktivasi identitas kependudukan digital",
                "jemput bola pelayanan administrasi kependudukan",
            ),
            (
                "Petugas melayani {count} warga dalam satu hari pelayanan di {place}.",
                "Warga cukup membawa kartu keluarga dan tidak dipungut biaya apa pun.",
                "Pelayanan jemput bola menyasar pemilih pemula, lansia dan penyandang disabilitas.",
                "Cakupan kepemilikan akta kelahiran anak telah mencapai {percent} persen.",
            ),
            ("memastikan setiap warga tercatat dalam data kependudukan", "mendekatkan pelayanan kepada masyarakat"),
        ),
        Topic(
            "imigrasi",
            (
                "pelayanan paspor simpatik",
                "pelayanan paspor di akhir pekan",
                "pengawasan orang asing",
                "sosialisasi pencegahan pekerja migran nonprosedural",
                "layanan paspor jemput bola",
            ),
            (
                "Pemohon paspor diminta mendaftar melalui aplikasi resmi dan datang sesuai jadwal.",
                "Dalam sepekan petugas menerima {count} permohonan paspor baru.",
                "Tim pengawasan orang asing memeriksa dokumen perjalanan di pelabuhan {place}.",
                "Masyarakat diimbau tidak menggunakan jasa calo dalam pengurusan dokumen keimigrasian.",
            ),
            ("mempermudah warga mengurus dokumen perjalanan", "mencegah pekerja migran nonprosedural"),
        ),
        Topic(
            "ekonomi",
            (
                "operasi pasar murah",
                "pengendalian inflasi daerah",
                "pelatihan pelaku UMKM",
                "pameran produk unggulan sagu",
                "pemantauan harga bahan pokok",
                "rilis data inflasi bulanan",
            ),
            (
                "Beras, minyak goreng dan gula dijual di bawah harga pasar kepada {count} warga.",
                "Harga cabai merah di pasar {place} naik {percent} persen dibanding pekan lalu.",
                "Pelaku UMKM didampingi mengurus izin usaha dan sertifikat halal secara gratis.",
                "Tim pengendali inflasi daerah memastikan stok bahan pokok aman menjelang hari besar.",
                "Nilai transaksi selama pameran mencapai {budget}.",
            ),
            ("menjaga daya beli masyarakat", "mendorong pertumbuhan usaha kecil", "menjaga stabilitas harga"),
        ),
        Topic(
            "sosial",
            (
                "penyaluran bantuan sosial",
                "penyaluran bantuan pangan beras",
                "pendataan keluarga penerima manfaat",
                "pelayanan bagi penyandang disabilitas",
                "bedah rumah tidak layak huni",
                "santunan anak yatim",
            ),
            (
                "Sebanyak {count} keluarga penerima manfaat di {place} menerima bantuan tahap ini.",
                "Data penerima dimutakhirkan bersama pemerintah desa agar bantuan tepat sasaran.",
                "Warga yang merasa layak namun belum terdata dapat melapor ke kantor desa.",
                "Program bedah rumah tahun {year} menyasar rumah dengan lantai tanah dan atap bocor.",
            ),
            ("meringankan beban warga kurang mampu", "mengurangi angka kemiskinan ekstrem"),
        ),
        Topic(
            "pemerintahan",
            (
                "musyawarah perencanaan pembangunan",
                "rapat paripurna pembahasan APBD",
                "penyerahan LKPJ kepala daerah",
                "evaluasi kinerja perangkat daerah",
                "penandatanganan nota kesepakatan",
                "rapat koordinasi camat",
            ),
            (
                "Usulan prioritas dari {place} dibahas bersama perwakilan desa dan kelurahan.",
                "Rancangan APBD tahun {year} disepakati sebesar {budget}.",
                "Setiap perangkat daerah diminta menyerahkan laporan capaian kinerja tepat waktu.",
                "Realisasi belanja daerah hingga triwulan ketiga mencapai {percent} persen.",
            ),
            ("menyelaraskan program antarperangkat daerah", "memperkuat tata kelola pemerintahan"),
        ),
        Topic(
            "keamanan",
            (
                "penertiban pedagang kaki lima",
                "patroli ketertiban umum",
                "sosialisasi bahaya narkoba",
                "pengamanan perayaan hari besar",
                "operasi penegakan peraturan daerah",
            ),
            (
                "Petugas gabungan menyisir kawasan pasar dan pelabuhan {place}.",
                "Pedagang diberi waktu tiga hari untuk memindahkan lapak secara mandiri.",
                "Sebanyak {count} personel disiagakan selama kegiatan berlangsung.",
                "Pelajar diajak menolak narkoba dan berani melapor kepada guru.",
            ),
            ("menjaga ketenteraman dan ketertiban umum", "menciptakan rasa aman bagi masyarakat"),
        ),
        Topic(
            "kepegawaian",
            (
                "seleksi PPPK",
                "apel gabungan aparatur sipil negara",
                "pelantikan pejabat administrator",
                "pembinaan disiplin ASN",
                "uji kompetensi jabatan fungsional",
            ),
            (
                "Sebanyak {count} peserta mengikuti seleksi kompetensi berbasis komputer.",
                "Hasil seleksi diumumkan secara terbuka dan tidak dipungut biaya.",
                "ASN yang tidak hadir tanpa keterangan akan dikenai sanksi sesuai ketentuan.",
                "Tingkat kehadiran pegawai pada bulan ini mencapai {percent} persen.",
            ),
            ("mewujudkan birokrasi yang bersih dan melayani", "meningkatkan profesionalisme aparatur"),
        ),
        Topic(
            "informasi",
            (
                "penguatan pelayanan informasi publik",
                "pelatihan pengelola media sosial pemerintah",
                "uji konsekuensi informasi publik",
                "pemutakhiran daftar informasi publik",
                "peliputan kegiatan pimpinan daerah",
            ),
            (
                "Setiap badan publik wajib menyediakan informasi berkala dan serta-merta.",
                "Permohonan informasi dapat diajukan secara daring maupun datang langsung ke meja layanan PPID.",
                "Sebanyak {count} pengelola media sosial dari perangkat daerah mengikuti pelatihan ini.",
                "Indeks keterbukaan informasi publik daerah naik menjadi {percent} poin.",
            ),
            ("memperkuat keterbukaan informasi publik", "menyebarluaskan informasi pembangunan"),
        ),
        Topic(
            "pertanian",
            (
                "penyaluran bibit kelapa",
                "bantuan alat tangkap nelayan",
                "pendampingan petani sagu",
                "penanaman mangrove",
                "pemeriksaan kesehatan hewan kurban",
            ),
            (
                "Sebanyak {count} batang bibit diserahkan kepada kelompok tani di {place}.",
                "Nelayan penerima bantuan wajib tergabung dalam kelompok usaha bersama.",
                "Produksi sagu daerah tahun {year} diperkirakan naik {percent} persen.",
                "Penanaman mangrove di pesisir diharapkan menahan laju abrasi.",
            ),
            ("meningkatkan pendapatan petani dan nelayan", "menjaga ketahanan pangan daerah"),
        ),
        Topic(
            "pemilu",
            (
                "sosialisasi pemilih pemula",
                "pemutakhiran data pemilih",
                "rekapitulasi hasil penghitungan suara",
                "bimbingan teknis penyelenggara ad hoc",
            ),
            (
                "Petugas mencocokkan dan meneliti data {count} pemilih di {place}.",
                "Pemilih pemula diajak memeriksa namanya di daftar pemilih tetap.",
                "Seluruh tahapan dapat dipantau masyarakat melalui laman resmi penyelenggara.",
            ),
            ("menjamin hak pilih setiap warga", "meningkatkan partisipasi pemilih"),
        ),
        Topic(
            "hukum",
            (
                "penyuluhan hukum bagi kepala desa",
                "pengungkapan kasus narkotika",
                "pengamanan arus mudik",
                "pemusnahan barang bukti",
                "pendampingan hukum pengelolaan dana desa",
            ),
            (
                "Barang bukti dari {count} perkara yang telah berkekuatan hukum tetap dimusnahkan.",
                "Kepala desa diingatkan mengelola dana desa secara transparan dan akuntabel.",
                "Personel disiagakan di pelabuhan {place} selama arus mudik berlangsung.",
            ),
            ("menegakkan hukum secara humanis", "mencegah penyimpangan pengelolaan keuangan desa"),
        ),
    )
}

# Sentences any release may carry: the words every government text shares.
COMMON = (
    "Kegiatan ini merupakan bagian dari program prioritas pemerintah daerah untuk mempercepat pembangunan "
    "di wilayah pesisir.",
    "Kegiatan tersebut dihadiri unsur Forkopimda, camat, kepala desa dan tokoh masyarakat setempat.",
    "Keberhasilan program tidak lepas dari dukungan dan partisipasi aktif masyarakat.",
    "Pemerintah daerah akan mengevaluasi pelaksanaan secara berkala agar program berjalan tepat sasaran.",
    "Sinergi antarperangkat daerah menjadi kunci percepatan pembangunan jalan, jembatan dan fasilitas umum lainnya.",
    "Pelayanan publik yang cepat, mudah dan terjangkau menjadi komitmen seluruh perangkat daerah.",
    "Masyarakat diimbau aktif mengikuti informasi resmi dan tidak mudah percaya pada kabar bohong.",
    "Seluruh kegiatan dilaksanakan sesuai ketentuan dan dilaporkan secara terbuka kepada publik.",
    "Pemerintah desa diminta menyebarluaskan informasi ini kepada warga hingga tingkat RT dan RW.",
    "Pelaksanaan kegiatan juga melibatkan mahasiswa, karang taruna dan organisasi kemasyarakatan.",
    "Pimpinan daerah meminta setiap perangkat daerah hadir langsung di tengah masyarakat, bukan hanya di kantor.",
    "Capaian program akan dilaporkan dalam rapat evaluasi bulanan bersama sekretaris daerah.",
    "Kendala di lapangan, seperti cuaca dan akses transportasi antarpulau, terus dicarikan jalan keluarnya.",
    "Anggaran kegiatan bersumber dari APBD kabupaten dan dukungan pemerintah provinsi.",
)
CONTEXT = (
    "Sepanjang tahun {year}, kegiatan serupa telah dilaksanakan di {percent} desa dan kelurahan.",
    "Program ini menjangkau {count} warga dan akan diperluas ke kecamatan lain secara bertahap.",
    "Sebelumnya, pemerintah daerah telah memetakan kebutuhan warga melalui musyawarah desa.",
    "Data capaian program dapat diakses masyarakat melalui portal informasi pemerintah daerah.",
    "Untuk mendukung kegiatan ini, pemerintah daerah menyiapkan anggaran sebesar {budget}.",
)
QUOTES = (
    "Kami ingin masyarakat merasakan langsung manfaat program ini",
    "Pelayanan harus cepat, mudah dan tidak dipungut biaya",
    "Kami mengajak seluruh warga ikut menjaga dan merawat hasil pembangunan",
    "Tidak boleh ada warga yang tertinggal dari pelayanan pemerintah",
    "Ini wujud kehadiran pemerintah di tengah masyarakat",
    "Kami terus berkoordinasi dengan desa agar data yang digunakan akurat",
    "Kami berharap kegiatan seperti ini dapat terus berlanjut setiap tahun",
)
SAID = ("kata", "ujar", "jelas", "tegas", "tutur")
LEAD_VERBS = ("melaksanakan", "menggelar", "memulai", "melanjutkan", "meninjau pelaksanaan", "menuntaskan")
TITLE_VERBS = ("Gelar", "Mulai", "Lanjutkan", "Tinjau", "Tuntaskan", "Percepat", "Gencarkan")
CLOSINGS = (
    "Informasi lebih lanjut dapat diperoleh melalui kanal resmi {short} atau layanan pengaduan masyarakat.",
    "Masyarakat dapat menyampaikan saran dan pengaduan melalui layanan aspirasi pemerintah daerah.",
    "Kegiatan serupa dijadwalkan berlanjut di desa lain hingga akhir tahun {year}.",
)


@dataclass(frozen=True)
class AgencySpec:
    slug: str
    name: str
    short_name: str
    kind: str
    topics: tuple[str, ...]
    weight: float = 1.0  # how many releases it writes, relative to the others
    parent: str = ""


def _kecamatan(index: int) -> str:
    return f"{VILLAGE_FIRST[index]} {VILLAGE_SECOND[(index * 7) % len(VILLAGE_SECOND)]}"


def agencies() -> list[AgencySpec]:
    """About forty agencies of a regency: dinas and badan, Setda sections, vertical offices, kecamatan."""
    specs = [
        AgencySpec("dinas-pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR", "dinas",
                   ("infrastruktur",), 2.0),
        AgencySpec("dinkes", "Dinas Kesehatan", "Dinkes", "dinas", ("kesehatan",), 2.0),
        AgencySpec("disdik", "Dinas Pendidikan", "Disdik", "dinas", ("pendidikan",), 1.5),
        AgencySpec("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas",
                   ("kependudukan",)),
        AgencySpec("dinsos", "Dinas Sosial", "Dinsos", "dinas", ("sosial",)),
        AgencySpec("diskominfo", "Dinas Komunikasi dan Informatika", "Diskominfo", "dinas", ("informasi",), 1.5),
        AgencySpec("disperindag", "Dinas Perindustrian dan Perdagangan", "Disperindag", "dinas", ("ekonomi",)),
        AgencySpec("diskop-ukm", "Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM", "dinas", ("ekonomi",)),
        AgencySpec("distan", "Dinas Pertanian dan Ketahanan Pangan", "Distan", "dinas", ("pertanian",)),
        AgencySpec("diskan", "Dinas Perikanan", "Diskan", "dinas", ("pertanian",)),
        AgencySpec("dlh", "Dinas Lingkungan Hidup", "DLH", "dinas", ("bencana", "pertanian")),
        AgencySpec("dishub", "Dinas Perhubungan", "Dishub", "dinas", ("infrastruktur", "keamanan")),
        AgencySpec("disperkim", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas",
                   ("infrastruktur", "sosial")),
        AgencySpec("bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD", "dinas", ("bencana",), 1.5),
        AgencySpec("bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "dinas", ("pemerintahan",)),
        AgencySpec("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "dinas", ("pemerintahan",)),
        AgencySpec("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "dinas",
                   ("kepegawaian",)),
        AgencySpec("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "dinas", ("keamanan", "pemilu")),
        AgencySpec("satpol-pp", "Satuan Polisi Pamong Praja", "Satpol PP", "dinas", ("keamanan",)),
        AgencySpec("dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "dinas", ("pemerintahan", "sosial")),
        AgencySpec("dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "dinas",
                   ("sosial", "kesehatan")),
        AgencySpec("dispora", "Dinas Pemuda dan Olahraga", "Dispora", "dinas", ("pendidikan",)),
        AgencySpec("prokopim", "Bagian Protokol dan Komunikasi Pimpinan Setdakab", "Prokopim", "bagian",
                   ("pemerintahan", "informasi"), 2.0),
        AgencySpec("bagian-hukum", "Bagian Hukum Setdakab", "Bagian Hukum", "bagian", ("hukum",)),
        AgencySpec("bagian-kesra", "Bagian Kesejahteraan Rakyat Setdakab", "Bagian Kesra", "bagian", ("sosial",)),
        AgencySpec("bagian-pbj", "Bagian Pengadaan Barang dan Jasa Setdakab", "Bagian PBJ", "bagian",
                   ("pemerintahan",)),
        AgencySpec("setwan", "Sekretariat DPRD", "Setwan", "dprd", ("pemerintahan",)),
        AgencySpec("imigrasi", "Kantor Imigrasi Kelas II", "Imigrasi", "vertikal", ("imigrasi",), 0.5),
        AgencySpec("polres", "Kepolisian Resor", "Polres", "vertikal", ("hukum", "keamanan")),
        AgencySpec("kejari", "Kejaksaan Negeri", "Kejari", "vertikal", ("hukum",)),
        AgencySpec("kpu", "Komisi Pemilihan Umum Kabupaten", "KPU", "vertikal", ("pemilu",)),
        AgencySpec("bps", "Badan Pusat Statistik Kabupaten", "BPS", "vertikal", ("ekonomi",)),
        AgencySpec("perumda-air", "Perusahaan Umum Daerah Air Minum", "Perumda Air Minum", "bumd",
                   ("infrastruktur",), 0.5),
        AgencySpec("pwi", "Persatuan Wartawan Indonesia Kabupaten", "PWI", "mitra", ("informasi",), 0.5),
    ]  # fmt: skip
    for index in range(2):
        place = _kecamatan(index + 5)
        slug = "upt-puskesmas-" + place.lower().replace(" ", "-")
        specs.append(AgencySpec(slug, f"UPT Puskesmas {place}", "", "upt", ("kesehatan",), 0.7, parent="dinkes"))
    for index in range(4):
        place = _kecamatan(index)
        slug = "kec-" + place.lower().replace(" ", "-")
        specs.append(AgencySpec(slug, f"Kecamatan {place}", "", "kecamatan", ("pemerintahan", "sosial"), 0.8))
    return specs


@dataclass(frozen=True)
class ThemeSpec:
    slug: str
    name: str
    kind: str
    topics: tuple[str, ...]


THEMES = (
    ThemeSpec("penurunan-stunting", "Percepatan Penurunan Stunting", "narasi_tunggal", ("kesehatan", "sosial")),
    ThemeSpec("pengendalian-inflasi", "Pengendalian Inflasi Daerah", "narasi_tunggal", ("ekonomi",)),
    ThemeSpec("siaga-bencana", "Siaga Bencana Pesisir", "kampanye", ("bencana",)),
    ThemeSpec("infrastruktur-desa", "Infrastruktur Desa", "lokal", ("infrastruktur",)),
    ThemeSpec("keterbukaan-informasi", "Keterbukaan Informasi Publik", "kampanye", ("informasi",)),
    ThemeSpec("pemilu-damai", "Pemilu Damai", "kampanye", ("pemilu", "keamanan")),
    ThemeSpec("reformasi-birokrasi", "Reformasi Birokrasi", "narasi_tunggal", ("kepegawaian", "pemerintahan")),
    ThemeSpec("ketahanan-pangan", "Ketahanan Pangan", "narasi_tunggal", ("pertanian",)),
)


@dataclass(frozen=True)
class ReleaseText:
    title: str
    summary: str
    body: str  # Markdown
    kind: str
    kip_class: str
    berkala_item: str
    topic: str


def village(rng: random.Random) -> str:
    return f"Desa {rng.choice(VILLAGE_FIRST)} {rng.choice(VILLAGE_SECOND)}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def rupiah(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"Rp{rng.randint(150, 950)} juta"
    return f"Rp{rng.randint(11, 95) / 10:.1f} miliar".replace(".", ",")


def title_case(text: str) -> str:
    """Indonesian headline capitals: every word but the short function words; acronyms stay."""
    words = text.split()
    return " ".join(w if (i and w in SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _slots(rng: random.Random, place: str, year: int) -> dict[str, object]:
    return {
        "place": place,
        "count": rng.choice((35, 48, 120, 215, 350, 420, 1250, 2300)),
        "budget": rupiah(rng),
        "percent": rng.randint(12, 97),
        "year": year,
        "km": f"{rng.randint(2, 45) / 2:g}".replace(".", ","),
    }


def _fill(template: str, slots: dict[str, object]) -> str:
    return template.format(**slots)


def release_text(rng: random.Random, agency: AgencySpec, published_at: datetime) -> ReleaseText:
    """One release of `agency`, dated `published_at`: dateline, lead, facts, quotes and a closing."""
    topic = TOPICS[rng.choice(agency.topics)]
    activity = rng.choice(topic.activities)
    place = village(rng)
    local = published_at.astimezone(JAKARTA)
    when = f"{WEEKDAYS[local.weekday()]} ({local.day}/{local.month}/{local.year})"
    short = agency.short_name or agency.name
    official = f"{rng.choice(POSITIONS)} {short}, {person(rng)}"
    slots = _slots(rng, place, local.year)

    title = title_case(f"{short} {rng.choice(TITLE_VERBS)} {activity} di {place}")
    purpose = rng.choice(topic.purposes)
    summary = f"{agency.name} {rng.choice(LEAD_VERBS)} {activity} di {place} untuk {purpose}."

    facts = rng.sample(topic.facts, k=min(len(topic.facts), rng.randint(3, 5)))
    common = rng.sample(COMMON, k=rng.randint(5, 8))
    context = rng.sample(CONTEXT, k=2)
    quotes = rng.sample(QUOTES, k=2)
    paragraphs = [
        f"**{TOWN}** – {agency.name} {rng.choice(LEAD_VERBS)} {activity} di {place}, {when}. "
        f"Kegiatan ini bertujuan {purpose}.",
        " ".join(_fill(s, slots) for s in facts[:2]),
        f"“{quotes[0]},” {rng.choice(SAID)} {official}. {common[0]}",
        " ".join(_fill(s, slots) for s in facts[2:]) + " " + common[1],
        " ".join(_fill(s, slots) for s in context) + " " + common[2],
        f"Ia menambahkan, {quotes[1][0].lower()}{quotes[1][1:]}. " + " ".join(common[3:]),
    ]
    if rng.random() < 0.2:
        days = rng.sample(WEEKDAYS[:5], k=3)
        paragraphs.append("Jadwal pelayanan berikutnya:\n\n" + "\n".join(f"- {d}: {village(rng)}" for d in days))
    paragraphs.append(_fill(rng.choice(CLOSINGS), {**slots, "short": short}))

    kind = rng.choices(("siaran_pers", "pengumuman", "artikel"), weights=(8, 1, 1))[0]
    kip_class, berkala_item = "setiap_saat", ""
    if topic.key == "bencana" and rng.random() < 0.4:
        kip_class = "serta_merta"
    elif topic.key in {"pemerintahan", "kepegawaian"} and rng.random() < 0.3:
        kip_class, berkala_item = "berkala", rng.choice("BCFJ")
    return ReleaseText(title, summary, "\n\n".join(paragraphs), kind, kip_class, berkala_item, topic.key)
