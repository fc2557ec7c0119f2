from django.urls import path

from sinergi.ppid import office

app_name = "ppid_office"

urlpatterns = [
    path("", office.request_list, name="list"),
    path("<int:pk>/", office.request_detail, name="detail"),
    path("<int:pk>/identitas/", office.id_document, name="id_document"),
    path("<int:pk>/<str:how>/", office.move, name="move"),
]
