"""The lists a dataset is described with, kept as data: the topics (groups) of the catalogue, how often a
dataset is renewed, and the licences it may carry, each with what CKAN and DCAT call it.

The topics follow the sectors regional Satu Data portals group their catalogues by (verify against the
national portal's list before a forum relies on them); a forum may add to them in a later version.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Topic:
    slug: str
    name: str  # Indonesian, as the catalogue shows it
    description: str


TOPICS = [
    Topic("ekonomi", "Ekonomi dan Keuangan", "Pertumbuhan ekonomi, keuangan daerah, harga, perdagangan, UMKM."),
    Topic("kesehatan", "Kesehatan", "Layanan kesehatan, gizi, imunisasi, penyakit, tenaga kesehatan."),
    Topic("pendidikan", "Pendidikan", "Sekolah, murid, guru, angka partisipasi, beasiswa."),
    Topic("kependudukan", "Kependudukan dan Sosial", "Penduduk, keluarga, perlindungan sosial, kemiskinan."),
    Topic("infrastruktur", "Infrastruktur", "Jalan, jembatan, air bersih, listrik, permukiman."),
    Topic("pemerintahan", "Pemerintahan", "Kepegawaian, pelayanan publik, perencanaan, keterbukaan informasi."),
    Topic("lingkungan", "Lingkungan Hidup", "Sampah, kualitas air dan udara, abrasi, kawasan lindung."),
    Topic("pertanian", "Pertanian dan Perikanan", "Sagu, kelapa, perikanan tangkap dan budi daya, peternakan."),
    Topic("pariwisata", "Pariwisata dan Kebudayaan", "Kunjungan wisata, festival, cagar budaya."),
    Topic("kebencanaan", "Kebencanaan", "Kejadian bencana, kesiapsiagaan, banjir rob, kebakaran lahan."),
    Topic("transportasi", "Transportasi", "Pelabuhan, penyeberangan, angkutan, kendaraan."),
    Topic("keamanan", "Ketertiban dan Keamanan", "Ketenteraman, ketertiban umum, penegakan peraturan daerah."),
]
TOPIC_CHOICES = [(topic.slug, topic.name) for topic in TOPICS]
TOPICS_BY_SLUG = {topic.slug: topic for topic in TOPICS}

# (value, label, DCAT accrualPeriodicity in the EU frequency vocabulary)
FREQUENCIES = [
    ("tahunan", _("Yearly"), "ANNUAL"),
    ("semesteran", _("Every six months"), "ANNUAL_2"),
    ("triwulanan", _("Quarterly"), "QUARTERLY"),
    ("bulanan", _("Monthly"), "MONTHLY"),
    ("mingguan", _("Weekly"), "WEEKLY"),
    ("harian", _("Daily"), "DAILY"),
    ("sekali", _("Once"), "NEVER"),
    ("tidak_tentu", _("Irregular"), "IRREG"),
]
FREQUENCY_CHOICES = [(value, label) for value, label, _dcat in FREQUENCIES]


@dataclass(frozen=True)
class Licence:
    id: str  # CKAN's licence id
    title: str
    url: str
    open: bool


LICENCES = [
    Licence("cc-by", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/", True),
    Licence("cc-by-sa", "Creative Commons Attribution Share-Alike 4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
            True),
    Licence("cc-zero", "Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/", True),
    Licence("odc-odbl", "Open Data Commons Open Database License (ODbL)", "https://opendatacommons.org/licenses/odbl/",
            True),
    Licence("other-closed", "Other (Not Open)", "", False),
]
LICENCE_CHOICES = [(licence.id, licence.title) for licence in LICENCES]
LICENCES_BY_ID = {licence.id: licence for licence in LICENCES}
DEFAULT_LICENCE = "cc-by"
