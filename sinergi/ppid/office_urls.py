from django.urls import path

from sinergi.ppid import objections_office, office

app_name = "ppid_office"

urlpatterns = [
    path("", office.request_list, name="list"),
    path("keberatan/", objections_office.objection_list, name="objections"),
    path("register-<str:kind>.<str:fmt>", office.register_export, name="register_export"),
    path("<int:pk>/", office.request_detail, name="detail"),
    path("<int:pk>/identitas/", office.id_document, name="id_document"),
    path("<int:pk>/pemberitahuan/", office.notice, name="notice"),
    path("<int:pk>/pemberitahuan.pdf", office.notice_pdf, name="notice_pdf"),
    path("<int:pk>/perpanjang/", office.extend, name="extend"),
    path("<int:pk>/diterima-pemohon/", office.delivered, name="delivered"),
    path("<int:pk>/keberatan/", office.decide_objection, name="decide_objection"),
    path("<int:pk>/sengketa/", office.dispute, name="dispute"),
    path("<int:pk>/perihal-publik/", office.public_subject, name="public_subject"),
    path("<int:pk>/<str:how>/", office.move, name="move"),
]
