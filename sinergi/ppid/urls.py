from django.urls import path

from sinergi.ppid import views

app_name = "ppid"

urlpatterns = [
    path("", views.request_form, name="request"),
    path("lacak/<str:token>/", views.track, name="track"),
]
