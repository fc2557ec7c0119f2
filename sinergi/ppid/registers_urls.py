from django.urls import path

from sinergi.ppid import registers_office

app_name = "ppid_registers"

urlpatterns = [
    path("", registers_office.register_list, name="list"),
    path("<str:kind>/baru/", registers_office.register_edit, name="create"),
    path("<str:kind>/<int:pk>/", registers_office.register_edit, name="edit"),
]
