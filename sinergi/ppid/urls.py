"""Every URL of the PPID, mounted once at the site root: the public pages and the office."""

from django.urls import include, path

from sinergi.ppid import views

urlpatterns = [
    path("permohonan-informasi/", include("sinergi.ppid.public_urls")),
    path("daftar-informasi-publik/", views.public_dip, name="public_dip"),
    path("maklumat-pelayanan/", views.service_charter, name="service_charter"),
    path("ruang-kerja/ppid/permohonan/", include("sinergi.ppid.office_urls")),
    path("ruang-kerja/ppid/daftar/", include("sinergi.ppid.registers_urls")),
    path("ruang-kerja/ppid/laporan-tahunan/", include("sinergi.ppid.annual_report_urls")),
]
