"""The demo's content: the Meranti forum's themes and releases, written for Sinergi from the
public facts in DOMAIN.md (sections 1, 2, 6 and 7). Loaded by `releases.demo`.

All text is invented for the demo and names no real person: officials are named by office only.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sinergi.core.classification import BerkalaItem, ExemptionGround, KipClass
from sinergi.releases.models import (
    ReleaseKind,
    Status,
    ThemeKind,
)

WIB = ZoneInfo("Asia/Jakarta")


def wib(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=WIB)


_LIST_ITEM = re.compile(r"(?:[-*]|\d+\.) ")


def _text(source: str) -> str:
    """Markdown written wrapped in the source: each paragraph and list item becomes one line."""
    blocks = []
    for block in textwrap.dedent(source).strip().split("\n\n"):
        lines: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if lines and not _LIST_ITEM.match(line):
                lines[-1] += " " + line
            else:
                lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- Themes ------------------------------------------------------------------------------

# (slug, name, kind, description, starts on, ends on). National days recur every year, so they
# carry no period; the 2024 election theme ends with the election year.
THEMES = [
    ("spbe", "Transformasi Digital Pemerintahan (SPBE)", ThemeKind.NARASI_TUNGGAL,
     "Sistem Pemerintahan Berbasis Elektronik (Perpres 95/2018): layanan daring, aplikasi yang terpadu, dan "
     "keamanan informasi.", None, None),
    ("satu-data-indonesia", "Satu Data Indonesia", ThemeKind.NARASI_TUNGGAL,
     "Data pemerintah yang berstandar, bermetadata, dapat dibagipakaikan, dan memakai kode referensi yang sama "
     "(Perpres 39/2019).", None, None),
    ("penurunan-stunting", "Percepatan Penurunan Stunting", ThemeKind.NARASI_TUNGGAL,
     "Gizi ibu hamil dan balita, posyandu, sanitasi, serta pendampingan keluarga berisiko stunting.", None, None),
    ("pengendalian-inflasi", "Pengendalian Inflasi Daerah", ThemeKind.NARASI_TUNGGAL,
     "Keterjangkauan harga, ketersediaan pasokan, kelancaran distribusi, dan komunikasi yang efektif tentang "
     "harga bahan pokok.", None, None),
    ("pelayanan-publik", "Pelayanan Publik yang Mudah dan Cepat", ThemeKind.NARASI_TUNGGAL,
     "Standar dan maklumat pelayanan, layanan daring, serta kanal pengaduan yang dikenal masyarakat.", None, None),
    ("pemilu-damai-2024", "Pemilu dan Pilkada Damai 2024", ThemeKind.NARASI_TUNGGAL,
     "Ajakan menggunakan hak pilih, menolak hoaks dan politisasi SARA, serta menjaga netralitas ASN pada Pemilu "
     "14 Februari 2024 dan Pilkada 27 November 2024.", dt.date(2023, 11, 28), dt.date(2024, 12, 31)),
    ("cegah-karhutla", "Cegah Kebakaran Hutan dan Lahan", ThemeKind.CAMPAIGN,
     "Membuka lahan tanpa membakar, menjaga lahan gambut tetap basah, dan melaporkan titik api sedini mungkin.",
     None, None),
    ("literasi-digital", "Literasi Digital dan Cek Fakta", ThemeKind.CAMPAIGN,
     "Mengajak warga memeriksa kebenaran informasi sebelum membagikannya.", None, None),
    ("siaga-banjir-rob", "Siaga Banjir Rob dan Cuaca Ekstrem", ThemeKind.CAMPAIGN,
     "Kesiapsiagaan warga pesisir menghadapi air pasang tinggi, angin kencang, dan gelombang.", None, None),
    ("germas", "Gerakan Masyarakat Hidup Sehat (Germas)", ThemeKind.CAMPAIGN,
     "Aktivitas fisik, makan sayur dan buah, tidak merokok, dan memeriksakan kesehatan secara berkala.", None, None),
    ("hari-pers-nasional", "Hari Pers Nasional", ThemeKind.NATIONAL_DAY,
     "Diperingati setiap 9 Februari.", None, None),
    ("hari-kesehatan-nasional", "Hari Kesehatan Nasional", ThemeKind.NATIONAL_DAY,
     "Diperingati setiap 12 November.", None, None),
    ("hut-kemerdekaan-ri", "Hari Ulang Tahun Kemerdekaan Republik Indonesia", ThemeKind.NATIONAL_DAY,
     "Diperingati setiap 17 Agustus.", None, None),
    ("hari-jadi-meranti", "Hari Jadi Kabupaten Kepulauan Meranti", ThemeKind.LOCAL,
     "Diperingati setiap 19 Desember; kabupaten ini dibentuk dengan UU Nomor 12 Tahun 2009 sebagai pemekaran "
     "dari Kabupaten Bengkalis.", None, None),
    ("festival-perang-air", "Festival Perang Air (Cian Cui) Imlek Selatpanjang", ThemeKind.LOCAL,
     "Tradisi perayaan Tahun Baru Imlek di Selatpanjang, enam hari berturut-turut setiap sore; agenda wisata "
     "budaya tahunan.", None, None),
    ("forum-kehumasan", "Forum Kehumasan Kepulauan Meranti", ThemeKind.LOCAL,
     "Kopi darat kehumasan, koordinasi lintas instansi, dan penyelarasan informasi publik sejak Februari 2024.",
     None, None),
    ("sagu-pangan-lokal", "Sagu sebagai Pangan Lokal", ThemeKind.LOCAL,
     "Olahan sagu dan ketahanan pangan yang bertumpu pada potensi daerah.", None, None),
]  # fmt: skip


# --- Releases ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoRelease:
    """One demo release in its final state.

    `at` is when it reached that state: the publication time for published, withdrawn, archived
    and corrected ones, the time of the last step otherwise. A `timedelta` is relative to the
    moment of loading (a scheduled release lies in the future, an urgent notice is fresh).
    `comment` goes with the last step: the change request, the urgent reason, the correction
    notice or the public reason for the withdrawal.
    """

    key: str  # for tests and for the reader; the loader keys by agency and title slug
    agency: str
    title: str
    summary: str
    body: str
    at: dt.datetime | dt.timedelta
    kind: str = ReleaseKind.PRESS_RELEASE
    kip_class: str = KipClass.SETIAP_SAAT
    berkala_item: str = ""
    status: str = Status.PUBLISHED
    themes: tuple[str, ...] = ()
    comment: str = ""
    corrected: tuple[str, str] | None = None  # (text before, text after) in the body
    follow_up: dt.timedelta | None = None  # from publication to correction, withdrawal or archiving
    needs_review: bool = False  # serta-merta published at once, forum review still open
    override_reason: str = ""  # public office e-mail addresses in the text may be published
    exemption: dict = field(default_factory=dict)


MEETUP = "kopdar-kehumasan-2024"

RELEASES = [
    DemoRelease(
        key=MEETUP,
        agency="imigrasi",
        title="Imigrasi Selatpanjang Gelar Kopi Darat Kehumasan Pertama se-Kabupaten Kepulauan Meranti",
        summary="Kantor Imigrasi Kelas II TPI Selatpanjang bersama Bagian Prokopim dan Diskominfotik mempertemukan "
        "pejabat kehumasan dan pengelola media sosial seluruh instansi di Hotel Grand Meranti, Selatpanjang, "
        "Rabu (7/2/2024).",
        body=_text("""
            **Selatpanjang** – Kantor Imigrasi Kelas II TPI Selatpanjang bersama Bagian Protokol dan Komunikasi
            Pimpinan (Prokopim) Sekretariat Daerah Kabupaten Kepulauan Meranti serta Dinas Komunikasi, Informatika,
            Statistik dan Persandian (Diskominfotik) menggelar kopi darat kehumasan pada Rabu, 7 Februari 2024, di
            Hotel Grand Meranti, Selatpanjang. Untuk pertama kalinya pejabat kehumasan dan pengelola media sosial
            dari seluruh perangkat daerah, instansi vertikal, dan unit pelaksana teknis (UPT) di Kabupaten
            Kepulauan Meranti duduk bersama dalam satu pertemuan.

            Kegiatan dibuka oleh Sekretaris Daerah Kabupaten Kepulauan Meranti mewakili Pelaksana Tugas (Plt)
            Bupati Kepulauan Meranti. Dalam sambutannya, Sekretaris Daerah mengingatkan bahwa masyarakat berhak
            memperoleh informasi yang sama, akurat, dan tepat waktu dari instansi mana pun yang mereka hubungi,
            sehingga kerja kehumasan antarinstansi perlu saling menguatkan.

            Diskusi dipandu oleh Kepala Seksi Teknologi Informasi dan Komunikasi Keimigrasian Kantor Imigrasi
            Selatpanjang, dengan narasumber dari Diskominfotik, Bagian Prokopim, dan Persatuan Wartawan Indonesia
            (PWI) Kabupaten Kepulauan Meranti. Para narasumber membahas pengelolaan informasi publik dan akun media
            sosial instansi, peliputan kegiatan pimpinan daerah, serta hubungan kerja yang sehat antara humas
            pemerintah dan insan pers.

            Pertemuan ini menghasilkan sejumlah kesepakatan:

            - pertemuan serupa diadakan secara berkelanjutan, melengkapi *coffee morning* yang selama ini rutin
              digelar pemerintah daerah;
            - membentuk forum kehumasan yang tetap sebagai wadah koordinasi lintas instansi;
            - menyelaraskan informasi publik setiap instansi dengan sasaran nasional, antara lain Satu Data
              Indonesia dan Sistem Pemerintahan Berbasis Elektronik (SPBE);
            - menyepakati bersama informasi mana yang terbuka bagi publik dan mana yang dikecualikan sesuai
              ketentuan keterbukaan informasi publik.

            Kantor Imigrasi Selatpanjang berterima kasih kepada seluruh peserta dan berharap kopi darat ini menjadi
            awal kerja sama kehumasan yang lebih erat, demi layanan informasi yang lebih baik bagi masyarakat
            Kepulauan Meranti.
        """),
        at=wib(2024, 2, 7, 15, 30),
        themes=("forum-kehumasan", "spbe", "satu-data-indonesia"),
    ),
    DemoRelease(
        key="imbauan-perang-air-2024",
        agency="kesbangpol",
        kind=ReleaseKind.ANNOUNCEMENT,
        title="Imbauan Bersama Menjaga Ketertiban Festival Perang Air Imlek 2575",
        summary="Festival Perang Air di Selatpanjang berlangsung 10–15 Februari 2024 setiap pukul 16.00–18.00 WIB; "
        "warga dan wisatawan diminta memakai air bersih dan saling menghormati.",
        body=_text("""
            Pemerintah Kabupaten Kepulauan Meranti menyambut Tahun Baru Imlek 2575 dan Festival Perang Air (Cian
            Cui) yang berlangsung pada 10–15 Februari 2024 di Kota Selatpanjang. Perang air hanya dilaksanakan
            setiap sore pukul 16.00–18.00 WIB pada ruas jalan yang telah ditentukan bersama aparat keamanan.

            Agar festival tetap aman dan menyenangkan bagi semua, peserta diimbau untuk:

            - hanya menggunakan air bersih, tidak menggunakan air laut, air es, atau air kotor;
            - tidak memakai wadah keras seperti botol dan galon, serta tidak melempar kantong berisi air;
            - tidak menyiram petugas yang sedang mengatur lalu lintas, warga lanjut usia, anak kecil, dan orang
              yang menyatakan tidak ingin ikut;
            - mematuhi arahan petugas kepolisian, Satpol PP, dan panitia di lapangan.

            Sebagian hari festival bertepatan dengan masa tenang Pemilu 2024. Peserta diminta tidak membawa atribut
            kampanye dalam bentuk apa pun, agar festival tetap menjadi ruang kebersamaan seluruh warga.

            Festival Perang Air adalah milik bersama masyarakat Selatpanjang dari berbagai suku dan agama. Mari
            jaga kerukunan, kebersihan kota, dan keselamatan selama perayaan.
        """),
        at=wib(2024, 2, 8, 10, 0),
        themes=("festival-perang-air", "pemilu-damai-2024"),
    ),
    DemoRelease(
        key="hpn-2024",
        agency="pwi",
        title="PWI Kepulauan Meranti Peringati Hari Pers Nasional dengan Diskusi Etika Peliputan Pemilu",
        summary="Menyambut Hari Pers Nasional 2024, PWI Kabupaten Kepulauan Meranti mengajak wartawan dan humas "
        "instansi menjaga pemberitaan pemilu yang berimbang dan terverifikasi.",
        body=_text("""
            Persatuan Wartawan Indonesia (PWI) Kabupaten Kepulauan Meranti memperingati Hari Pers Nasional, Jumat,
            9 Februari 2024, dengan diskusi bertema etika peliputan pemilu di Selatpanjang. Diskusi diikuti
            wartawan media cetak, daring, dan radio, serta sejumlah pengelola humas instansi yang dua hari
            sebelumnya ikut dalam kopi darat kehumasan.

            Pengurus PWI mengingatkan bahwa menjelang hari pemungutan suara, arus informasi sangat deras dan tidak
            semuanya benar. Wartawan diminta berpegang pada Kode Etik Jurnalistik: menguji informasi, memberitakan
            secara berimbang, dan tidak mencampurkan fakta dengan opini yang menghakimi.

            Humas pemerintah juga diharapkan menyediakan informasi yang jelas sumbernya dan mudah dihubungi ketika
            wartawan memerlukan konfirmasi. Menurut PWI, kerja sama yang baik antara pers dan humas justru
            membantu masyarakat membedakan informasi resmi dari kabar bohong.
        """),
        at=wib(2024, 2, 9, 16, 0),
        themes=("hari-pers-nasional", "pemilu-damai-2024", "forum-kehumasan"),
    ),
    DemoRelease(
        key="infografis-hoaks",
        agency="diskominfotik",
        kind=ReleaseKind.INFOGRAPHIC,
        title="Infografis: Lima Langkah Mengenali Hoaks Menjelang Hari Pemungutan Suara",
        summary="Lima langkah sederhana memeriksa kebenaran pesan berantai sebelum ikut membagikannya.",
        body=_text("""
            Menjelang hari pemungutan suara 14 Februari 2024, Diskominfotik Kabupaten Kepulauan Meranti mengajak
            warga berhati-hati terhadap pesan berantai dan unggahan yang memancing emosi. Infografis ini merangkum
            lima langkah memeriksa informasi:

            1. Baca sampai habis, jangan berhenti pada judul yang provokatif.
            2. Periksa sumbernya: apakah berasal dari akun atau situs resmi instansi?
            3. Cocokkan dengan pemberitaan media yang kredibel atau kanal cek fakta.
            4. Perhatikan tanggal: foto dan video lama sering diunggah ulang seolah-olah baru.
            5. Jika ragu, jangan bagikan.

            Informasi resmi tentang tahapan pemilu di Kabupaten Kepulauan Meranti dapat diperoleh dari KPU
            Kabupaten Kepulauan Meranti dan akun resmi pemerintah daerah.
        """),
        at=wib(2024, 2, 12, 9, 0),
        themes=("literasi-digital", "pemilu-damai-2024"),
    ),
    DemoRelease(
        key="tindak-lanjut-kopdar",
        agency="prokopim",
        title="Prokopim dan Diskominfotik Tindak Lanjuti Kopi Darat Kehumasan dengan Menyusun Forum Kehumasan",
        summary="Dua pekan setelah kopi darat kehumasan, Bagian Prokopim dan Diskominfotik mulai menyusun susunan, "
        "agenda, dan tata kerja forum kehumasan lintas instansi.",
        body=_text("""
            Bagian Protokol dan Komunikasi Pimpinan (Prokopim) Setdakab Kepulauan Meranti bersama Diskominfotik
            menindaklanjuti kesepakatan kopi darat kehumasan 7 Februari 2024 di Selatpanjang. Dalam rapat
            koordinasi, kedua unit kerja mulai menyusun rancangan forum kehumasan yang beranggotakan humas seluruh
            perangkat daerah, kecamatan, UPT, dan instansi vertikal.

            Rancangan itu memuat tiga hal: pertemuan rutin yang dipadukan dengan *coffee morning* pemerintah
            daerah, kalender tema komunikasi bersama yang mengacu pada narasi tunggal pemerintah, serta alur
            pemeriksaan bersama sebelum siaran pers diterbitkan agar data antarinstansi tidak saling bertentangan.

            Forum juga akan membantu PPID pelaksana di setiap instansi menyusun Daftar Informasi Publik dan Daftar
            Informasi yang Dikecualikan, sehingga kesepakatan tentang informasi yang terbuka dan tertutup
            dituangkan secara tertulis.
        """),
        at=wib(2024, 2, 21, 14, 0),
        themes=("forum-kehumasan",),
    ),
    DemoRelease(
        key="prosedur-informasi",
        agency="diskominfotik",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.G,
        title="Prosedur Memperoleh Informasi Publik di PPID Kabupaten Kepulauan Meranti",
        summary="Cara mengajukan permohonan informasi publik, jangka waktu jawaban, dan langkah keberatan bila "
        "permohonan tidak dipenuhi.",
        body=_text("""
            Setiap orang, badan hukum, atau kelompok masyarakat dapat memohon informasi publik kepada Pejabat
            Pengelola Informasi dan Dokumentasi (PPID) Kabupaten Kepulauan Meranti, sesuai Undang-Undang Nomor 14
            Tahun 2008 tentang Keterbukaan Informasi Publik.

            Permohonan dapat diajukan dengan datang langsung ke meja layanan PPID di kantor Diskominfotik,
            Selatpanjang, pada hari dan jam kerja, melalui formulir di laman PPID, atau melalui surel resmi
            ppid.meranti@demo.test. Pemohon menuliskan informasi yang diminta, tujuan penggunaannya, dan cara
            menerima informasi (melihat, salinan cetak, atau salinan elektronik).

            PPID memberikan pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan diterima, dan dapat
            memperpanjangnya paling lama 7 hari kerja dengan alasan tertulis. Informasi diberikan tanpa biaya;
            pemohon hanya menanggung biaya penggandaan bila meminta salinan cetak.

            Bila permohonan ditolak atau tidak ditanggapi, pemohon dapat mengajukan keberatan kepada atasan PPID
            dalam 30 hari kerja. Atasan PPID menjawab keberatan dalam 30 hari kerja; bila pemohon tidak puas,
            sengketa dapat diajukan ke Komisi Informasi Provinsi Riau.
        """),
        at=wib(2024, 3, 5, 10, 0),
        themes=("pelayanan-publik",),
        override_reason="Alamat surel resmi layanan PPID, bukan milik perorangan; memang harus diketahui publik.",
    ),
    DemoRelease(
        key="prosedur-peringatan-dini",
        agency="bpbd",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.K,
        title="Prosedur Peringatan Dini dan Evakuasi Bencana di Kabupaten Kepulauan Meranti",
        summary="Tanda peringatan, jalur informasi, dan langkah evakuasi untuk banjir rob, angin kencang, dan "
        "kebakaran lahan.",
        body=_text("""
            Sebagai daerah kepulauan dengan lahan gambut yang luas, Kabupaten Kepulauan Meranti menghadapi risiko
            banjir rob, angin kencang dan gelombang tinggi, serta kebakaran hutan dan lahan. BPBD Kabupaten
            Kepulauan Meranti menyusun prosedur peringatan dini agar warga mengetahui apa yang harus dilakukan
            sebelum dan saat bencana terjadi.

            Peringatan dini disampaikan berjenjang: BPBD menerima prakiraan cuaca, pasang surut, dan titik panas
            dari BMKG, lalu meneruskannya melalui siaran resmi pemerintah daerah, camat, kepala desa dan lurah,
            pengeras suara rumah ibadah, serta akun media sosial resmi. Warga diminta hanya berpegang pada
            peringatan dari sumber resmi.

            Saat evakuasi diperintahkan, utamakan keselamatan jiwa: bawa dokumen penting dalam kantong kedap air,
            obat-obatan, dan kebutuhan bayi; matikan listrik di rumah; dahulukan lansia, anak-anak, ibu hamil, dan
            penyandang disabilitas; lalu menuju titik kumpul yang ditetapkan desa atau kelurahan.

            Setiap desa dan kelurahan didorong memiliki peta jalur evakuasi dan titik kumpul yang dipasang di
            tempat umum. BPBD siap mendampingi pemerintah desa menyusun rencana kontinjensi sederhana.
        """),
        at=wib(2024, 3, 20, 10, 0),
        themes=("siaga-banjir-rob", "cegah-karhutla"),
    ),
    DemoRelease(
        key="profil-diskominfotik",
        agency="diskominfotik",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.A,
        title="Profil Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Kepulauan Meranti",
        summary="Kedudukan, tugas, fungsi, dan layanan Diskominfotik sebagai PPID Utama dan walidata daerah.",
        body=_text("""
            Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfotik) adalah perangkat daerah
            Kabupaten Kepulauan Meranti yang menyelenggarakan urusan pemerintahan di bidang komunikasi dan
            informatika, statistik, dan persandian. Kantor Diskominfotik berada di Selatpanjang, ibu kota
            kabupaten.

            Diskominfotik menjalankan beberapa peran sekaligus: pengelola informasi dan komunikasi publik
            pemerintah daerah, PPID Utama yang mengoordinasikan PPID pelaksana di seluruh perangkat daerah, walidata
            yang memeriksa dan menyebarluaskan data dalam kerangka Satu Data Indonesia, serta pengelola
            infrastruktur dan keamanan informasi pemerintah daerah.

            Layanan yang dapat dimanfaatkan masyarakat antara lain layanan permohonan informasi publik, portal data
            daerah, dan kanal pengaduan yang terhubung dengan SP4N-LAPOR!. Susunan organisasi, tugas pokok, dan
            rencana strategis Diskominfotik dimuat lengkap pada laman resmi pemerintah daerah.
        """),
        at=wib(2024, 4, 15, 9, 0),
        themes=("satu-data-indonesia", "spbe"),
    ),
    DemoRelease(
        key="ringkasan-program-2024",
        agency="bappeda",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.B,
        title="Ringkasan Program dan Kegiatan Pemerintah Kabupaten Kepulauan Meranti Tahun 2024",
        summary="Prioritas pembangunan daerah tahun 2024 sebagaimana dimuat dalam Rencana Kerja Pemerintah Daerah.",
        body=_text("""
            Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Kepulauan Meranti menyampaikan ringkasan
            program dan kegiatan pemerintah daerah tahun 2024, sebagaimana dimuat dalam Rencana Kerja Pemerintah
            Daerah (RKPD) Tahun 2024.

            Prioritas pembangunan tahun ini meliputi peningkatan kualitas layanan pendidikan dan kesehatan,
            percepatan penurunan stunting, pembangunan dan pemeliharaan infrastruktur jalan dan air bersih antarpulau,
            penguatan ekonomi masyarakat berbasis potensi lokal seperti sagu dan perikanan, serta reformasi
            birokrasi dan penerapan SPBE.

            Rincian program, kegiatan, indikator kinerja, lokasi, dan pagu anggaran setiap perangkat daerah dapat
            dilihat dalam dokumen RKPD yang tersedia di laman resmi pemerintah daerah dan dapat diminta melalui PPID.
        """),
        at=wib(2024, 5, 28, 10, 0),
        themes=("penurunan-stunting", "spbe"),
    ),
    DemoRelease(
        key="intervensi-serentak-stunting",
        agency="dinkes",
        title="Intervensi Serentak Pencegahan Stunting: Posyandu Timbang dan Ukur Seluruh Balita Sepanjang Juni",
        summary="Dinas Kesehatan mengajak orang tua membawa balita ke posyandu untuk ditimbang dan diukur, sebagai "
        "bagian dari gerakan nasional pencegahan stunting.",
        body=_text("""
            Dinas Kesehatan Kabupaten Kepulauan Meranti bersama puskesmas dan kader posyandu di sembilan kecamatan
            melaksanakan intervensi serentak pencegahan stunting sepanjang Juni 2024. Seluruh balita diharapkan
            datang ke posyandu untuk ditimbang, diukur panjang atau tinggi badannya, dan dicatat perkembangannya.

            Pengukuran yang serentak dan memakai alat terstandar membantu menemukan balita yang berat atau tingginya
            tidak naik sesuai usia, sehingga dapat segera ditangani. Ibu hamil juga diajak memeriksakan kehamilan
            dan mendapatkan tablet tambah darah.

            Orang tua dianjurkan membawa buku Kesehatan Ibu dan Anak (KIA). Hasil pengukuran setiap anak bersifat
            pribadi dan hanya disampaikan kepada orang tuanya; data yang diumumkan kepada publik adalah data
            gabungan tanpa identitas.
        """),
        at=wib(2024, 6, 4, 10, 0),
        themes=("penurunan-stunting", "germas"),
    ),
    DemoRelease(
        key="ringkasan-lkpd-2023",
        agency="bpkad",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.D,
        title="Ringkasan Laporan Keuangan Pemerintah Daerah Tahun Anggaran 2023",
        summary="Ringkasan laporan keuangan pemerintah daerah tahun 2023 yang telah diperiksa Badan Pemeriksa "
        "Keuangan.",
        body=_text("""
            Badan Pengelolaan Keuangan dan Aset Daerah (BPKAD) Kabupaten Kepulauan Meranti menyampaikan ringkasan
            Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran 2023 yang telah diperiksa oleh Badan Pemeriksa
            Keuangan Republik Indonesia.

            Ringkasan ini terdiri atas Laporan Realisasi Anggaran, Neraca, Laporan Arus Kas, dan Catatan atas
            Laporan Keuangan, disajikan dalam bentuk tabel sederhana agar mudah dipahami masyarakat. Dokumen
            lengkap beserta laporan hasil pemeriksaan dapat diperoleh melalui PPID.

            Pemerintah daerah berkomitmen menindaklanjuti setiap rekomendasi hasil pemeriksaan sesuai jadwal yang
            ditetapkan, sebagai bagian dari pengelolaan keuangan daerah yang transparan dan akuntabel.
        """),
        at=wib(2024, 6, 27, 14, 0),
    ),
    DemoRelease(
        key="hut-ri-79",
        agency="prokopim",
        title="Upacara Peringatan HUT ke-79 Kemerdekaan RI di Selatpanjang Berlangsung Khidmat",
        summary="Upacara pengibaran bendera memperingati HUT ke-79 Kemerdekaan Republik Indonesia diikuti unsur "
        "pemerintah, TNI, Polri, pelajar, dan masyarakat.",
        body=_text("""
            Pemerintah Kabupaten Kepulauan Meranti menggelar upacara pengibaran bendera memperingati Hari Ulang
            Tahun ke-79 Kemerdekaan Republik Indonesia, Sabtu, 17 Agustus 2024, di Selatpanjang. Upacara diikuti
            unsur Forkopimda, aparatur sipil negara, TNI, Polri, pelajar, organisasi kemasyarakatan, dan warga.

            Pasukan pengibar bendera yang terdiri atas pelajar terbaik dari berbagai sekolah menjalankan tugasnya
            dengan baik. Upacara serupa juga dilaksanakan di kantor-kantor kecamatan di seluruh kabupaten.

            Peringatan kemerdekaan dimeriahkan pula dengan lomba rakyat, gotong royong kebersihan, dan pawai
            pembangunan yang diselenggarakan di desa dan kelurahan. Pemerintah daerah berterima kasih kepada
            seluruh pihak yang turut menyukseskan rangkaian peringatan.
        """),
        at=wib(2024, 8, 17, 11, 30),
        themes=("hut-kemerdekaan-ri",),
    ),
    DemoRelease(
        key="seleksi-pppk-2024",
        agency="bkd",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.J,
        title="Informasi Seleksi Pengadaan PPPK Pemerintah Kabupaten Kepulauan Meranti Tahun Anggaran 2024",
        summary="Pendaftaran seleksi PPPK dilakukan secara daring melalui portal nasional SSCASN; BKD mengingatkan "
        "pelamar agar waspada terhadap penipuan.",
        body=_text("""
            Badan Kepegawaian Daerah (BKD) Kabupaten Kepulauan Meranti menyampaikan bahwa pengadaan Pegawai
            Pemerintah dengan Perjanjian Kerja (PPPK) Tahun Anggaran 2024 dilaksanakan sesuai jadwal dan ketentuan
            yang ditetapkan pemerintah pusat. Formasi, persyaratan, dan jadwal seleksi diumumkan secara resmi
            melalui portal SSCASN dan laman pemerintah daerah.

            Pendaftaran dilakukan sepenuhnya secara daring oleh pelamar sendiri. BKD membuka meja bantuan di
            kantornya pada jam kerja bagi pelamar yang mengalami kendala teknis.

            Seleksi tidak dipungut biaya apa pun. BKD mengingatkan pelamar untuk tidak memercayai pihak yang
            menjanjikan kelulusan dengan imbalan uang, dan melaporkan tawaran semacam itu melalui kanal pengaduan
            resmi.
        """),
        at=wib(2024, 10, 2, 10, 0),
        themes=("pelayanan-publik",),
    ),
    DemoRelease(
        key="hkn-60",
        agency="dinkes",
        title="Hari Kesehatan Nasional ke-60: Dinkes Ajak Warga Rutin Memeriksakan Kesehatan",
        summary="Pada peringatan Hari Kesehatan Nasional, Dinas Kesehatan mengajak warga memanfaatkan layanan "
        "pemeriksaan kesehatan di puskesmas dan posbindu.",
        body=_text("""
            Dinas Kesehatan Kabupaten Kepulauan Meranti memperingati Hari Kesehatan Nasional ke-60, Selasa,
            12 November 2024, dengan apel bersama tenaga kesehatan dan ajakan kepada masyarakat untuk memeriksakan
            kesehatan secara rutin.

            Banyak penyakit tidak menular seperti hipertensi dan diabetes tidak menimbulkan keluhan pada awalnya.
            Pemeriksaan tekanan darah, gula darah, dan berat badan di puskesmas atau pos pembinaan terpadu
            (posbindu) membantu menemukan penyakit lebih dini, sehingga pengobatan lebih mudah dan murah.

            Dinas Kesehatan juga berterima kasih kepada tenaga kesehatan, kader posyandu, dan relawan yang melayani
            masyarakat hingga ke desa-desa di pulau terluar. Mari wujudkan masyarakat Kepulauan Meranti yang sehat
            melalui Gerakan Masyarakat Hidup Sehat.
        """),
        at=wib(2024, 11, 12, 11, 0),
        themes=("hari-kesehatan-nasional", "germas"),
    ),
    DemoRelease(
        key="pilkada-2024-tps",
        agency="kpu",
        status=Status.ARCHIVED,
        title="Pemungutan Suara Pilkada Serentak Digelar 27 November 2024, Pemilih Diimbau Cek Lokasi TPS",
        summary="KPU Kabupaten Kepulauan Meranti mengingatkan pemilih untuk memastikan namanya terdaftar dan "
        "mengetahui lokasi TPS sebelum hari pemungutan suara.",
        body=_text("""
            KPU Kabupaten Kepulauan Meranti mengingatkan bahwa pemungutan suara pemilihan gubernur dan wakil
            gubernur serta bupati dan wakil bupati serentak dilaksanakan pada Rabu, 27 November 2024. Hari
            pemungutan suara ditetapkan sebagai hari libur nasional.

            Pemilih diimbau memastikan namanya tercantum dalam Daftar Pemilih Tetap melalui layanan cek data
            pemilih milik KPU, serta memperhatikan surat pemberitahuan memilih yang dibagikan petugas. Pemilih yang
            terdaftar tetapi tidak menerima surat pemberitahuan tetap dapat memilih dengan menunjukkan KTP
            elektronik di TPS tempatnya terdaftar.

            KPU mengajak seluruh warga datang ke TPS, menggunakan hak pilihnya secara bebas dan rahasia, serta
            menjaga suasana yang aman dan damai.
        """),
        at=wib(2024, 11, 20, 10, 0),
        follow_up=dt.timedelta(days=75),
        comment="Tahapan pilkada telah selesai; rilis disimpan sebagai arsip.",
        themes=("pemilu-damai-2024",),
    ),
    DemoRelease(
        key="banjir-rob-desember-2024",
        agency="bpbd",
        kind=ReleaseKind.ANNOUNCEMENT,
        kip_class=KipClass.SERTA_MERTA,
        title="Peringatan Dini Banjir Rob: Air Pasang Tinggi Diperkirakan Melanda Pesisir Selatpanjang",
        summary="Air pasang tinggi diperkirakan terjadi pada 13–16 Desember 2024, terutama pagi dan malam hari; "
        "warga pesisir diminta mengamankan barang dan berhati-hati di jalan yang tergenang.",
        body=_text("""
            BPBD Kabupaten Kepulauan Meranti menyampaikan peringatan dini banjir rob. Berdasarkan prakiraan pasang
            surut dan informasi cuaca maritim dari BMKG, air pasang tinggi diperkirakan terjadi pada Jumat sampai
            Senin, 13–16 Desember 2024, terutama pada pagi dan malam hari.

            Kawasan yang perlu waspada antara lain permukiman di tepi pantai dan sungai di Kota Selatpanjang, ruas
            jalan yang rendah, dan pelabuhan rakyat. Genangan dapat bertambah tinggi bila pasang bersamaan dengan
            hujan lebat atau angin kencang.

            Warga diimbau untuk:

            - memindahkan barang berharga, dokumen, dan peralatan listrik ke tempat yang lebih tinggi;
            - tidak membiarkan anak-anak bermain di genangan dan saluran air;
            - mengurangi kecepatan dan berhati-hati saat melintasi jalan yang tergenang;
            - menunda penyeberangan dengan perahu kecil bila gelombang tinggi.

            Warga yang membutuhkan bantuan dapat melapor kepada ketua RT, lurah atau kepala desa, atau langsung ke
            posko BPBD. Perkembangan informasi akan disampaikan melalui kanal resmi pemerintah daerah.
        """),
        at=wib(2024, 12, 13, 6, 30),
        comment="Pasang tinggi mulai pagi ini; warga pesisir perlu segera tahu.",
        themes=("siaga-banjir-rob",),
    ),
    DemoRelease(
        key="hari-jadi-16",
        agency="prokopim",
        title="Peringatan Hari Jadi ke-16 Kabupaten Kepulauan Meranti Digelar di Selatpanjang",
        summary="Apel peringatan dan rapat paripurna istimewa DPRD menandai 16 tahun berdirinya Kabupaten "
        "Kepulauan Meranti.",
        body=_text("""
            Pemerintah Kabupaten Kepulauan Meranti memperingati Hari Jadi ke-16, Kamis, 19 Desember 2024, dengan
            apel di halaman Kantor Bupati di Selatpanjang dan rapat paripurna istimewa DPRD. Peringatan diikuti
            unsur Forkopimda, tokoh pejuang pemekaran, tokoh adat dan agama, aparatur sipil negara, serta warga.

            Kabupaten Kepulauan Meranti dibentuk melalui Undang-Undang Nomor 12 Tahun 2009 sebagai pemekaran dari
            Kabupaten Bengkalis, setelah perjuangan masyarakat selama puluhan tahun. Dalam peringatan ini,
            pemerintah daerah menyampaikan penghargaan kepada para tokoh penggagas pemekaran.

            Hari jadi dijadikan momentum untuk menilai capaian pembangunan dan memperkuat kerja sama antara
            pemerintah pusat, provinsi, kabupaten, desa, dunia usaha, dan masyarakat demi Meranti yang lebih maju.
        """),
        at=wib(2024, 12, 19, 13, 0),
        themes=("hari-jadi-meranti",),
    ),
    DemoRelease(
        key="rup-pupr-2025",
        agency="dinas-pupr",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.I,
        title="Rencana Umum Pengadaan Barang/Jasa Dinas PUPR Tahun Anggaran 2025",
        summary="Daftar paket pengadaan Dinas PUPR tahun 2025 telah diumumkan melalui SiRUP dan dapat dipantau "
        "masyarakat serta calon penyedia.",
        body=_text("""
            Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Kepulauan Meranti telah mengumumkan Rencana
            Umum Pengadaan (RUP) Barang/Jasa Tahun Anggaran 2025 melalui Sistem Informasi Rencana Umum Pengadaan
            (SiRUP) yang dikelola LKPP.

            RUP memuat nama paket, lokasi, jenis pengadaan, metode pemilihan, sumber dana, pagu, dan perkiraan
            waktu pelaksanaan. Pengumuman ini memberi kesempatan yang sama kepada seluruh calon penyedia, termasuk
            usaha kecil dan koperasi setempat, untuk bersiap mengikuti pemilihan.

            Tender dan seleksi dilaksanakan secara elektronik. Masyarakat dapat ikut mengawasi pelaksanaan
            pekerjaan dan menyampaikan masukan atau pengaduan melalui kanal resmi pemerintah daerah.
        """),
        at=wib(2025, 2, 17, 10, 0),
        themes=("spbe",),
    ),
    DemoRelease(
        key="lkjip-dinkes-2024",
        agency="dinkes",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.C,
        title="Ringkasan Kinerja Dinas Kesehatan Tahun 2024",
        summary="Ringkasan Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Kesehatan tahun 2024: sasaran, "
        "indikator, capaian, dan kendala.",
        body=_text("""
            Dinas Kesehatan Kabupaten Kepulauan Meranti menyampaikan ringkasan Laporan Kinerja Instansi Pemerintah
            (LKjIP) Tahun 2024. Laporan ini membandingkan target dan realisasi indikator kinerja yang ditetapkan
            dalam perjanjian kinerja, antara lain cakupan pelayanan kesehatan ibu dan anak, imunisasi dasar,
            penemuan kasus tuberkulosis, dan penanganan balita berisiko stunting.

            Sebagian besar indikator tercapai sesuai target. Kendala yang dicatat antara lain jarak dan biaya
            transportasi ke desa di pulau-pulau kecil serta pemerataan tenaga kesehatan. Untuk tahun berikutnya,
            Dinas Kesehatan memperkuat layanan keliling dan pendampingan kader posyandu.

            Dokumen LKjIP lengkap, termasuk tabel capaian setiap indikator, dapat diperoleh melalui PPID Dinas
            Kesehatan atau laman resmi pemerintah daerah.
        """),
        at=wib(2025, 3, 25, 10, 0),
        themes=("germas", "penurunan-stunting"),
    ),
    DemoRelease(
        key="puskesmas-idulfitri-1446",
        agency="upt-puskesmas-selatpanjang",
        kind=ReleaseKind.ANNOUNCEMENT,
        title="Jadwal Pelayanan Puskesmas Selatpanjang selama Libur Idulfitri 1446 H",
        summary="Unit gawat darurat dan persalinan tetap buka 24 jam selama libur Idulfitri; rawat jalan kembali "
        "normal pada hari kerja pertama setelah cuti bersama.",
        body=_text("""
            UPT Puskesmas Selatpanjang menyampaikan jadwal pelayanan selama libur nasional dan cuti bersama Hari
            Raya Idulfitri 1446 Hijriah.

            Pelayanan gawat darurat dan persalinan tetap buka 24 jam setiap hari, termasuk pada hari raya. Pelayanan
            rawat jalan umum, kesehatan gigi, serta kesehatan ibu dan anak libur selama cuti bersama dan kembali
            normal pada hari kerja pertama sesudahnya.

            Pasien penyakit kronis yang rutin mengambil obat diimbau datang sebelum libur dimulai agar persediaan
            obatnya cukup. Selamat Hari Raya Idulfitri, mohon maaf lahir dan batin.
        """),
        at=wib(2025, 3, 26, 9, 0),
        themes=("pelayanan-publik",),
    ),
    DemoRelease(
        key="m-paspor-jam-layanan",
        agency="imigrasi",
        title="Imigrasi Selatpanjang Imbau Pemohon Paspor Mendaftar Hanya Lewat Aplikasi Resmi",
        summary="Pendaftaran paspor dilakukan melalui aplikasi resmi Direktorat Jenderal Imigrasi; pemohon diminta "
        "waspada terhadap calo dan situs palsu.",
        body=_text("""
            Kantor Imigrasi Kelas II TPI Selatpanjang mengimbau masyarakat yang akan membuat atau mengganti paspor
            agar mendaftar hanya melalui aplikasi resmi Direktorat Jenderal Imigrasi. Pendaftaran dan pemilihan
            jadwal kedatangan dilakukan oleh pemohon sendiri tanpa perantara.

            Pada hari kedatangan, pemohon membawa dokumen asli sesuai persyaratan. Penerimaan berkas di kantor
            dilayani Senin sampai Jumat pukul 08.00–15.00 WIB, dan pemohon diminta datang sesuai jadwal yang
            dipilih di aplikasi.

            Biaya paspor dibayar melalui kanal pembayaran resmi yang tercantum dalam aplikasi, sesuai tarif
            Penerimaan Negara Bukan Pajak. Petugas imigrasi tidak pernah meminta pembayaran tunai di luar ketentuan.
            Tawaran percepatan dengan imbalan dapat dilaporkan melalui layanan pengaduan Kantor Imigrasi
            Selatpanjang.
        """),
        at=wib(2025, 4, 22, 10, 0),
        corrected=("pukul 08.00–16.00 WIB", "pukul 08.00–15.00 WIB"),
        follow_up=dt.timedelta(days=1, hours=2),
        comment="Koreksi: pada paragraf kedua semula tertulis penerimaan berkas sampai pukul 16.00 WIB. Yang benar, "
        "penerimaan berkas berakhir pukul 15.00 WIB. Mohon maaf atas kekeliruan ini.",
        themes=("pelayanan-publik", "spbe"),
    ),
    DemoRelease(
        key="jadwal-spmb-2025",
        agency="disdik",
        kind=ReleaseKind.ANNOUNCEMENT,
        status=Status.WITHDRAWN,
        title="Jadwal Penerimaan Murid Baru Jenjang SD dan SMP Tahun Ajaran 2025/2026",
        summary="Tahapan pendaftaran murid baru jenjang SD dan SMP negeri di Kabupaten Kepulauan Meranti untuk "
        "tahun ajaran 2025/2026.",
        body=_text("""
            Dinas Pendidikan Kabupaten Kepulauan Meranti menyampaikan tahapan Sistem Penerimaan Murid Baru (SPMB)
            jenjang SD dan SMP negeri tahun ajaran 2025/2026. Pendaftaran dibuka melalui jalur domisili, afirmasi,
            dan mutasi, serta jalur prestasi untuk jenjang SMP, sesuai ketentuan yang berlaku.

            Orang tua diminta menyiapkan kartu keluarga, akta kelahiran, dan dokumen pendukung jalur yang dipilih.
            Pendaftaran tidak dipungut biaya.

            Informasi lebih lanjut dapat diperoleh di sekolah tujuan atau di kantor Dinas Pendidikan pada hari dan
            jam kerja.
        """),
        at=wib(2025, 5, 14, 10, 0),
        follow_up=dt.timedelta(days=2, hours=3),
        comment="Rilis ini ditarik karena jadwal pendaftaran disesuaikan dengan petunjuk teknis terbaru. Jadwal yang "
        "berlaku akan diumumkan dalam rilis pengganti.",
    ),
    DemoRelease(
        key="pemadaman-listrik-juni-2025",
        agency="diskominfotik",
        kind=ReleaseKind.ANNOUNCEMENT,
        kip_class=KipClass.SERTA_MERTA,
        title="Pemadaman Listrik Terencana untuk Pemeliharaan Jaringan di Sebagian Kota Selatpanjang",
        summary="Aliran listrik di sebagian Kota Selatpanjang akan padam pada Kamis, 12 Juni 2025, pukul "
        "08.00–14.00 WIB karena pemeliharaan jaringan.",
        body=_text("""
            Diskominfotik Kabupaten Kepulauan Meranti meneruskan pemberitahuan dari PLN setempat: akan ada
            pemadaman listrik terencana pada Kamis, 12 Juni 2025, pukul 08.00–14.00 WIB, untuk pemeliharaan
            jaringan distribusi.

            Wilayah yang terdampak meliputi sebagian Kelurahan Selatpanjang Kota dan Selatpanjang Barat. Waktu
            penyalaan kembali dapat lebih cepat bila pekerjaan selesai lebih awal.

            Warga diimbau menyiapkan penerangan cadangan, mengisi daya perangkat komunikasi sebelumnya, dan
            mencabut peralatan elektronik yang sensitif. Fasilitas kesehatan dan layanan publik diminta memastikan
            genset dalam keadaan siap.

            Keterangan lebih lanjut dapat ditanyakan kepada layanan pelanggan PLN melalui kanal resmi PLN.
        """),
        at=wib(2025, 6, 10, 15, 0),
        comment="Pemberitahuan PLN baru diterima; warga perlu waktu untuk bersiap.",
    ),
    DemoRelease(
        key="titik-panas-juli-2025",
        agency="bpbd",
        kip_class=KipClass.SERTA_MERTA,
        title="Titik Panas Terpantau, BPBD Minta Warga Tidak Membakar Lahan Gambut",
        summary="Cuaca kering meningkatkan risiko kebakaran lahan gambut; warga diminta tidak membakar lahan dan "
        "segera melaporkan bila melihat api atau asap.",
        body=_text("""
            BPBD Kabupaten Kepulauan Meranti memantau adanya titik panas di beberapa lokasi lahan gambut dalam
            beberapa hari terakhir, seiring cuaca kering dan angin kencang. Api di lahan gambut mudah menjalar di
            bawah permukaan dan sulit dipadamkan.

            Warga diminta tidak membuka atau membersihkan lahan dengan cara membakar, tidak membuang puntung rokok
            sembarangan, dan segera melapor kepada kepala desa, Masyarakat Peduli Api, atau posko BPBD bila melihat
            api atau asap.

            Tim gabungan BPBD, TNI, Polri, Manggala Agni, dan Masyarakat Peduli Api telah disiagakan untuk
            pemadaman. Warga yang tinggal di sekitar lokasi asap diimbau mengurangi kegiatan di luar rumah dan
            memakai masker, terutama anak-anak, lansia, dan penderita penyakit pernapasan.
        """),
        at=wib(2025, 7, 22, 7, 45),
        comment="Titik panas dekat permukiman; imbauan harus keluar pagi ini.",
        themes=("cegah-karhutla",),
    ),
    DemoRelease(
        key="paripurna-apbd-2026",
        agency="setwan",
        title="DPRD Gelar Rapat Paripurna Pembahasan Ranperda APBD Tahun Anggaran 2026",
        summary="DPRD Kabupaten Kepulauan Meranti menggelar rapat paripurna pembahasan rancangan peraturan daerah "
        "tentang APBD Tahun Anggaran 2026.",
        body=_text("""
            DPRD Kabupaten Kepulauan Meranti menggelar rapat paripurna pembahasan Rancangan Peraturan Daerah
            tentang Anggaran Pendapatan dan Belanja Daerah (APBD) Tahun Anggaran 2026, Rabu, 26 November 2025, di
            gedung DPRD. Rapat dihadiri pimpinan dan anggota DPRD, unsur pemerintah daerah, serta pimpinan
            perangkat daerah.

            Dalam rapat tersebut, fraksi-fraksi menyampaikan pandangan dan masukan atas rancangan APBD, antara lain
            mengenai prioritas infrastruktur antarpulau, layanan pendidikan dan kesehatan, serta peningkatan
            pendapatan asli daerah.

            Sekretariat DPRD menyampaikan bahwa jadwal rapat paripurna terbuka untuk umum dan dapat diikuti
            masyarakat sesuai tata tertib DPRD.
        """),
        at=wib(2025, 11, 26, 16, 0),
    ),
    DemoRelease(
        key="produk-hukum-semester-2-2025",
        agency="bagian-hukum",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.F,
        title="Daftar Produk Hukum Daerah yang Ditetapkan pada Semester II Tahun 2025",
        summary="Peraturan daerah, peraturan bupati, dan keputusan bupati yang ditetapkan pada Juli–Desember 2025 "
        "dapat dibaca di JDIH Kabupaten Kepulauan Meranti.",
        body=_text("""
            Bagian Hukum Sekretariat Daerah Kabupaten Kepulauan Meranti menyampaikan daftar produk hukum daerah
            yang ditetapkan pada semester II tahun 2025, meliputi peraturan daerah, peraturan bupati, dan keputusan
            bupati yang mengatur kepentingan umum.

            Naskah lengkap setiap produk hukum, beserta status berlakunya, dapat dibaca dan diunduh melalui
            Jaringan Dokumentasi dan Informasi Hukum (JDIH) Kabupaten Kepulauan Meranti yang terhubung dengan JDIH
            Nasional.

            Masyarakat yang memerlukan salinan cetak atau penjelasan dapat menghubungi Bagian Hukum pada hari dan
            jam kerja atau mengajukan permohonan melalui PPID.
        """),
        at=wib(2026, 1, 20, 10, 0),
    ),
    DemoRelease(
        key="laporan-layanan-informasi-2025",
        agency="diskominfotik",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.E,
        title="Ringkasan Laporan Layanan Informasi Publik Tahun 2025",
        summary="Ringkasan permohonan informasi, waktu penyelesaian, keberatan, dan sengketa yang ditangani PPID "
        "Kabupaten Kepulauan Meranti sepanjang 2025.",
        body=_text("""
            PPID Kabupaten Kepulauan Meranti menyampaikan ringkasan laporan layanan informasi publik tahun 2025,
            sesuai kewajiban menyusun laporan tahunan paling lambat tiga bulan setelah tahun anggaran berakhir.

            Laporan memuat jumlah permohonan informasi yang diterima, waktu rata-rata penyelesaiannya, jumlah
            permohonan yang dikabulkan seluruhnya atau sebagian, permohonan yang ditolak beserta alasannya, serta
            keberatan dan sengketa informasi yang ditangani.

            Sebagian besar permohonan berkaitan dengan dokumen perencanaan, anggaran, dan data statistik sektoral.
            Ke depan, PPID bersama walidata akan menerbitkan lebih banyak data secara terbuka di portal data daerah
            agar masyarakat tidak perlu mengajukan permohonan untuk informasi yang sering diminta.

            Laporan lengkap dapat diunduh di laman PPID atau diminta langsung di meja layanan PPID.
        """),
        at=wib(2026, 2, 27, 10, 0),
        themes=("pelayanan-publik", "satu-data-indonesia"),
    ),
    DemoRelease(
        key="tata-cara-pengaduan",
        agency="diskominfotik",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.BERKALA,
        berkala_item=BerkalaItem.H,
        title="Tata Cara Pengaduan Penyalahgunaan Wewenang atau Pelanggaran oleh Pejabat Pemerintah Daerah",
        summary="Pengaduan atas dugaan penyalahgunaan wewenang dapat disampaikan melalui SP4N-LAPOR!; identitas "
        "pelapor dirahasiakan.",
        body=_text("""
            Masyarakat yang mengetahui dugaan penyalahgunaan wewenang, pungutan liar, atau pelanggaran lain oleh
            pejabat dan pegawai Pemerintah Kabupaten Kepulauan Meranti dapat menyampaikan pengaduan melalui Sistem
            Pengelolaan Pengaduan Pelayanan Publik Nasional (SP4N-LAPOR!).

            Pengaduan sebaiknya memuat uraian kejadian, waktu dan tempat, pihak yang diduga terlibat, serta bukti
            pendukung bila ada. Pelapor dapat memilih agar identitasnya dirahasiakan; pemerintah daerah menjamin
            pelapor tidak dirugikan karena laporannya.

            Pengaduan diverifikasi lalu diteruskan kepada perangkat daerah yang berwenang atau kepada aparat
            pengawas internal pemerintah. Perkembangan tindak lanjut dapat dipantau pelapor melalui aplikasi yang
            sama.
        """),
        at=wib(2024, 4, 30, 10, 0),
        themes=("pelayanan-publik",),
    ),
    DemoRelease(
        key="gangguan-air-bersih",
        agency="dinas-pupr",
        kind=ReleaseKind.ANNOUNCEMENT,
        kip_class=KipClass.SERTA_MERTA,
        title="Gangguan Distribusi Air Bersih karena Perbaikan Pipa Transmisi di Selatpanjang",
        summary="Aliran air bersih ke sebagian Kota Selatpanjang terganggu selama perbaikan pipa transmisi yang "
        "bocor; perbaikan diperkirakan selesai dalam dua hari.",
        body=_text("""
            Dinas PUPR Kabupaten Kepulauan Meranti memberitahukan bahwa aliran air bersih ke sebagian Kota
            Selatpanjang terganggu karena kebocoran pada pipa transmisi. Petugas sedang memperbaiki pipa tersebut,
            dan pekerjaan diperkirakan selesai dalam dua hari.

            Selama perbaikan, tekanan air di Kelurahan Selatpanjang Selatan dan Selatpanjang Timur akan sangat
            rendah atau terhenti. Mobil tangki air bersih disiagakan untuk fasilitas kesehatan, sekolah, dan
            permukiman yang paling terdampak.

            Warga diimbau menampung air secukupnya dan menggunakannya dengan hemat. Air yang keluar keruh sesudah
            aliran pulih sebaiknya dibiarkan mengalir beberapa saat sebelum digunakan. Perkembangan perbaikan akan
            disampaikan melalui kanal resmi pemerintah daerah.
        """),
        at=dt.timedelta(hours=-5),
        comment="Pipa bocor sejak dini hari; warga perlu segera tahu untuk menampung air.",
        needs_review=True,
    ),
    # --- not (yet) public ---------------------------------------------------------------
    DemoRelease(
        key="portal-satu-data",
        agency="diskominfotik",
        status=Status.SCHEDULED,
        title="Portal Satu Data Kepulauan Meranti Buka Kanal Pengajuan Dataset bagi Produsen Data",
        summary="Perangkat daerah kini dapat mengajukan dataset beserta metadatanya melalui portal data daerah "
        "untuk diperiksa walidata sebelum diterbitkan.",
        body=_text("""
            Diskominfotik Kabupaten Kepulauan Meranti selaku walidata daerah membuka kanal pengajuan dataset pada
            portal Satu Data Kepulauan Meranti. Melalui kanal ini, setiap perangkat daerah sebagai produsen data
            dapat mengunggah dataset beserta metadata yang disyaratkan.

            Walidata memeriksa kesesuaian dataset dengan standar data, kelengkapan metadata, dan penggunaan kode
            referensi wilayah Kemendagri sebelum dataset diterbitkan dalam format terbuka yang dapat dibaca mesin.

            Diskominfotik akan mendampingi admin data setiap perangkat daerah melalui pertemuan forum kehumasan dan
            kelas daring. Dataset yang terbit di portal juga menjadi bahan penilaian penerapan SPBE daerah.
        """),
        at=dt.timedelta(days=3),
        themes=("satu-data-indonesia", "spbe"),
    ),
    DemoRelease(
        key="ukw-pwi",
        agency="pwi",
        status=Status.APPROVED,
        title="PWI Kepulauan Meranti Ajak Wartawan Ikuti Uji Kompetensi Wartawan",
        summary="PWI Kabupaten Kepulauan Meranti mendorong wartawan di daerah ini mengikuti uji kompetensi agar "
        "kualitas pemberitaan terus meningkat.",
        body=_text("""
            PWI Kabupaten Kepulauan Meranti mengajak wartawan yang bertugas di daerah ini mengikuti Uji Kompetensi
            Wartawan (UKW). Uji kompetensi menilai kemampuan wartawan sesuai jenjangnya, mulai dari muda, madya,
            hingga utama, berdasarkan standar kompetensi yang ditetapkan Dewan Pers.

            Menurut pengurus PWI, wartawan yang kompeten memahami kode etik, cermat memverifikasi informasi, dan
            mampu menulis berita yang bermanfaat bagi publik. Sertifikat kompetensi juga memudahkan humas
            instansi mengenali wartawan yang bekerja secara profesional.

            Informasi jadwal dan persyaratan pendaftaran akan disampaikan melalui sekretariat PWI Kabupaten
            Kepulauan Meranti dan forum kehumasan.
        """),
        at=wib(2026, 11, 18, 14, 0),
        themes=("forum-kehumasan",),
    ),
    DemoRelease(
        key="paspor-akhir-pekan",
        agency="imigrasi",
        status=Status.SUBMITTED,
        title="Imigrasi Selatpanjang Buka Layanan Paspor Akhir Pekan Menjelang Libur Akhir Tahun",
        summary="Menjelang libur akhir tahun, Kantor Imigrasi Selatpanjang membuka layanan paspor pada hari Sabtu "
        "bagi pemohon yang sudah mendaftar di aplikasi resmi.",
        body=_text("""
            Kantor Imigrasi Kelas II TPI Selatpanjang membuka layanan paspor pada hari Sabtu menjelang libur akhir
            tahun, untuk menampung meningkatnya permohonan dari warga yang hendak bepergian ke luar negeri.

            Layanan akhir pekan hanya untuk pemohon yang telah mendaftar dan memilih jadwal melalui aplikasi resmi
            Direktorat Jenderal Imigrasi. Persyaratan dan biaya sama dengan layanan pada hari kerja.

            Pemohon diimbau datang tepat waktu dan membawa seluruh dokumen asli agar proses wawancara dan perekaman
            biometrik berjalan lancar.
        """),
        at=wib(2026, 11, 25, 10, 0),
        comment="Mohon diperiksa sebelum diteruskan ke forum.",
        themes=("pelayanan-publik",),
    ),
    DemoRelease(
        key="simulasi-evakuasi-rob",
        agency="bpbd",
        status=Status.IN_REVIEW,
        title="BPBD Gelar Simulasi Evakuasi Banjir Rob bagi Warga Pesisir Selatpanjang",
        summary="Simulasi melatih warga pesisir mengenali tanda peringatan dini dan menuju titik kumpul dengan "
        "tertib sebelum musim pasang tinggi akhir tahun.",
        body=_text("""
            BPBD Kabupaten Kepulauan Meranti menggelar simulasi evakuasi banjir rob bersama warga pesisir Kelurahan
            Selatpanjang Timur. Simulasi ini dilaksanakan menjelang musim pasang tinggi akhir tahun, ketika
            genangan air laut kerap masuk ke permukiman di tepi pantai.

            Dalam simulasi, warga berlatih mengenali tanda peringatan dini, mengamankan dokumen dan barang penting,
            serta menuju titik kumpul melalui jalur evakuasi yang telah dipasangi rambu. Petugas juga memperagakan
            cara membantu lansia, anak-anak, dan penyandang disabilitas.

            BPBD berharap kegiatan serupa dapat dilaksanakan oleh setiap kelurahan dan desa pesisir secara mandiri,
            dengan pendampingan dari BPBD dan perangkat kecamatan.
        """),
        at=wib(2026, 11, 26, 11, 0),
        comment="Sudah sesuai, mohon diselaraskan forum dengan kalender siaga bencana.",
        themes=("siaga-banjir-rob",),
    ),
    DemoRelease(
        key="prevalensi-stunting",
        agency="dinkes",
        status=Status.CHANGES_REQUESTED,
        title="Prevalensi Stunting di Kepulauan Meranti Terus Menurun",
        summary="Hasil pengukuran balita di posyandu menunjukkan penurunan kasus stunting; Dinkes mengajak seluruh "
        "pihak mempertahankan capaian ini.",
        body=_text("""
            Dinas Kesehatan Kabupaten Kepulauan Meranti menyampaikan bahwa hasil pengukuran balita di posyandu
            sepanjang tahun ini menunjukkan penurunan jumlah balita stunting dibandingkan tahun sebelumnya. Hasil
            pengukuran bulan Agustus mencatat 1.245 balita stunting di seluruh kecamatan.

            Penurunan ini merupakan hasil kerja bersama tenaga kesehatan, kader posyandu, pemerintah desa, dan tim
            pendamping keluarga, melalui pemberian makanan tambahan bergizi, kelas ibu balita, dan perbaikan
            sanitasi.

            Dinas Kesehatan mengajak semua pihak mempertahankan capaian ini, antara lain dengan memastikan setiap
            balita ditimbang dan diukur setiap bulan.
        """),
        at=wib(2026, 11, 20, 15, 0),
        comment="Klaim penurunan perlu angka resmi: sebutkan angka prevalensi, tahun, dan sumber surveinya, dan "
        "pastikan sama dengan data yang dipegang walidata. Angka pengukuran posyandu jangan disebut prevalensi.",
        themes=("penurunan-stunting", "satu-data-indonesia"),
    ),
    # Two agencies on one subject, for the clash panel of the drafts above: Bappeda gives another count of
    # the balita the Dinkes draft counts, and Diskominfotik has already told of the evacuation drill BPBD's
    # draft is about.
    DemoRelease(
        key="rembuk-stunting",
        agency="bappeda",
        title="Rembuk Stunting Kabupaten Sepakati Desa Lokus Penanganan Tahun Depan",
        summary="Bappeda bersama perangkat daerah dan camat menetapkan desa yang menjadi lokus penanganan stunting "
        "berdasarkan data pengukuran balita terbaru.",
        body=_text("""
            Bappeda Kabupaten Kepulauan Meranti memimpin rembuk stunting tingkat kabupaten di ruang rapat Bappeda.
            Rembuk diikuti perangkat daerah, camat, dan tim pendamping keluarga untuk menetapkan desa yang menjadi
            lokus penanganan stunting tahun depan.

            Data pengukuran bulan Agustus yang dibahas dalam rembuk mencatat 1.254 balita stunting di seluruh
            kecamatan. Desa dengan jumlah kasus tertinggi diusulkan menjadi lokus dan mendapat pendampingan lintas
            sektor.

            Hasil rembuk akan dituangkan dalam rencana kerja perangkat daerah dan dipantau setiap triwulan.
        """),
        at=dt.timedelta(days=-9),
        themes=("penurunan-stunting",),
    ),
    DemoRelease(
        key="warga-ikuti-simulasi-rob",
        agency="diskominfotik",
        title="Warga Pesisir Selatpanjang Timur Ikuti Simulasi Evakuasi Banjir Rob",
        summary="Warga berlatih mengenali tanda peringatan dini dan menuju titik kumpul melalui jalur evakuasi "
        "sebelum musim pasang tinggi.",
        body=_text("""
            Warga pesisir Kelurahan Selatpanjang Timur mengikuti simulasi evakuasi banjir rob yang digelar BPBD
            Kabupaten Kepulauan Meranti menjelang musim pasang tinggi akhir tahun.

            Warga berlatih mengenali tanda peringatan dini, mengamankan dokumen dan barang penting, lalu menuju
            titik kumpul melalui jalur evakuasi yang telah dipasangi rambu. Petugas memperagakan cara membantu
            lansia, anak-anak, dan penyandang disabilitas.

            Lurah Selatpanjang Timur berharap simulasi serupa rutin dilaksanakan di kelurahan dan desa pesisir.
        """),
        at=dt.timedelta(days=-2),
        themes=("siaga-banjir-rob",),
    ),
    DemoRelease(
        key="hari-jadi-18",
        agency="prokopim",
        status=Status.DRAFT,
        title="Rangkaian Peringatan Hari Jadi ke-18 Kabupaten Kepulauan Meranti",
        summary="Apel peringatan, rapat paripurna istimewa DPRD, dan kegiatan masyarakat menandai 18 tahun "
        "Kabupaten Kepulauan Meranti.",
        body=_text("""
            Pemerintah Kabupaten Kepulauan Meranti akan memperingati Hari Jadi ke-18 pada Sabtu, 19 Desember 2026.
            Rangkaian peringatan meliputi apel di halaman Kantor Bupati, rapat paripurna istimewa DPRD, serta
            kegiatan olahraga, seni, dan bazar produk lokal yang melibatkan masyarakat.

            Perangkat daerah diminta memasang ucapan hari jadi di kantor dan akun media sosial resmi masing-masing
            dengan materi yang disiapkan Bagian Prokopim.

            (Draf: susunan acara dan lokasi bazar menunggu rapat panitia.)
        """),
        at=wib(2026, 11, 24, 16, 0),
        themes=("hari-jadi-meranti",),
    ),
    DemoRelease(
        key="home-care-lansia",
        agency="dinkes",
        status=Status.DRAFT,
        title="Layanan Kunjungan Rumah bagi Lansia di Kelurahan Selatpanjang Timur",
        summary="Tenaga kesehatan mengunjungi lansia yang sulit datang ke puskesmas untuk pemeriksaan rutin.",
        body=_text("""
            Dinas Kesehatan melalui UPT Puskesmas Selatpanjang mulai melaksanakan layanan kunjungan rumah bagi warga
            lanjut usia yang sulit datang ke puskesmas karena sakit atau keterbatasan gerak. Petugas memeriksa
            tekanan darah, gula darah, dan kondisi umum, serta memastikan obat rutin tersedia.

            Pada kunjungan pertama, petugas melayani seorang warga lansia di Kelurahan Selatpanjang Timur (NIK
            1410015203859999) yang selama ini dirawat keluarganya di rumah.

            Keluarga yang memiliki anggota lansia dengan kondisi serupa dapat mendaftarkannya melalui kader
            posyandu lansia atau langsung ke puskesmas.
        """),
        at=wib(2026, 11, 23, 10, 0),
        themes=("germas",),
    ),
    # --- dikecualikan: kept with their uji konsekuensi, never published ----------------
    DemoRelease(
        key="dik-penyidikan-kejari",
        agency="kejari",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.DIKECUALIKAN,
        status=Status.APPROVED,
        title="Dokumen Penyidikan Perkara Dugaan Tindak Pidana Korupsi pada Tahap Penyidikan",
        summary="Berita acara, keterangan saksi, dan alat bukti perkara yang masih dalam tahap penyidikan.",
        body=_text("""
            Informasi ini meliputi berita acara pemeriksaan, keterangan saksi, hasil penggeledahan dan penyitaan,
            serta alat bukti lain dalam perkara dugaan tindak pidana korupsi yang masih dalam tahap penyidikan di
            Kejaksaan Negeri Kepulauan Meranti.

            Informasi yang tetap terbuka bagi publik: nomor dan tanggal surat perintah penyidikan, pasal yang
            disangkakan secara umum, dan perkembangan tahapan perkara yang disampaikan melalui siaran pers resmi.
        """),
        at=wib(2025, 5, 12, 10, 0),
        comment="Klasifikasi dan uji konsekuensi sudah diperiksa; masuk Daftar Informasi yang Dikecualikan, tidak "
        "untuk diterbitkan.",
        exemption={
            "exemption_ground": ExemptionGround.A,
            "exemption_legal_basis": "Pasal 17 huruf a angka 1 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
            "Informasi Publik: informasi yang dapat menghambat proses penyelidikan dan penyidikan suatu tindak "
            "pidana.",
            "exemption_consequence": "Membuka dokumen sebelum perkara dilimpahkan ke pengadilan dapat mengganggu "
            "pengumpulan alat bukti, memberi peluang penghilangan barang bukti atau pengaruh terhadap saksi, dan "
            "merugikan asas praduga tak bersalah bagi pihak yang diperiksa. Kepentingan publik lebih terlindungi bila "
            "informasi dibuka pada persidangan yang terbuka untuk umum.",
            "exemption_ends_on": dt.date(2027, 5, 31),
            "exemption_decree_number": "KEP-03/PPID.KJR-MRT/05/2025",
            "exemption_decree_date": dt.date(2025, 5, 12),
        },
    ),
    DemoRelease(
        key="dik-rincian-hps",
        agency="dinas-pupr",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.DIKECUALIKAN,
        status=Status.DRAFT,
        title="Rincian Harga Perkiraan Sendiri Paket Peningkatan Jalan Lingkungan Sebelum Tender",
        summary="Rincian harga satuan dan perhitungan HPS paket pekerjaan jalan yang belum ditenderkan.",
        body=_text("""
            Informasi ini berupa rincian harga satuan, analisis harga, dan perhitungan Harga Perkiraan Sendiri
            (HPS) paket peningkatan jalan lingkungan di Kecamatan Tebing Tinggi Barat yang belum ditenderkan.

            Nilai total HPS tetap diumumkan bersama dokumen pemilihan dan terbuka bagi publik. Yang dikecualikan
            hanya rinciannya, sampai kontrak ditandatangani.
        """),
        at=wib(2026, 2, 20, 10, 0),
        exemption={
            "exemption_ground": ExemptionGround.B,
            "exemption_legal_basis": "Pasal 17 huruf b Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
            "Informasi Publik; ketentuan pengadaan barang/jasa pemerintah yang membuka nilai total HPS tetapi tidak "
            "rincian harga satuannya.",
            "exemption_consequence": "Bila rincian HPS diketahui calon penyedia sebelum tender, penawaran dapat "
            "disusun mengikuti HPS, bukan harga wajar, sehingga persaingan tidak sehat dan daerah berisiko membayar "
            "lebih mahal.",
            "exemption_ends_on": dt.date(2026, 12, 31),
            "exemption_decree_number": "188.4/PPID-PUPR/II/2026/02",
            "exemption_decree_date": dt.date(2026, 2, 19),
        },
    ),
    DemoRelease(
        key="dik-data-anak-dinsos",
        agency="dinsos-p3a",
        kind=ReleaseKind.PUBLIC_INFORMATION,
        kip_class=KipClass.DIKECUALIKAN,
        status=Status.APPROVED,
        title="Data Anak Penerima Layanan Perlindungan Khusus",
        summary="Catatan kasus, identitas, dan hasil asesmen anak yang mendapat layanan perlindungan khusus.",
        body=_text("""
            Informasi ini meliputi identitas anak dan keluarganya, catatan kasus, hasil asesmen psikologis dan
            sosial, serta rencana pendampingan anak yang menerima layanan perlindungan khusus dari Dinas Sosial,
            Pemberdayaan Perempuan dan Perlindungan Anak.

            Yang tetap terbuka bagi publik adalah data gabungan tanpa identitas: jumlah anak yang didampingi menurut
            jenis layanan, kecamatan, dan tahun, yang diterbitkan melalui portal data daerah.
        """),
        at=wib(2025, 8, 5, 10, 0),
        comment="Uji konsekuensi lengkap; yang diterbitkan hanya data gabungan tanpa identitas di portal data.",
        exemption={
            "exemption_ground": ExemptionGround.H,
            "exemption_legal_basis": "Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan "
            "Informasi Publik; Pasal 4 ayat (2) huruf e Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data "
            "Pribadi (data anak sebagai data pribadi yang bersifat spesifik); Pasal 64 Undang-Undang Nomor 35 Tahun "
            "2014 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2002 tentang Perlindungan Anak.",
            "exemption_consequence": "Membuka data ini mengungkap rahasia pribadi anak dan keluarganya, dapat "
            "menimbulkan stigma, membahayakan keselamatan anak, dan menghambat pemulihannya.",
            "exemption_decree_number": "188.4/PPID-DINSOSP3A/VIII/2025/05",
            "exemption_decree_date": dt.date(2025, 8, 4),
        },
    ),
]
