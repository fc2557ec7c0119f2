from django.urls import path

from sinergi.core import views

app_name = "core"

urlpatterns = [
    path("", views.workspace, name="workspace"),
    path("audit/", views.audit_list, name="audit"),
]
