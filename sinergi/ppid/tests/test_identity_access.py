"""Who sees a requester's identity: the PPIDs handling the request, and the atasan only once there is an
objection; every download of an ID scan or of a register with identities is logged."""

from __future__ import annotations

import csv
import io

from django.core.files.base import ContentFile
from django.urls import reverse

from sinergi.conftest import client_for, make_member
from sinergi.ppid.models import PersonalDataAccess
from sinergi.ppid.tests.test_objection import refuse


def test_the_atasan_sees_the_requester_only_once_there_is_an_objection(item, forum, dinkes):
    item.id_document.save("ktp", ContentFile(b"%PDF-1.4 ktp"), save=True)
    sekda = client_for(make_member("sekda@demo.test", "Mahmud", forum_role="atasan_ppid", forum=forum))
    page = sekda.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert "Siti Aminah" not in page and "hanya melihat identitas pemohon bila ada keberatan" in page
    assert sekda.get(reverse("ppid_office:id_document", args=[item.pk])).status_code == 403
    register = sekda.get(reverse("ppid_office:register_export", args=["permohonan", "csv"]))
    assert "Siti Aminah" not in register.content.decode("utf-8-sig")

    refuse(item)
    item.file_objection(["a"], "Data agregat tidak rahasia.")
    assert "Siti Aminah" in sekda.get(reverse("ppid_office:detail", args=[item.pk])).content.decode()
    assert sekda.get(reverse("ppid_office:id_document", args=[item.pk])).status_code == 200
    rows = list(csv.reader(io.StringIO(sekda.get(reverse("ppid_office:register_export",
                                                         args=["permohonan", "csv"])).content.decode("utf-8-sig"))))  # fmt: skip
    assert rows[1][2] == "Siti Aminah"


def test_every_download_of_an_id_scan_or_a_register_is_logged(item, dinkes):
    item.id_document.save("ktp", ContentFile(b"%PDF-1.4 ktp"), save=True)
    ppid = make_member("ppid.dinkes@demo.test", "Sri", agency=dinkes, role="ppid_pelaksana")
    client = client_for(ppid)
    client.get(reverse("ppid_office:id_document", args=[item.pk]))
    client.get(reverse("ppid_office:register_export", args=["permohonan", "xlsx"]))
    logged = list(PersonalDataAccess.objects.order_by("at", "pk").values_list("member__email", "what", "request"))
    assert logged == [("ppid.dinkes@demo.test", "identitas", item.pk),
                      ("ppid.dinkes@demo.test", "register-permohonan.xlsx", None)]  # fmt: skip
