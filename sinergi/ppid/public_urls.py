from django.urls import path

from sinergi.ppid import views

app_name = "ppid"

urlpatterns = [
    path("", views.request_form, name="request"),
    path("register/", views.public_register, name="public_register"),
    path("lacak/<str:token>/", views.track, name="track"),
    path("lacak/<str:token>/pemberitahuan.pdf", views.track_notice_pdf, name="track_notice_pdf"),
]
