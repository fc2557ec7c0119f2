from django.urls import path

from sinergi.ppid import annual_report_office

app_name = "ppid_annual_report"

urlpatterns = [
    path("", annual_report_office.annual_report, name="show"),
    path("ubah/", annual_report_office.edit_narrative, name="edit"),
]
