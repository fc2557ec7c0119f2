"""URLs of the meetings app's minutes part, included into the `meetings` namespace by meetings/urls.py."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
