"""The Satu Data demo of the Meranti forum: a few datasets of its agencies, with figures invented for the demo
(never official statistics), one still a draft and one exempt, so every rule of the catalogue shows."""

from __future__ import annotations

import datetime as dt

from django.core.files.base import ContentFile
from django.utils import timezone

from sinergi.data import catalogue_search, indicators, resource_check
from sinergi.data.models import DataListEntry, Dataset, DatasetStatus, Indicator
from sinergi.forum.models import AgencyRole, AgencyRoleKind, Member

KECAMATAN = [("14.10.01", "Tebing Tinggi"), ("14.10.02", "Rangsang Barat"), ("14.10.03", "Rangsang"),
             ("14.10.04", "Tebing Tinggi Barat"), ("14.10.05", "Merbau"), ("14.10.06", "Pulaumerbau"),
             ("14.10.07", "Tebing Tinggi Timur"), ("14.10.08", "Tasik Putri Puyu"), ("14.10.09", "Rangsang Pesisir")]  # fmt: skip
# Invented counts for the demo, one per kecamatan above.
BALITA = [212, 131, 118, 160, 142, 95, 120, 104, 163]
KEJADIAN = [4, 6, 7, 3, 5, 2, 4, 3, 8]
PREVALENSI = ["26,1", "24,3", "21,8", "19,5", "17,2"]  # invented, one per year, the last five years

DATASETS = [
    dict(agency="dinkes", name="balita-stunting-per-kecamatan", title="Jumlah Balita Stunting per Kecamatan",
         description="Balita dengan tinggi badan menurut umur di bawah standar, dari pengukuran di posyandu bulan "
         "Agustus, per kecamatan. Angka demo, bukan statistik resmi.", topic="kesehatan", frequency="tahunan",
         unit="balita", concept="Stunting: kondisi gagal tumbuh pada anak balita akibat kekurangan gizi kronis.",
         definition="Balita dengan z-skor tinggi badan menurut umur kurang dari -2 standar deviasi.",
         classification="Kode wilayah Kemendagri (kecamatan)", measure="Jumlah", tags=["stunting", "gizi", "balita"],
         columns=("kode_wilayah", "kecamatan", "tahun", "jumlah_balita_stunting"), values=BALITA,
         status=DatasetStatus.PUBLISHED),
    dict(agency="dinkes", name="prevalensi-balita-stunting", title="Prevalensi Balita Stunting Kabupaten",
         description="Persentase balita stunting di antara balita yang diukur di posyandu, tingkat kabupaten, lima "
         "tahun terakhir. Angka demo, bukan statistik resmi.", topic="kesehatan", frequency="tahunan",
         unit="persen", measure="Persentase", concept="Stunting: kondisi gagal tumbuh pada anak balita.",
         definition="Jumlah balita stunting dibagi jumlah balita yang diukur, dikali 100.",
         classification="Kode wilayah Kemendagri (kabupaten)", tags=["stunting", "indikator"],
         columns=("kode_wilayah", "tahun", "prevalensi_persen"), values=None, status=DatasetStatus.PUBLISHED,
         indicator=dict(slug="prevalensi-balita-stunting", name="Prevalensi balita stunting", unit="persen",
                        definition="Persentase balita dengan tinggi badan menurut umur di bawah -2 standar deviasi.",
                        interpretation="Makin rendah makin baik.", formula="(balita stunting / balita diukur) × 100",
                        measure="Persentase", lower_is_better=True, column="prevalensi_persen")),
    dict(agency="bpbd", name="kejadian-banjir-rob-per-kecamatan", title="Kejadian Banjir Rob per Kecamatan",
         description="Kejadian banjir rob yang dicatat BPBD, per kecamatan. Angka demo, bukan statistik resmi.",
         topic="kebencanaan", frequency="tahunan", unit="kejadian", measure="Jumlah",
         concept="Banjir rob: genangan air laut pasang di daratan pesisir.", tags=["banjir rob", "bencana"],
         classification="Kode wilayah Kemendagri (kecamatan)",
         columns=("kode_wilayah", "kecamatan", "tahun", "jumlah_kejadian"), values=KEJADIAN,
         status=DatasetStatus.PUBLISHED),
    dict(agency="bpbd", name="titik-kumpul-evakuasi-banjir-rob", title="Titik Kumpul Evakuasi Banjir Rob",
         description="Jumlah titik kumpul evakuasi banjir rob yang sudah dipasangi rambu, per kecamatan pesisir. "
         "Angka demo, bukan statistik resmi.", topic="kebencanaan", frequency="tahunan", unit="titik",
         measure="Jumlah", tags=["banjir rob", "evakuasi"], classification="Kode wilayah Kemendagri (kecamatan)",
         columns=("kode_wilayah", "kecamatan", "tahun", "jumlah_titik_kumpul"), values=[3, 5, 6, 2, 4, 1, 3, 2, 6],
         status=DatasetStatus.SUBMITTED),
    dict(agency="disdik", name="rencana-sekolah-baru", title="Rencana Lokasi Sekolah Baru",
         description="Usulan lokasi sekolah baru, masih disusun.", topic="pendidikan", frequency="sekali",
         tags=["sekolah"], columns=(), values=[], status=DatasetStatus.DRAFT),
    dict(agency="dinkes", name="rekam-kasus-gizi-buruk", title="Data Nama dan Alamat Balita Gizi Buruk",
         description="Data perorangan untuk penanganan kasus; dikecualikan.", topic="kesehatan", frequency="bulanan",
         tags=["gizi"], columns=(), values=[], status=DatasetStatus.PUBLISHED, kip_class="dikecualikan",
         exemption_ground="h", exemption_legal_basis="UU 14/2008 Pasal 17 huruf h; UU 27/2022",
         exemption_consequence="Membuka rahasia pribadi anak dan keluarganya.", exemption_decree_number="SK/PPID/2026/3",
         exemption_decree_date=dt.date(2026, 3, 2)),
]  # fmt: skip


def load_demo_data(forum) -> int:
    """Create the demo datasets if missing; returns how many were new."""
    agencies = {agency.slug: agency for agency in forum.agencies.all()}
    if not {"dinkes", "bpbd", "disdik"} <= agencies.keys():
        return 0  # not the demo forum
    # The demo's Dinkes admin also delivers the agency's data (the walidata is in the forum's demo people).
    admin = Member.objects.filter(email="admin.dinkes@demo.test").first()
    if admin:
        AgencyRole.objects.get_or_create(member=admin, agency=agencies["dinkes"], role=AgencyRoleKind.PRODUSEN_DATA)
    year = forum.today().year - 1
    created = 0
    for spec in DATASETS:
        spec = dict(spec)
        columns, values, agency = spec.pop("columns"), spec.pop("values"), agencies[spec.pop("agency")]
        indicator = dict(spec.pop("indicator", None) or {})
        dataset, new = Dataset.objects.get_or_create(name=spec.pop("name"), defaults={
            **spec, "agency": agency, "period_start": year, "period_end": year,
            "area_codes": [code for code, _name in KECAMATAN], "contact_email": agency.email,
            "published_at": timezone.now() if spec["status"] == DatasetStatus.PUBLISHED else None,
        })  # fmt: skip
        created += new
        if new and dataset.status != DatasetStatus.DRAFT:  # its history, as the steps would have left it
            dataset.events.create(action="submitted", from_status="draft", to_status="submitted", actor=admin)
        if new and dataset.status == DatasetStatus.PUBLISHED:
            dataset.events.create(action="published", from_status="submitted", to_status="published",
                                  actor=Member.objects.filter(email="walidata@demo.test").first())  # fmt: skip
        if new and columns:
            if values is None:  # the regency's series, five years
                rows = [";".join(columns)] + [f"{forum.region_code};{year - 4 + i};{value}"
                                              for i, value in enumerate(PREVALENSI)]  # fmt: skip
            else:
                rows = [",".join(columns)] + [f"{code},{name},{year},{value}" for (code, name), value in
                                              zip(KECAMATAN, values, strict=True)]  # fmt: skip
            data = ("\n".join(rows) + "\n").encode()
            resource = dataset.resources.create(name=f"{dataset.title} {year}", format="CSV", size=len(data))
            resource.file.save(f"{dataset.name}-{year}.csv", ContentFile(data), save=True)
            resource_check.load_trusted(resource)
            if indicator:
                column = indicator.pop("column")
                item = Indicator.objects.create(dataset=dataset, **indicator)
                indicators.fill_from_table(item, resource, column)
        if new and dataset.status == DatasetStatus.PUBLISHED:
            catalogue_search.index(dataset)
    if created:
        _load_data_list(forum, agencies)
    return created


def _load_data_list(forum, agencies) -> None:
    """The year's Daftar Data: one line of each state (published, late, missing, not yet due)."""
    year = forum.today().year
    lines = [("dinkes", "Jumlah Balita Stunting per Kecamatan", dt.date(year, 12, 31), "balita-stunting-per-kecamatan"),
             ("bpbd", "Titik Kumpul Evakuasi Banjir Rob", dt.date(year, 1, 31), "titik-kumpul-evakuasi-banjir-rob"),
             ("disdik", "Jumlah Sekolah dan Murid per Jenjang", dt.date(year, 6, 30), None),
             ("disdik", "Rencana Lokasi Sekolah Baru", dt.date(year, 12, 31), "rencana-sekolah-baru")]  # fmt: skip
    for slug, title, due_on, name in lines:
        DataListEntry.objects.get_or_create(forum=forum, year=year, title=title, defaults={
            "agency": agencies[slug], "due_on": due_on, "dataset": Dataset.objects.filter(name=name).first()})  # fmt: skip
