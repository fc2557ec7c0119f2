"""The PPID demo of the Meranti forum: a year of information requests, the DIP, the DIK and the
maklumat pelayanan, written for Sinergi from DOMAIN.md sections 2-4 and 7. Loaded by `ppid.demo`.

Every requester is invented: the addresses are on "Jl. Contoh" or "Gg. Fiktif", the NIKs and deed
numbers are zeros, the e-mail addresses are on example.org (a domain reserved for examples, so
no mail reaches anyone) and the phone numbers are zeros. Officials are named by office only.

Dates are in working days (hari kerja), counted back from the day the demo is loaded: `ago` is
when a request came in, and each later step counts from the one before it, so the clock shows
what is open, due, overdue and answered whatever day it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sinergi.core.classification import BerkalaItem, ExemptionGround, KipClass
from sinergi.ppid.models import (
    Availability,
    Channel,
    Decision,
    Delivery,
    DisputeResult,
    Held,
    ObjectionOutcome,
    RequesterType,
)
from sinergi.ppid.models.request import Access, Form

# --- Who asks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Requester:
    name: str
    id_number: str
    address: str
    occupation: str = ""
    phone: str = ""
    email: str = ""
    kind: str = RequesterType.PERSON


MAHASISWA = Requester("Rizky Pratama Putra", "0000000000000001",
                      "Jl. Contoh Merdeka No. 12, Kelurahan Selatpanjang Kota, Kecamatan Tebing Tinggi",
                      "Mahasiswa", "0812-0000-0001", "rizky.pratama@example.org")  # fmt: skip
WARTAWAN = Requester("Hendri Wijaya", "0000000000000002",
                     "Jl. Contoh Pelabuhan No. 21, Kelurahan Selatpanjang Barat, Kecamatan Tebing Tinggi",
                     "Wartawan media daring", "0813-0000-0002", "hendri.wijaya@example.org")  # fmt: skip
GIZI = Requester("Kelompok Peduli Gizi Anak Tebing Tinggi Barat", "SK-DESA-0000/DEMO/2025",
                 "Gg. Fiktif Melati No. 3, Kecamatan Tebing Tinggi Barat", "Kelompok masyarakat",
                 "0852-0000-0003", "", RequesterType.GROUP)  # fmt: skip
KONTRAKTOR = Requester("CV Contoh Karya Pesisir", "AHU-0000000.AH.01.14.TAHUN 2020",
                       "Jl. Contoh Diponegoro No. 8, Kelurahan Selatpanjang Selatan, Kecamatan Tebing Tinggi",
                       "Badan usaha jasa konstruksi", "0761-000-004", "cv.contoh.karya@example.org",
                       RequesterType.LEGAL_ENTITY)  # fmt: skip
GURU = Requester("Lina Marlina", "0000000000000005", "Jl. Contoh Kenanga No. 5, Desa Contoh, Kecamatan Merbau",
                 "Guru", "0821-0000-0005", "lina.marlina@example.org")  # fmt: skip
LSM = Requester("Lembaga Kajian Anggaran Pesisir (LKAP)", "AHU-0000000.AH.01.07.TAHUN 2019",
                "Jl. Contoh Imam Bonjol No. 40, Kelurahan Selatpanjang Timur, Kecamatan Tebing Tinggi",
                "Lembaga swadaya masyarakat", "0811-0000-0006", "lkap.sekretariat@example.org",
                RequesterType.LEGAL_ENTITY)  # fmt: skip
PETANI = Requester("Syamsul Bahri", "0000000000000007", "Gg. Fiktif Sagu No. 9, Desa Contoh, Kecamatan Tasik Putri Puyu",
                   "Petani sagu", "0853-0000-0007", "")  # fmt: skip
KOMITE = Requester("Forum Orang Tua Murid SD Kecamatan Rangsang", "SK-CAMAT-0000/DEMO/2025",
                   "Jl. Contoh Sekolah No. 2, Desa Contoh, Kecamatan Rangsang", "Kelompok masyarakat",
                   "0822-0000-0008", "forum.ortu@example.org", RequesterType.GROUP)  # fmt: skip
WARGA = Requester("Suryani Tanjaya", "0000000000000009",
                  "Jl. Contoh Ahmad Yani No. 77, Kelurahan Selatpanjang Kota, Kecamatan Tebing Tinggi",
                  "Wiraswasta", "0812-0000-0009", "suryani.t@example.org")  # fmt: skip
DOSEN = Requester("Irwan Syahputra", "0000000000000010",
                  "Jl. Contoh Kampus No. 1, Kelurahan Selatpanjang Selatan, Kecamatan Tebing Tinggi",
                  "Dosen dan peneliti kebijakan publik", "0813-0000-0010", "irwan.syahputra@example.org")  # fmt: skip
NELAYAN = Requester("Kelompok Nelayan Bahari Selatpanjang Timur", "SK-LURAH-0000/DEMO/2024",
                    "Gg. Fiktif Bahari No. 14, Kelurahan Selatpanjang Timur, Kecamatan Tebing Tinggi",
                    "Kelompok nelayan", "0852-0000-0011", "", RequesterType.GROUP)  # fmt: skip
BIRO = Requester("PT Contoh Wisata Selat", "AHU-0000000.AH.01.01.TAHUN 2018",
                 "Jl. Contoh Teuku Umar No. 30, Kelurahan Selatpanjang Kota, Kecamatan Tebing Tinggi",
                 "Biro perjalanan", "0761-000-012", "wisata.selat@example.org",
                 RequesterType.LEGAL_ENTITY)  # fmt: skip
IBU = Requester("Nurhayati", "0000000000000013", "Gg. Fiktif Pinang No. 6, Desa Contoh, Kecamatan Rangsang Barat",
                "Ibu rumah tangga", "0823-0000-0013", "")  # fmt: skip
PEMUDA = Requester("Karang Taruna Desa Contoh", "SK-DESA-0000/DEMO/2026",
                   "Jl. Contoh Pemuda No. 4, Desa Contoh, Kecamatan Pulaumerbau", "Organisasi kepemudaan",
                   "0821-0000-0014", "karangtaruna.contoh@example.org", RequesterType.GROUP)  # fmt: skip


# --- What they ask, and how it went ----------------------------------------------------------------


@dataclass(frozen=True)
class DemoNotice:
    """The written notice, given `day` working days after the request came in."""

    day: int
    decision: str = Decision.GRANTED
    material: str = ""
    held: str = Held.YES
    holder: str = ""
    blacked_out: str = ""
    ground: str = ""
    dik: str = ""  # decree number of the DIK entry behind a refusal or a blacked-out part
    refusal_reason: str = ""
    cost: int = 0
    payment_method: str = ""


@dataclass(frozen=True)
class DemoDispute:
    """Before the Komisi Informasi Provinsi Riau; each date counts working days from the one before."""

    filed: int  # after the atasan's answer
    case_number: str  # "{year}" becomes the year it was filed
    mediation: int | None = None  # after filing
    adjudication: int | None = None  # after mediation began (when it failed)
    decided: int | None = None  # after the last stage began
    result: str = ""
    outcome: str = ""


@dataclass(frozen=True)
class DemoObjection:
    """A keberatan filed `day` working days after its ground arose (the notice, or its lapse)."""

    day: int
    grounds: tuple[str, ...]
    statement: str
    answered: int | None = None  # working days after filing; None while the atasan still has time
    outcome: str = ""
    answer: str = ""
    requester_response: str = ""
    dispute: DemoDispute | None = None


@dataclass(frozen=True)
class DemoRequest:
    """One request. The loader keys it by its subject, which no later step changes."""

    key: str  # for tests and for the reader
    ago: int  # working days before loading that it came in
    agency: str  # where the requester sent it; "" when they did not know
    requester: Requester
    subject: str
    purpose: str
    channel: str = Channel.WEB
    access: str = Access.COPY
    form: str = Form.SOFTCOPY
    delivery: str = Delivery.EMAIL
    routed: tuple[int, str, str] | None = None  # (day, agency, comment): the PPID utama routes it
    forwarded: tuple[int, str, str] | None = None  # (day, agency, reason): "not held by us, held by X"
    extended: tuple[int, str] | None = None  # (day, written reason)
    notice: DemoNotice | None = None
    objection: DemoObjection | None = None


# How the notice states the format and delivery the requester chose.
FORM_TEXT = {Form.SOFTCOPY: "Salinan elektronik (PDF/XLSX)", Form.HARDCOPY: "Salinan cetak"}
DELIVERY_TEXT = {
    Delivery.EMAIL: "Surel ke alamat pemohon",
    Delivery.PICK_UP: "Diambil langsung di meja layanan PPID",
    Delivery.POST: "Pos tercatat",
    Delivery.COURIER: "Kurir",
    Delivery.FAX: "Faksimili",
}
FREE = "Tanpa biaya"
PHOTOCOPY = "Tunai di meja layanan PPID, dengan kuitansi (biaya penggandaan Rp500 per lembar)"
ATASAN_POSITION = "Sekretaris Daerah Kabupaten Kepulauan Meranti selaku Atasan PPID"

REQUESTS = [
    DemoRequest(
        key="rpjmd",
        ago=228,
        agency="bappeda",
        requester=MAHASISWA,
        subject="Salinan dokumen RPJMD Kabupaten Kepulauan Meranti 2021-2026 beserta tabel indikator kinerja "
        "utama dan capaiannya per tahun.",
        purpose="Bahan penyusunan skripsi tentang perencanaan pembangunan daerah kepulauan.",
        notice=DemoNotice(
            5,
            material="Salinan elektronik Perda RPJMD 2021-2026 (PDF) dan tabel capaian indikator "
            "kinerja utama 2021-2025 (XLSX).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="stunting-agregat",
        ago=222,
        agency="",
        requester=GIZI,
        subject="Data jumlah balita stunting per kecamatan hasil pengukuran serentak di posyandu tahun 2025, "
        "tanpa identitas anak.",
        purpose="Menentukan desa sasaran kegiatan pendampingan gizi oleh kelompok.",
        routed=(1, "dinkes", "Data hasil pengukuran balita di posyandu dihimpun dan dikuasai Dinas Kesehatan."),
        notice=DemoNotice(
            7,
            material="Rekapitulasi jumlah dan persentase balita stunting per kecamatan dan per "
            "puskesmas hasil pengukuran serentak 2025 (XLSX), tanpa nama dan alamat anak.",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="paspor-2025",
        ago=216,
        agency="imigrasi",
        requester=WARTAWAN,
        subject="Jumlah paspor yang diterbitkan Kantor Imigrasi Selatpanjang per bulan selama tahun 2025, dibedakan "
        "paspor biasa dan paspor elektronik.",
        purpose="Bahan berita tentang minat warga Meranti bepergian ke luar negeri.",
        notice=DemoNotice(
            3, material="Tabel jumlah penerbitan paspor per bulan Januari-Desember 2025 menurut jenis paspor (PDF)."
        ),  # fmt: skip
    ),
    DemoRequest(
        key="kontrak-jalan",
        ago=209,
        agency="dinas-pupr",
        requester=KONTRAKTOR,
        subject="Salinan kontrak, adendum, dan laporan kemajuan fisik paket peningkatan jalan lingkungan di "
        "Kecamatan Rangsang Barat tahun anggaran 2025.",
        purpose="Pembanding bagi badan usaha dalam menyusun penawaran pekerjaan sejenis.",
        channel=Channel.IN_PERSON,
        form=Form.HARDCOPY,
        delivery=Delivery.PICK_UP,
        notice=DemoNotice(
            9,
            decision=Decision.PARTLY,
            material="Salinan cetak kontrak, adendum pertama, dan laporan kemajuan fisik bulan terakhir "
            "(46 lembar), dengan bagian yang dihitamkan.",
            blacked_out="Nomor rekening bank penyedia pada syarat-syarat khusus kontrak; NIK, alamat rumah, dan "
            "tanda tangan personel inti pada lampiran daftar personel.",
            ground=ExemptionGround.H,
            dik="188.4/PPID-PUPR/III/2025/01",
            cost=23000,
            payment_method=PHOTOCOPY,
        ),
    ),
    DemoRequest(
        key="penduduk-merbau",
        ago=203,
        agency="disdukcapil",
        requester=GURU,
        subject="Jumlah penduduk menurut kelompok umur dan jenis kelamin per desa di Kecamatan Merbau, keadaan "
        "semester II 2025.",
        purpose="Bahan ajar muatan lokal tentang kependudukan di sekolah.",
        notice=DemoNotice(
            4,
            material="Tabel agregat penduduk per desa menurut kelompok umur lima tahunan dan jenis "
            "kelamin, semester II 2025 (XLSX).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="asesmen-pejabat",
        ago=197,
        agency="",
        requester=LSM,
        subject="Hasil asesmen kompetensi dan nilai kinerja seluruh pejabat administrator di lingkungan Pemerintah "
        "Kabupaten Kepulauan Meranti tahun 2025, per nama pejabat.",
        purpose="Kajian lembaga tentang sistem merit dalam pengisian jabatan di daerah.",
        routed=(1, "bkd", "Hasil asesmen dan penilaian kinerja pejabat dikelola Badan Kepegawaian Daerah."),
        notice=DemoNotice(
            9,
            decision=Decision.REFUSED,
            ground=ExemptionGround.H,
            dik="800/PPID-BKD/II/2025/01",
            refusal_reason="Hasil asesmen kompetensi dan penilaian kinerja per nama pejabat adalah hasil evaluasi "
            "kapabilitas seseorang yang dikecualikan menurut Pasal 17 huruf h angka 4 UU 14/2008 dan tercatat dalam "
            "Daftar Informasi yang Dikecualikan BKD. Rekapitulasi tanpa nama dapat dimohonkan tersendiri.",
        ),
        objection=DemoObjection(
            6,
            grounds=("a",),
            statement="Kami tidak meminta data kesehatan atau keuangan pribadi, melainkan hasil seleksi jabatan "
            "publik yang dibiayai negara. Penolakan seluruhnya tanpa menawarkan bagian yang dapat dibuka tidak "
            "sesuai dengan asas informasi yang ketat dan terbatas.",
            answered=21,
            outcome=ObjectionOutcome.REJECTED,
            answer="Atasan PPID menguatkan penolakan PPID Pelaksana BKD. Hasil asesmen per nama pejabat adalah "
            "evaluasi kapabilitas seseorang (Pasal 17 huruf h angka 4). Pemohon dipersilakan memohon rekapitulasi "
            "hasil asesmen per kelompok jabatan tanpa nama.",
            requester_response="Tidak menerima; lembaga mengajukan sengketa informasi ke Komisi Informasi Provinsi "
            "Riau.",
            dispute=DemoDispute(
                9,
                case_number="017/REG-PSI/KI-RIAU/{year}",
                mediation=12,
                adjudication=20,
                decided=35,
                result=DisputeResult.PARTLY,
                outcome="Mediasi tidak mencapai kesepakatan. Majelis Komisioner memutus: hasil asesmen per nama "
                "tetap dikecualikan, tetapi BKD wajib memberikan rekapitulasi nilai asesmen dan nilai kinerja per "
                "kelompok jabatan dan per perangkat daerah tanpa nama, paling lambat 14 hari kerja setelah putusan "
                "berkekuatan hukum tetap.",
            ),
        ),
    ),
    DemoRequest(
        key="dbd-2025",
        ago=190,
        agency="dinkes",
        requester=WARTAWAN,
        subject="Jumlah kasus demam berdarah dengue per puskesmas dan per bulan tahun 2025, serta jumlah kasus yang "
        "meninggal dunia.",
        purpose="Bahan liputan kewaspadaan DBD pada musim hujan.",
        notice=DemoNotice(
            6,
            material="Tabel kasus DBD per puskesmas dan per bulan tahun 2025 beserta angka "
            "kematian (XLSX), tanpa identitas pasien.",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="titik-panas",
        ago=183,
        agency="diskominfotik",
        requester=PETANI,
        subject="Data titik panas dan luas lahan gambut yang terbakar per kecamatan selama musim kemarau 2025.",
        purpose="Bahan musyawarah kelompok tani tentang pencegahan kebakaran kebun sagu.",
        channel=Channel.IN_PERSON,
        form=Form.HARDCOPY,
        delivery=Delivery.PICK_UP,
        forwarded=(
            2,
            "bpbd",
            "Data titik panas dan luas lahan terbakar dihimpun dan dikuasai BPBD sebagai "
            "pelaksana penanggulangan kebakaran hutan dan lahan, bukan Diskominfotik.",
        ),  # fmt: skip
        notice=DemoNotice(
            8,
            material="Rekapitulasi titik panas dan luas lahan terbakar per kecamatan Juni-"
            "September 2025 dengan peta sebarannya (6 lembar).",
            cost=3000,
            payment_method=PHOTOCOPY,
        ),  # fmt: skip
    ),
    DemoRequest(
        key="dana-bos",
        ago=176,
        agency="disdik",
        requester=KOMITE,
        subject="Laporan realisasi penggunaan Dana BOS tahun anggaran 2025 untuk seluruh SD negeri di Kecamatan "
        "Rangsang.",
        purpose="Bahan rapat orang tua murid tentang kebutuhan sarana sekolah.",
        notice=DemoNotice(
            14,
            material="Rekapitulasi realisasi Dana BOS 2025 per sekolah dan per komponen "
            "penggunaan untuk 12 SD negeri di Kecamatan Rangsang (PDF).",
        ),  # fmt: skip
        objection=DemoObjection(
            5,
            grounds=("g",),
            statement="Pemberitahuan tertulis baru kami terima setelah 14 hari kerja, tanpa pemberitahuan "
            "perpanjangan waktu. Kami meminta agar keterlambatan ini tidak terulang.",
            answered=12,
            outcome=ObjectionOutcome.UPHELD,
            answer="Keberatan diterima. Pemberitahuan tertulis terlambat empat hari kerja tanpa perpanjangan. Atasan "
            "PPID meminta Dinas Pendidikan menunjuk petugas pengganti bila PPID Pelaksana berhalangan, dan "
            "memantau jangka waktu melalui ringkasan harian Sinergi.",
            requester_response="Menerima jawaban atasan PPID.",
        ),
    ),
    DemoRequest(
        key="perlintasan-kerabat",
        ago=169,
        agency="imigrasi",
        requester=IBU,
        subject="Riwayat perlintasan dan salinan data paspor atas nama adik kandung saya yang bekerja di luar negeri.",
        purpose="Mengetahui keberadaan adik yang sudah lama tidak memberi kabar.",
        channel=Channel.IN_PERSON,
        delivery=Delivery.PICK_UP,
        notice=DemoNotice(
            5,
            decision=Decision.REFUSED,
            ground=ExemptionGround.H,
            dik="PPID-IMI.SPJ/I/2025/01",
            refusal_reason="Data paspor dan riwayat perlintasan adalah data pribadi pemegangnya dan hanya dapat "
            "diberikan kepada yang bersangkutan atau kuasanya. Untuk mencari anggota keluarga di luar negeri, "
            "pemohon kami arahkan ke layanan pelindungan WNI dan pengaduan pekerja migran.",
        ),
    ),
    DemoRequest(
        key="realisasi-apbd",
        ago=162,
        agency="bpkad",
        requester=LSM,
        subject="Ringkasan realisasi pendapatan dan belanja APBD semester I tahun anggaran 2026 per perangkat daerah.",
        purpose="Pemantauan penyerapan anggaran oleh masyarakat sipil.",
        notice=DemoNotice(8, material="Laporan realisasi semester I TA 2026 per perangkat daerah (PDF dan XLSX)."),
    ),
    DemoRequest(
        key="peta-bidang",
        ago=155,
        agency="dinas-pupr",
        requester=WARGA,
        subject="Peta bidang tanah dan status hak atas tanah di sepanjang rencana jalan lingkar Kota Selatpanjang.",
        purpose="Mengetahui apakah tanah keluarga terkena rencana jalan.",
        notice=DemoNotice(
            6, decision="", held=Held.NO, holder="Kantor Pertanahan Kabupaten Kepulauan Meranti (Kementerian ATR/BPN)"
        ),  # fmt: skip
    ),
    DemoRequest(
        key="notulen-rkpd",
        ago=148,
        agency="bappeda",
        requester=DOSEN,
        subject="Notulen dan bahan paparan rapat internal tim penyusun rancangan awal RKPD 2027 sebelum "
        "konsultasi publik.",
        purpose="Penelitian tentang proses perencanaan pembangunan daerah.",
        notice=DemoNotice(
            9,
            decision=Decision.REFUSED,
            ground=ExemptionGround.I,
            dik="188.4/PPID-BAPPEDA/IV/2025/01",
            refusal_reason="Notulen dan bahan rapat internal sebelum rancangan ditetapkan adalah memorandum "
            "intra badan publik yang menurut sifatnya dirahasiakan (Pasal 17 huruf i UU 14/2008). Rancangan awal "
            "RKPD 2027 akan dibuka pada konsultasi publik dan dapat dimohonkan setelah itu.",
        ),
    ),
    DemoRequest(
        key="dpt-pilkada",
        ago=140,
        agency="disdukcapil",
        requester=MAHASISWA,
        subject="Rekapitulasi daftar pemilih tetap per kecamatan dan per jenis kelamin pada Pilkada Serentak 2024 "
        "di Kabupaten Kepulauan Meranti.",
        purpose="Data pendukung penelitian tentang partisipasi pemilih pemula.",
        forwarded=(
            1,
            "kpu",
            "Daftar pemilih tetap ditetapkan dan dikuasai KPU Kabupaten Kepulauan Meranti, bukan Disdukcapil.",
        ),  # fmt: skip
        notice=DemoNotice(7, material="Rekapitulasi DPT Pilkada 2024 per kecamatan dan jenis kelamin (PDF)."),
    ),
    DemoRequest(
        key="penertiban-pkl",
        ago=131,
        agency="satpol-pp",
        requester=WARGA,
        subject="Jumlah kegiatan penertiban pedagang kaki lima dan bangunan tanpa izin per bulan sejak Januari 2025.",
        purpose="Bahan usulan penataan kawasan pasar kepada DPRD.",
        notice=DemoNotice(
            10,
            decision="",
            held=Held.NOT_DOCUMENTED,
            material="Belum ada rekapitulasi bulanan: kegiatan penertiban baru dicatat dalam laporan "
            "harian regu. PPID akan memberi tahu pemohon bila rekapitulasi selesai disusun.",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="penerima-bansos",
        ago=122,
        agency="dinsos-p3a",
        requester=PEMUDA,
        subject="Daftar penerima bantuan pangan beras tahun 2026 di desa kami lengkap dengan NIK dan alamatnya.",
        purpose="Mencocokkan penerima dengan warga yang dinilai layak oleh pengurus desa.",
        notice=DemoNotice(
            8,
            decision=Decision.PARTLY,
            material="Daftar penerima bantuan pangan tahun 2026 di desa pemohon: nama penerima, RT/RW, dan tahap "
            "penyaluran (PDF).",
            blacked_out="NIK, nomor kartu keluarga, dan alamat lengkap penerima.",
            ground=ExemptionGround.H,
            dik="188.4/PPID-DINSOSP3A/VIII/2025/06",
        ),
    ),
    DemoRequest(
        key="wifi-publik",
        ago=114,
        agency="diskominfotik",
        requester=PEMUDA,
        subject="Daftar lokasi titik akses internet gratis milik pemerintah daerah dan anggaran langganannya tahun "
        "2026.",
        purpose="Usulan penambahan titik akses di balai desa.",
        notice=DemoNotice(
            5,
            material="Daftar 38 lokasi titik akses internet publik beserta kapasitas dan pagu "
            "anggaran langganan 2026 (XLSX).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="laka-lantas",
        ago=104,
        agency="polres",
        requester=WARTAWAN,
        subject="Statistik kecelakaan lalu lintas per bulan tahun 2025 dan semester I 2026 menurut lokasi kecamatan.",
        purpose="Bahan liputan keselamatan berkendara menjelang libur sekolah.",
        notice=DemoNotice(
            6, material="Tabel jumlah kejadian, korban luka, dan korban meninggal per bulan dan per kecamatan (PDF)."
        ),  # fmt: skip
    ),
    DemoRequest(
        key="ormas",
        ago=95,
        agency="kesbangpol",
        requester=DOSEN,
        subject="Daftar organisasi kemasyarakatan yang terdaftar di Kabupaten Kepulauan Meranti beserta bidang "
        "kegiatannya.",
        purpose="Pemetaan organisasi masyarakat sipil untuk penelitian.",
        notice=DemoNotice(
            4,
            material="Daftar ormas yang memiliki surat keterangan terdaftar: nama, bidang, dan "
            "kecamatan sekretariat (XLSX).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="anggaran-stunting",
        ago=86,
        agency="dinkes",
        requester=GIZI,
        subject="Anggaran dan realisasi kegiatan percepatan penurunan stunting per puskesmas pada triwulan II 2026.",
        purpose="Menyusun usulan kegiatan kelompok yang tidak tumpang tindih dengan program puskesmas.",
        extended=(
            8,
            "Data realisasi harus dihimpun dan diverifikasi dari sembilan puskesmas; sebagian laporan "
            "puskesmas kepulauan belum masuk.",
        ),  # fmt: skip
        notice=DemoNotice(
            15, material="Tabel pagu dan realisasi kegiatan penurunan stunting triwulan II 2026 per puskesmas (XLSX)."
        ),  # fmt: skip
    ),
    DemoRequest(
        key="berkas-penyidikan",
        ago=68,
        agency="kejari",
        requester=WARTAWAN,
        subject="Salinan berita acara pemeriksaan saksi dalam perkara dugaan korupsi yang sedang disidik Kejaksaan "
        "Negeri Kepulauan Meranti.",
        purpose="Bahan liputan investigasi.",
        notice=DemoNotice(
            7,
            decision=Decision.REFUSED,
            ground=ExemptionGround.A,
            dik="KEP-03/PPID.KJR-MRT/05/2025",
            refusal_reason="Berita acara pemeriksaan dalam tahap penyidikan dapat menghambat proses penyidikan "
            "(Pasal 17 huruf a angka 1 UU 14/2008). Perkembangan tahapan perkara disampaikan melalui siaran pers "
            "resmi.",
        ),
        objection=DemoObjection(
            5,
            grounds=("a",),
            statement="Sebagian saksi sudah diperiksa berbulan-bulan lalu. Kami meminta setidaknya daftar saksi yang "
            "telah diperiksa dan tanggal pemeriksaannya dibuka.",
            answered=14,
            outcome=ObjectionOutcome.REJECTED,
            answer="Atasan PPID menguatkan penolakan. Daftar saksi dan tanggal pemeriksaan menjadi bagian berkas "
            "penyidikan yang masih berjalan; informasi tersebut terbuka di persidangan.",
            requester_response="Tidak menerima; mengajukan sengketa ke Komisi Informasi Provinsi Riau.",
            dispute=DemoDispute(6, case_number="052/REG-PSI/KI-RIAU/{year}", mediation=14),
        ),
    ),
    DemoRequest(
        key="rob-nelayan",
        ago=55,
        agency="bpbd",
        requester=NELAYAN,
        subject="Peta kawasan rawan banjir rob dan jalur evakuasi di Kelurahan Selatpanjang Timur.",
        purpose="Disosialisasikan kepada anggota kelompok nelayan.",
        channel=Channel.IN_PERSON,
        form=Form.HARDCOPY,
        delivery=Delivery.PICK_UP,
        notice=DemoNotice(
            3,
            material="Peta rawan banjir rob dan jalur evakuasi Kelurahan Selatpanjang Timur "
            "ukuran A3 (2 lembar berwarna).",
            cost=10000,
            payment_method="Tunai di meja layanan PPID, dengan kuitansi (cetak berwarna A3)",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="standar-paspor",
        ago=44,
        agency="imigrasi",
        requester=BIRO,
        subject="Standar pelayanan, persyaratan, dan waktu penyelesaian paspor bagi pemohon rombongan umrah.",
        purpose="Informasi bagi calon jemaah yang kami dampingi.",
        channel=Channel.EMAIL,
        notice=DemoNotice(2, material="Standar pelayanan paspor dan ketentuan layanan rombongan (PDF)."),
    ),
    DemoRequest(
        key="jalan-ttt",
        ago=33,
        agency="dinas-pupr",
        requester=PEMUDA,
        subject="Rencana anggaran dan jadwal perbaikan jalan poros desa di Kecamatan Tebing Tinggi Timur tahun 2027.",
        purpose="Bahan musyawarah perencanaan pembangunan desa.",
        notice=DemoNotice(
            7,
            material="Kutipan rancangan program Dinas PUPR 2027 untuk Kecamatan Tebing Tinggi "
            "Timur: ruas, volume, dan pagu indikatif (PDF).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="formasi-pppk",
        ago=26,
        agency="bkd",
        requester=GURU,
        subject="Rincian formasi PPPK guru tahun anggaran 2026 per sekolah dan per mata pelajaran.",
        purpose="Mengetahui peluang formasi bagi guru honorer di Kecamatan Merbau.",
        notice=DemoNotice(8, material="Jumlah formasi PPPK guru tahun anggaran 2026 per jenjang (PDF)."),
        objection=DemoObjection(
            6,
            grounds=("d",),
            statement="Yang kami minta rincian per sekolah dan mata pelajaran, tetapi yang diberikan hanya jumlah "
            "per jenjang.",
        ),
    ),
    DemoRequest(
        key="guru-honorer",
        ago=22,
        agency="",
        requester=KOMITE,
        subject="Jumlah guru honorer per sekolah dasar dan sumber honornya di Kecamatan Rangsang tahun 2026.",
        purpose="Bahan usulan kepada pemerintah daerah tentang kekurangan guru.",
        routed=(2, "disdik", "Data guru honorer dikelola Dinas Pendidikan."),
    ),
    DemoRequest(
        key="hibah-bansos",
        ago=19,
        agency="bpkad",
        requester=LSM,
        subject="Daftar penerima hibah dan bantuan sosial berupa uang dari APBD 2026 beserta nilai dan tanggal "
        "pencairannya.",
        purpose="Pemantauan akuntabilitas belanja hibah menjelang akhir tahun anggaran.",
        extended=(
            9,
            "Daftar pencairan harus dicocokkan dengan naskah perjanjian hibah di beberapa perangkat daerah.",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="drainase",
        ago=12,
        agency="dinas-pupr",
        requester=WARGA,
        subject="Gambar rencana dan jadwal pelaksanaan pekerjaan drainase di ruas Jalan Diponegoro, Selatpanjang.",
        purpose="Mengatur kegiatan usaha selama pekerjaan berlangsung.",
        extended=(8, "Gambar rencana masih direvisi konsultan perencana setelah peninjauan lapangan."),
    ),
    DemoRequest(
        key="kia-anak",
        ago=9,
        agency="disdukcapil",
        requester=IBU,
        subject="Persyaratan dan jadwal layanan keliling Kartu Identitas Anak di Kecamatan Rangsang Barat.",
        purpose="Mengurus KIA untuk anak.",
        channel=Channel.IN_PERSON,
        access=Access.VIEW,
        delivery=Delivery.PICK_UP,
        notice=DemoNotice(
            2,
            material="Lembar persyaratan KIA dan jadwal layanan keliling Disdukcapil triwulan IV "
            "(diperlihatkan dan diberikan di meja layanan).",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="posyandu",
        ago=6,
        agency="dinkes",
        requester=NELAYAN,
        subject="Jadwal posyandu dan kelas ibu hamil di wilayah kerja Puskesmas Selatpanjang untuk bulan depan.",
        purpose="Disebarkan kepada keluarga nelayan anggota kelompok.",
    ),
    DemoRequest(
        key="pelabuhan",
        ago=4,
        agency="",
        requester=BIRO,
        subject="Rencana pengembangan pelabuhan penumpang di Selatpanjang dalam dokumen perencanaan daerah.",
        purpose="Perencanaan usaha angkutan wisata.",
        channel=Channel.EMAIL,
        routed=(
            1,
            "bappeda",
            "Rencana pengembangan pelabuhan termuat dalam dokumen perencanaan yang dikuasai Bappeda.",
        ),  # fmt: skip
    ),
    DemoRequest(
        key="antrean-paspor",
        ago=3,
        agency="imigrasi",
        requester=MAHASISWA,
        subject="Kuota harian dan rata-rata waktu tunggu layanan paspor pada bulan Oktober dan November 2026.",
        purpose="Tugas mata kuliah pelayanan publik.",
    ),
    DemoRequest(
        key="belum-diteruskan",
        ago=1,
        agency="",
        requester=PETANI,
        subject="Program bantuan bibit dan pupuk untuk kebun sagu rakyat tahun 2027 dan syarat pengajuannya.",
        purpose="Persiapan pengajuan bantuan oleh kelompok tani.",
    ),
]


# --- Daftar Informasi yang Dikecualikan ------------------------------------------------------------


@dataclass(frozen=True)
class DemoDik:
    agency: str
    information: str
    ground: str
    legal_basis: str
    consequence: str
    public_interest: str
    decree_number: str
    decree_date: dt.date
    ends_on: dt.date | None = None
    label: str = ""  # how a written notice names the entry


_UU_KIP = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik"

DIK = [
    DemoDik(
        agency="kejari",
        label="dokumen penyidikan perkara",
        information="Berita acara pemeriksaan, keterangan saksi, hasil penggeledahan dan penyitaan, serta alat bukti "
        "perkara dugaan tindak pidana korupsi yang masih dalam tahap penyidikan.",
        ground=ExemptionGround.A,
        legal_basis=f"Pasal 17 huruf a angka 1 {_UU_KIP}.",
        consequence="Dapat mengganggu pengumpulan alat bukti, membuka peluang penghilangan barang bukti atau "
        "pengaruh terhadap saksi, dan merugikan asas praduga tak bersalah.",
        public_interest="Kepentingan publik lebih terlindungi bila informasi dibuka pada persidangan yang terbuka "
        "untuk umum; perkembangan tahapan perkara tetap disampaikan melalui siaran pers.",
        ends_on=dt.date(2027, 5, 31),
        decree_number="KEP-03/PPID.KJR-MRT/05/2025",
        decree_date=dt.date(2025, 5, 12),
    ),
    DemoDik(
        agency="dinas-pupr",
        label="rincian HPS sebelum tender",
        information="Rincian harga satuan, analisis harga, dan perhitungan Harga Perkiraan Sendiri (HPS) paket "
        "pekerjaan yang belum ditenderkan.",
        ground=ExemptionGround.B,
        legal_basis=f"Pasal 17 huruf b {_UU_KIP}; ketentuan pengadaan barang/jasa pemerintah yang membuka nilai "
        "total HPS tetapi tidak rincian harga satuannya.",
        consequence="Penawaran dapat disusun mengikuti HPS, bukan harga wajar, sehingga persaingan tidak sehat dan "
        "daerah berisiko membayar lebih mahal.",
        public_interest="Nilai total HPS tetap diumumkan bersama dokumen pemilihan; rincian dibuka setelah kontrak "
        "ditandatangani.",
        ends_on=dt.date(2026, 12, 31),
        decree_number="188.4/PPID-PUPR/II/2026/02",
        decree_date=dt.date(2026, 2, 19),
    ),
    DemoDik(
        agency="dinas-pupr",
        label="data pribadi penyedia dalam kontrak",
        information="Nomor rekening bank penyedia, serta NIK, alamat rumah, dan tanda tangan personel inti yang "
        "tercantum dalam dokumen kontrak pekerjaan konstruksi.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h angka 3 {_UU_KIP}; Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
        "Data Pribadi.",
        consequence="Membuka data ini dapat disalahgunakan untuk penipuan, pemalsuan identitas, atau pembobolan "
        "rekening.",
        public_interest="Isi kontrak, nilai, jangka waktu, dan kemajuan pekerjaan tetap terbuka; hanya data pribadi "
        "yang dihitamkan.",
        decree_number="188.4/PPID-PUPR/III/2025/01",
        decree_date=dt.date(2025, 3, 10),
    ),
    DemoDik(
        agency="dinsos-p3a",
        label="data anak penerima perlindungan khusus",
        information="Identitas anak dan keluarganya, catatan kasus, hasil asesmen psikologis dan sosial, serta "
        "rencana pendampingan anak penerima layanan perlindungan khusus.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h {_UU_KIP}; Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
        "Pribadi (data anak); Undang-Undang Nomor 35 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
        "2002 tentang Perlindungan Anak.",
        consequence="Mengungkap rahasia pribadi anak dan keluarganya, dapat menimbulkan stigma dan membahayakan "
        "keselamatan serta pemulihan anak.",
        public_interest="Data gabungan tanpa identitas (jumlah anak menurut jenis layanan, kecamatan, dan tahun) "
        "diterbitkan melalui portal data daerah.",
        decree_number="188.4/PPID-DINSOSP3A/VIII/2025/05",
        decree_date=dt.date(2025, 8, 4),
    ),
    DemoDik(
        agency="dinsos-p3a",
        label="data pribadi penerima bantuan sosial",
        information="NIK, nomor kartu keluarga, alamat lengkap, dan kondisi ekonomi rinci penerima bantuan sosial.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h angka 3 {_UU_KIP}; Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
        "Data Pribadi.",
        consequence="Penerima dapat menjadi sasaran penipuan dan penyalahgunaan identitas, serta mengalami stigma "
        "di lingkungannya.",
        public_interest="Nama penerima, wilayah RT/RW, jenis bantuan, dan tahap penyaluran tetap terbuka agar "
        "masyarakat dapat mengawasi ketepatan sasaran.",
        decree_number="188.4/PPID-DINSOSP3A/VIII/2025/06",
        decree_date=dt.date(2025, 8, 4),
    ),
    DemoDik(
        agency="bkd",
        label="hasil asesmen dan penilaian kinerja per pegawai",
        information="Hasil asesmen kompetensi, penilaian kinerja, dan rekomendasi pengembangan setiap aparatur sipil "
        "negara, per nama.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h angka 4 {_UU_KIP} (hasil evaluasi kapabilitas, intelektualitas, dan "
        "rekomendasi kemampuan seseorang).",
        consequence="Membuka nilai per nama merugikan nama baik pegawai dan dapat dipakai untuk tekanan di luar "
        "sistem merit.",
        public_interest="Rekapitulasi tanpa nama per kelompok jabatan dan hasil akhir seleksi terbuka tetap diumumkan.",
        decree_number="800/PPID-BKD/II/2025/01",
        decree_date=dt.date(2025, 2, 3),
    ),
    DemoDik(
        agency="imigrasi",
        label="data pribadi dan perlintasan pemegang paspor",
        information="Data pribadi pemohon dan pemegang dokumen perjalanan Republik Indonesia serta riwayat "
        "perlintasannya, per orang.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h {_UU_KIP}; Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian; "
        "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.",
        consequence="Mengungkap keberadaan dan pergerakan seseorang tanpa persetujuannya, yang dapat membahayakan "
        "keselamatannya.",
        public_interest="Statistik penerbitan paspor dan perlintasan tanpa identitas tetap diumumkan.",
        decree_number="PPID-IMI.SPJ/I/2025/01",
        decree_date=dt.date(2025, 1, 20),
    ),
    DemoDik(
        agency="bappeda",
        label="bahan rapat internal penyusunan rencana",
        information="Notulen, bahan paparan, dan catatan rapat internal tim penyusun dokumen perencanaan sebelum "
        "rancangan dibahas dalam konsultasi publik.",
        ground=ExemptionGround.I,
        legal_basis=f"Pasal 17 huruf i {_UU_KIP}.",
        consequence="Pilihan kebijakan yang belum matang dapat disalahpahami sebagai keputusan dan mengganggu "
        "musyawarah perencanaan.",
        public_interest="Rancangan awal dan rancangan akhir dokumen perencanaan dibuka pada konsultasi publik dan "
        "musrenbang.",
        decree_number="188.4/PPID-BAPPEDA/IV/2025/01",
        decree_date=dt.date(2025, 4, 14),
    ),
    DemoDik(
        agency="disdukcapil",
        label="data perseorangan penduduk",
        information="Data perseorangan penduduk: NIK, nomor kartu keluarga, sidik jari, iris mata, tanda tangan, "
        "dan keterangan lain yang melekat pada seseorang.",
        ground=ExemptionGround.J,
        legal_basis=f"Pasal 17 huruf j {_UU_KIP}; Pasal 79 dan Pasal 84 Undang-Undang Nomor 23 Tahun 2006 tentang "
        "Administrasi Kependudukan sebagaimana diubah dengan Undang-Undang Nomor 24 Tahun 2013.",
        consequence="Data dapat disalahgunakan untuk pemalsuan identitas, pinjaman daring ilegal, dan kejahatan lain.",
        public_interest="Data agregat kependudukan per wilayah dan per kelompok umur tetap terbuka.",
        decree_number="188.4/PPID-DISDUKCAPIL/I/2025/01",
        decree_date=dt.date(2025, 1, 27),
    ),
    DemoDik(
        agency="dinkes",
        label="rekam medis dan data individu pasien",
        information="Rekam medis, hasil pemeriksaan, dan data individu pasien serta penderita penyakit menular.",
        ground=ExemptionGround.H,
        legal_basis=f"Pasal 17 huruf h angka 2 {_UU_KIP}; Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan "
        "(rahasia kesehatan pribadi pasien).",
        consequence="Mengungkap kondisi kesehatan seseorang, menimbulkan stigma, dan membuat warga enggan berobat.",
        public_interest="Jumlah kasus per puskesmas, per bulan, dan per jenis penyakit tetap diumumkan untuk "
        "kewaspadaan masyarakat.",
        decree_number="188.4/PPID-DINKES/II/2025/01",
        decree_date=dt.date(2025, 2, 10),
    ),
]


# --- Daftar Informasi Publik -----------------------------------------------------------------------


@dataclass(frozen=True)
class DemoDip:
    agency: str
    summary: str
    held_by: str
    responsible: str
    made: str
    retention: str
    kip_class: str = KipClass.SETIAP_SAAT
    berkala_item: str = ""
    available_as: str = Availability.SOFTCOPY
    release: str = ""  # key of a demo release (releases.demo_content) the entry points to
    updated: int | dt.date = 30  # days before loading, or a fixed date


DIP = [
    DemoDip("diskominfotik", "Profil Diskominfotik: kedudukan, tugas dan fungsi, struktur organisasi, alamat, dan "
            "pejabat struktural.", "Sekretariat Diskominfotik", "Sekretaris Diskominfotik", "2026, Selatpanjang",
            "Selama berlaku", KipClass.BERKALA, BerkalaItem.A, release="profil-diskominfotik", updated=45),
    DemoDip("diskominfotik", "Prosedur memperoleh informasi publik dan mengajukan keberatan di PPID Kabupaten "
            "Kepulauan Meranti.", "PPID Utama", "Kepala Bidang Informasi dan Komunikasi Publik",
            "2026, Selatpanjang", "Selama berlaku", KipClass.BERKALA, BerkalaItem.G, Availability.BOTH,
            release="prosedur-informasi", updated=60),
    DemoDip("diskominfotik", "Ringkasan laporan layanan informasi publik tahun 2025: jumlah permohonan, waktu "
            "pemenuhan, penolakan, dan keberatan.", "PPID Utama", "Kepala Bidang Informasi dan Komunikasi Publik",
            "Februari 2026, Selatpanjang", "5 tahun", KipClass.BERKALA, BerkalaItem.E,
            release="laporan-layanan-informasi-2025", updated=70),
    DemoDip("diskominfotik", "Tata cara pengaduan penyalahgunaan wewenang atau pelanggaran oleh pejabat pemerintah "
            "daerah.", "PPID Utama", "Kepala Bidang Informasi dan Komunikasi Publik", "2026, Selatpanjang",
            "Selama berlaku", KipClass.BERKALA, BerkalaItem.H, release="tata-cara-pengaduan", updated=80),
    DemoDip("bappeda", "Ringkasan program dan kegiatan pemerintah daerah dalam RKPD tahun 2026.",
            "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", "Kepala Bappeda", "2025, Selatpanjang",
            "5 tahun", KipClass.BERKALA, BerkalaItem.B, updated=120),
    DemoDip("bappeda", "Dokumen RPJMD 2021-2026 dan RKPD beserta indikator kinerja utama daerah.",
            "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan", "Kepala Bappeda", "2021-2026, Selatpanjang",
            "Permanen", available_as=Availability.BOTH, updated=150),
    DemoDip("bpkad", "Ringkasan laporan keuangan pemerintah daerah tahun anggaran 2025 yang telah diaudit BPK.",
            "Bidang Akuntansi BPKAD", "Kepala BPKAD", "2026, Selatpanjang", "10 tahun", KipClass.BERKALA,
            BerkalaItem.D, updated=150),
    DemoDip("dinkes", "Laporan kinerja instansi pemerintah (LKjIP) Dinas Kesehatan tahun 2025.",
            "Subbagian Perencanaan dan Keuangan Dinkes", "Sekretaris Dinas Kesehatan", "Maret 2026, Selatpanjang",
            "5 tahun", KipClass.BERKALA, BerkalaItem.C, updated=160),
    DemoDip("dinkes", "Data agregat kasus penyakit menular (DBD, TBC, diare) per puskesmas dan per bulan, tanpa "
            "identitas pasien.", "Bidang Pencegahan dan Pengendalian Penyakit", "Kepala Bidang P2P",
            "Setiap bulan, Selatpanjang", "5 tahun", updated=20),
    DemoDip("bpbd", "Prosedur peringatan dini dan evakuasi bencana banjir rob serta kebakaran hutan dan lahan.",
            "Bidang Pencegahan dan Kesiapsiagaan BPBD", "Kepala Pelaksana BPBD", "2026, Selatpanjang",
            "Selama berlaku", KipClass.BERKALA, BerkalaItem.K, Availability.BOTH, release="prosedur-peringatan-dini",
            updated=30),
    DemoDip("bpbd", "Peringatan dini banjir rob, cuaca ekstrem, dan titik panas bagi warga pesisir.",
            "Pusat Pengendalian Operasi BPBD", "Kepala Pelaksana BPBD", "Saat kejadian, Selatpanjang", "2 tahun",
            KipClass.SERTA_MERTA, release="banjir-rob-desember-2024", updated=20),
    DemoDip("dinas-pupr", "Rencana umum pengadaan barang/jasa Dinas PUPR tahun anggaran 2025.",
            "Subbagian Program Dinas PUPR", "Sekretaris Dinas PUPR", "Februari 2025, Selatpanjang", "5 tahun",
            KipClass.BERKALA, BerkalaItem.I, release="rup-pupr-2025", updated=dt.date(2025, 2, 17)),
    DemoDip("dinas-pupr", "Dokumen kontrak pekerjaan konstruksi yang telah ditandatangani beserta adendumnya.",
            "Bidang Bina Marga dan Bidang Cipta Karya", "Pejabat Pembuat Komitmen", "Setiap kontrak, Selatpanjang",
            "10 tahun setelah serah terima", available_as=Availability.HARDCOPY, updated=40),
    DemoDip("bkd", "Formasi dan jadwal seleksi PPPK tahun anggaran 2026.", "Bidang Pengadaan dan Informasi "
            "Kepegawaian", "Kepala BKD", "2026, Selatpanjang", "2 tahun", KipClass.BERKALA, BerkalaItem.J,
            updated=90),
    DemoDip("bagian-hukum", "Daftar produk hukum daerah (peraturan daerah, peraturan bupati, keputusan bupati) yang "
            "ditetapkan setiap semester.", "Bagian Hukum Setdakab", "Kepala Bagian Hukum", "Setiap semester, "
            "Selatpanjang", "Permanen", KipClass.BERKALA, BerkalaItem.F, release="produk-hukum-semester-2-2025",
            updated=100),
    DemoDip("imigrasi", "Standar pelayanan paspor dan izin tinggal: persyaratan, waktu penyelesaian, dan tarif PNBP.",
            "Seksi Lalu Lintas dan Izin Tinggal Keimigrasian", "Kepala Kantor Imigrasi", "2026, Selatpanjang",
            "Selama berlaku", available_as=Availability.BOTH, updated=50),
    DemoDip("disdukcapil", "Persyaratan dan alur layanan administrasi kependudukan: KTP-el, kartu keluarga, akta "
            "kelahiran, dan Kartu Identitas Anak.", "Bidang Pelayanan Pendaftaran Penduduk", "Kepala Disdukcapil",
            "2026, Selatpanjang", "Selama berlaku", available_as=Availability.BOTH, updated=35),
]  # fmt: skip


# --- Maklumat pelayanan ----------------------------------------------------------------------------

CHARTER = {
    "legal_basis": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; Peraturan Pemerintah "
    "Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008; Peraturan Komisi Informasi Nomor 1 "
    "Tahun 2021 tentang Standar Layanan Informasi Publik; Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
    "Data Pribadi; keputusan Bupati Kepulauan Meranti tentang penetapan PPID Utama dan PPID Pelaksana.",
    "procedure": "1. Pemohon mengisi formulir di laman permohonan informasi, mengirim surel, atau datang ke meja "
    "layanan PPID di kantor Diskominfotik, Selatpanjang, dengan melampirkan KTP atau akta badan hukum.\n"
    "2. Pemohon langsung menerima nomor pendaftaran dan tautan pribadi untuk memantau permohonan.\n"
    "3. PPID Utama meneruskan permohonan kepada PPID Pelaksana perangkat daerah yang menguasai informasi.\n"
    "4. PPID Pelaksana memberikan pemberitahuan tertulis: informasi diberikan, diberikan sebagian, ditolak dengan "
    "alasannya, atau tidak dikuasai beserta siapa yang menguasainya.\n"
    "5. Bila tidak puas, pemohon dapat mengajukan keberatan kepada Atasan PPID dan selanjutnya sengketa ke Komisi "
    "Informasi Provinsi Riau.",
    "time_frame": "Pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan diterima, dan dapat "
    "diperpanjang paling lama 7 hari kerja dengan alasan tertulis. Keberatan dapat diajukan dalam 30 hari kerja; "
    "Atasan PPID menjawab dalam 30 hari kerja. Hari kerja tidak termasuk Sabtu, Minggu, libur nasional, dan cuti "
    "bersama.",
    "fee": "Layanan informasi tidak dipungut biaya. Pemohon hanya menanggung biaya nyata penggandaan (Rp500 per "
    "lembar fotokopi) dan pengiriman bila meminta salinan cetak; pembayaran tunai di meja layanan dengan kuitansi.",
    "guarantee": "Kami, PPID Kabupaten Kepulauan Meranti, sanggup memberikan layanan informasi publik sesuai "
    "standar ini: cepat, tepat waktu, sederhana, dan tanpa diskriminasi, termasuk pendampingan bagi pemohon "
    "penyandang disabilitas di meja layanan lantai dasar. Data pribadi pemohon hanya dipakai untuk menangani "
    "permohonannya. Apabila kami tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan "
    "perundang-undangan.",
    "evaluation": "Survei kepuasan pemohon setiap semester; pemantauan jangka waktu setiap hari melalui ringkasan "
    "Sinergi; laporan layanan informasi publik tahunan paling lambat 31 Maret; masukan dan pengaduan dapat "
    "disampaikan melalui meja layanan atau formulir di laman PPID.",
}

# The Kejari is a public body of its own (a vertical agency): its maklumat is its own, signed by its own PPID.
KEJARI_CHARTER = {
    "legal_basis": "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; Peraturan Komisi "
    "Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik; peraturan Jaksa Agung tentang layanan "
    "informasi publik di lingkungan Kejaksaan.",
    "procedure": "1. Pemohon mengisi formulir di laman ini dengan memilih Kejaksaan Negeri Kepulauan Meranti, atau "
    "datang ke Pelayanan Terpadu Satu Pintu kantor Kejaksaan Negeri di Selatpanjang.\n"
    "2. Pemohon menerima nomor pendaftaran dan tanda bukti penerimaan.\n"
    "3. PPID Kejaksaan Negeri memberikan pemberitahuan tertulis; informasi perkara yang masih dalam penyidikan atau "
    "penuntutan dikecualikan menurut Pasal 17 huruf a.\n"
    "4. Keberatan diajukan kepada Kepala Kejaksaan Negeri selaku Atasan PPID.",
    "time_frame": "Sesuai jangka waktu yang tercantum di bawah, dihitung dalam hari kerja.",
    "fee": "Tanpa biaya; salinan cetak sebesar biaya nyata penggandaan.",
    "guarantee": "PPID Kejaksaan Negeri Kepulauan Meranti melayani setiap pemohon dengan setara dan tepat waktu.",
    "evaluation": "Laporan layanan informasi publik setiap tahun dan survei kepuasan di PTSP.",
}
