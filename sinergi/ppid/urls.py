"""Every URL of the PPID, mounted once at the site root: the public pages and the office."""

from django.urls import include, path

from sinergi.ppid.views import (
    annual_report,
    body_pages,
    desk,
    documents,
    objections,
    office,
    public,
    public_bodies,
    registers,
    status,
    verify,
)

public_pages = ([
    path("", public.request_form, name="request"),
    path("register/", public.public_register, name="public_register"),
    path("cek-status/", status.status_check_page, name="status_check"),
    path("verifikasi/", verify.lookup, name="verify_lookup"),
    path("verifikasi/<str:code>/", verify.verify, name="verify"),
    path("laporan-tahunan/", annual_report.published_reports, name="published_reports"),
    path("laporan-tahunan/<int:pk>.pdf", annual_report.published_report_pdf, name="published_report_pdf"),
    path("lacak/<str:token>/", public.track, name="track"),
    path("lacak/<str:token>/pemberitahuan.pdf", public.track_notice_pdf, name="track_notice_pdf"),
    path("lacak/<str:token>/tanda-bukti.pdf", public.track_receipt_pdf, name="track_receipt_pdf"),
    path("lacak/<str:token>/surat/<str:kind>.pdf", public.track_letter_pdf, name="track_letter_pdf"),
    path("lacak/<str:token>/dokumen/<int:document_id>/", documents.requester_download, name="track_document"),
    path("lacak/<str:token>/tanda-bukti-keberatan.pdf", public.track_objection_receipt_pdf,
         name="track_objection_receipt_pdf"),
], "ppid")  # fmt: skip

office_pages = ([
    path("", office.request_list, name="list"),
    path("baru/", desk.desk_request, name="desk_request"),
    path("<int:pk>/tanda-bukti.pdf", desk.receipt_pdf, name="receipt_pdf"),
    path("<int:pk>/surat/<str:kind>.pdf", office.letter_pdf, name="letter_pdf"),
    path("<int:pk>/keberatan-tertulis/", desk.desk_objection, name="desk_objection"),
    path("<int:pk>/tanda-bukti-keberatan.pdf", desk.objection_receipt_pdf, name="objection_receipt_pdf"),
    path("keberatan/", objections.objection_list, name="objections"),
    path("register-<str:kind>.<str:fmt>", office.register_export, name="register_export"),
    path("<int:pk>/", office.request_detail, name="detail"),
    path("<int:pk>/identitas/", office.id_document, name="id_document"),
    path("<int:pk>/pemberitahuan/", office.notice, name="notice"),
    path("<int:pk>/pemberitahuan.pdf", office.notice_pdf, name="notice_pdf"),
    path("<int:pk>/perpanjang/", office.extend, name="extend"),
    path("<int:pk>/diterima-pemohon/", office.delivered, name="delivered"),
    path("<int:pk>/kirim-ulang/", office.send_again, name="send_again"),
    path("<int:pk>/dokumen/", documents.give, name="give_document"),
    path("<int:pk>/dokumen/beri-tahu/", documents.tell_requester, name="tell_documents"),
    path("<int:pk>/dokumen/<int:document_id>/", documents.office_download, name="document"),
    path("<int:pk>/keberatan/", office.decide_objection, name="decide_objection"),
    path("<int:pk>/sengketa/", office.dispute, name="dispute"),
    path("<int:pk>/perihal-publik/", office.public_subject, name="public_subject"),
    path("<int:pk>/<str:how>/", office.move, name="move"),
], "ppid_office")  # fmt: skip

register_pages = ([
    path("", registers.register_list, name="list"),
    path("<str:kind>/baru/", registers.register_edit, name="create"),
    path("<str:kind>/<int:pk>/", registers.register_edit, name="edit"),
], "ppid_registers")  # fmt: skip

annual_report_pages = ([
    path("", annual_report.annual_report, name="show"),
    path("ubah/", annual_report.edit_narrative, name="edit"),
    path("tanda-tangan/", annual_report.sign, name="sign"),
    path("terbitkan/", annual_report.publish_report, name="publish"),
], "ppid_annual_report")  # fmt: skip

public_body_pages = ([
    path("", public_bodies.body_list, name="list"),
    path("baru/", public_bodies.body_edit, name="create"),
    path("<int:pk>/", public_bodies.body_edit, name="edit"),
], "ppid_bodies")  # fmt: skip

urlpatterns = [
    path("permohonan-informasi/", include(public_pages)),
    path("daftar-informasi-publik/", body_pages.public_dip, name="public_dip"),
    path("daftar-informasi-publik/<str:code>/", body_pages.public_dip, name="public_dip"),
    path("maklumat-pelayanan/", body_pages.service_charter, name="service_charter"),
    path("maklumat-pelayanan/<str:code>/", body_pages.service_charter, name="service_charter"),
    path("ruang-kerja/ppid/permohonan/", include(office_pages)),
    path("ruang-kerja/ppid/daftar/", include(register_pages)),
    path("ruang-kerja/ppid/laporan-tahunan/", include(annual_report_pages)),
    path("ruang-kerja/ppid/badan-publik/", include(public_body_pages)),
]
