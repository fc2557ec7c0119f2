"""Satu Data: the CKAN-compatible Action API (at both addresses CKAN serves it) and the public catalogue."""

from django.urls import path

from sinergi.data import api_views, dcat_views, views

app_name = "data"

urlpatterns = [
    path("api/3/action/<str:name>", api_views.action, name="ckan_action"),
    path("api/action/<str:name>", api_views.action, name="ckan_action_unversioned"),
    path("data/", views.catalogue, name="catalogue"),
    path("data/<slug:name>/", views.dataset, name="dataset"),
    path("katalog.<str:extension>", dcat_views.catalogue, name="dcat_catalogue"),
    path("data/<slug:name>.<str:extension>", dcat_views.dataset, name="dcat_dataset"),
]
