"""The back office of Satu Data: the produsen's datasets and the walidata's queue, a dataset's metadata,
its resources (each upload a new version) and the verification steps."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.core.workflow import TransitionError
from sinergi.data import datastore, workflow
from sinergi.data.forms import DatasetForm, ResourceForm
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.data.rules import PRODUSEN_ROLES, is_walidata
from sinergi.forum.models import Agency

STEPS = {"ajukan": workflow.submit, "terbitkan": workflow.publish}
STEPS_WITH_COMMENT = {"kembalikan": workflow.send_back, "pensiunkan": workflow.retire}


def _my_agencies(user, forum):
    return Agency.objects.active().filter(forum=forum, member_roles__member=user, member_roles__role__in=PRODUSEN_ROLES).distinct()


@login_required
def office(request):
    forum = current_forum(request)
    require("data.view_office", request.user, forum)
    agencies = list(_my_agencies(request.user, forum))
    walidata = is_walidata(request.user, forum)
    visible = Q(agency__in=agencies) | (Q(agency__forum=forum) & ~Q(status=DatasetStatus.DRAFT) if walidata else Q())
    datasets = Dataset.objects.filter(visible).filter(agency__forum=forum).select_related("agency").order_by(
        "-modified_at") if (agencies or walidata) else Dataset.objects.none()
    return render(request, "data/office.html", {
        "datasets": datasets[:200], "agencies": agencies, "walidata": walidata,
        "waiting": [d for d in datasets if d.status == DatasetStatus.SUBMITTED] if walidata else [],
    })  # fmt: skip


@login_required
def create(request):
    forum = current_forum(request)
    agencies = list(_my_agencies(request.user, forum))
    agency = next((a for a in agencies if a.slug == request.GET.get("instansi", "")), agencies[0] if agencies else None)
    require("data.create_dataset", request.user, agency)
    form = DatasetForm(request.POST or None, forum=forum, instance=Dataset(agency=agency, created_by=request.user))
    if request.method == "POST" and form.is_valid():
        dataset = form.save()
        messages.success(request, _("The draft is saved. Add its data next."))
        return redirect("data:office_dataset", dataset.pk)
    return render(request, "data/office_form.html", {"form": form, "agency": agency, "agencies": agencies})


def _dataset_for(request, pk: int, rule: str) -> Dataset:
    dataset = get_object_or_404(Dataset.objects.select_related("agency__forum"), pk=pk,
                                agency__forum=current_forum(request))  # fmt: skip
    require(rule, request.user, dataset)
    return dataset


@login_required
def detail(request, pk: int):
    dataset = _dataset_for(request, pk, "data.view_dataset")
    may_edit = allowed("data.change_dataset", request.user, dataset)
    may_verify = allowed("data.verify_dataset", request.user, dataset)
    return render(request, "data/office_dataset.html", {
        "dataset": dataset, "resources": dataset.resources.select_related("datastore").order_by("name", "-version"),
        "events": dataset.events.select_related("actor")[:50], "may_edit": may_edit, "may_verify": may_verify,
        "resource_form": ResourceForm() if may_edit else None,
    })  # fmt: skip


@login_required
def edit(request, pk: int):
    dataset = _dataset_for(request, pk, "data.change_dataset")
    form = DatasetForm(request.POST or None, forum=dataset.agency.forum, instance=dataset)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The metadata is saved."))
        return redirect("data:office_dataset", dataset.pk)
    return render(request, "data/office_form.html", {"form": form, "dataset": dataset, "agency": dataset.agency})


@login_required
@require_POST
def add_resource(request, pk: int):
    dataset = _dataset_for(request, pk, "data.change_dataset")
    form = ResourceForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("data:office_dataset", dataset.pk)
    data = form.cleaned_data
    with transaction.atomic():
        latest = dataset.resources.filter(name=data["name"]).aggregate(latest=Max("version"))["latest"] or 0
        checked = data.get("checked")
        kind = (checked["kind"] if checked else "").upper() or _format_of(data["url"])
        resource = dataset.resources.create(name=data["name"], format=kind, url=data["url"] or "",
                                            version=latest + 1, size=checked["size"] if checked else None)  # fmt: skip
        if checked:
            resource.file.save(f"{dataset.name}-v{latest + 1}.{kind.lower()}", checked["content"], save=True)
    if checked and kind == "CSV":
        try:
            datastore.load(resource)
        except datastore.DatastoreError as error:
            messages.warning(request, _("The file is kept, but its rows could not be loaded for the API: %(reason)s")
                             % {"reason": error})  # fmt: skip
    messages.success(request, _("Version %(version)d of “%(name)s” is added.") % {"version": latest + 1,
                                                                                  "name": data["name"]})  # fmt: skip
    return redirect("data:office_dataset", dataset.pk)


def _format_of(url: str) -> str:
    ending = url.rsplit("?", 1)[0].rsplit(".", 1)[-1].upper()
    return ending if ending in {"CSV", "XLSX", "JSON", "PDF", "XLS", "ODS"} else "URL"


@login_required
@require_POST
def step(request, pk: int, action: str):
    if action in ("ajukan",):
        dataset = _dataset_for(request, pk, "data.change_dataset")
    elif action in STEPS or action in STEPS_WITH_COMMENT:
        dataset = _dataset_for(request, pk, "data.verify_dataset")
    else:
        raise Http404
    try:
        if action in STEPS:
            STEPS[action](dataset, request.user)
        else:
            STEPS_WITH_COMMENT[action](dataset, request.user, request.POST.get("comment", ""))
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Done: %(status)s.") % {"status": dataset.get_status_display()})
    return redirect("data:office_dataset", dataset.pk)
