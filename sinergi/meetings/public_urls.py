"""Public (portal) URLs of meetings' minutes: no namespace of their own; the portal's agenda includes them
(so they are reversed as `agenda:minutes`)."""

from django.urls import path

from sinergi.meetings import public_views

urlpatterns = [
    path("agenda/<int:pk>/notulen/", public_views.public_minutes_page, name="minutes"),
]
