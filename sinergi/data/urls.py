"""Satu Data: the CKAN-compatible Action API (at both addresses CKAN serves it) and the public catalogue."""

from django.urls import path

from sinergi.data import api_views, data_list_views, dcat_views, import_views, indicator_views, office_views, views

app_name = "data"

urlpatterns = [
    path("api/3/action/<str:name>", api_views.action, name="ckan_action"),
    path("api/action/<str:name>", api_views.action, name="ckan_action_unversioned"),
    path("ruang-kerja/data/", office_views.office, name="office"),
    path("ruang-kerja/data/baru/", office_views.create, name="office_create"),
    path("ruang-kerja/data/daftar-data/", data_list_views.office_list, name="office_data_list"),
    path("ruang-kerja/data/impor/", import_views.import_from_ckan, name="office_import"),
    path("ruang-kerja/data/<int:pk>/", office_views.detail, name="office_dataset"),
    path("ruang-kerja/data/<int:pk>/ubah/", office_views.edit, name="office_edit"),
    path("ruang-kerja/data/<int:pk>/sumber/", office_views.add_resource, name="office_add_resource"),
    path("ruang-kerja/data/<int:pk>/sumber/<int:resource_pk>/kolom/", office_views.resource_schema,
         name="office_schema"),
    path("ruang-kerja/data/<int:pk>/sumber/<int:resource_pk>/unduh/", office_views.office_download,
         name="office_download"),
    path("ruang-kerja/data/<int:pk>/langkah/<str:action>/", office_views.step, name="office_step"),
    path("ruang-kerja/data/<int:pk>/indikator/", indicator_views.add_indicator, name="office_indicator"),
    path("data/", views.catalogue, name="catalogue"),
    path("data/daftar-data/", data_list_views.public_list, name="data_list"),
    path("data/indikator/<slug:slug>/", indicator_views.indicator, name="indicator"),
    path("data/<slug:name>/", views.dataset, name="dataset"),
    path("data/<slug:name>/unduh/<uuid:uid>/<str:filename>", views.download, name="download"),
    path("katalog.<str:extension>", dcat_views.catalogue, name="dcat_catalogue"),
    path("data/<slug:name>.<str:extension>", dcat_views.dataset, name="dcat_dataset"),
]
