"""The back office of Satu Data: the produsen's datasets and the walidata's queue, a dataset's metadata,
its resources (each upload a new version) and the verification steps."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.core.workflow import TransitionError
from sinergi.data import downloads, resource_check, upload_limit, versions, workflow
from sinergi.data.forms import DatasetForm, ResourceForm, SchemaForm, too_large
from sinergi.data.models import Dataset, DatasetStatus
from sinergi.data.rules import PRODUSEN_ROLES, is_pembina, is_walidata, pembina_reviews
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
    checker = walidata or is_pembina(request.user, forum)
    visible = Q(agency__in=agencies) | (Q(agency__forum=forum) & ~Q(status=DatasetStatus.DRAFT) if checker else Q())
    datasets = Dataset.objects.filter(visible).filter(agency__forum=forum).select_related("agency").order_by(
        "-modified_at") if (agencies or checker) else Dataset.objects.none()
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
    forwards = dataset.status == DatasetStatus.SUBMITTED and pembina_reviews(dataset.agency.forum)
    return render(request, "data/office_dataset.html", {
        "forwards": forwards, "dataset": dataset, "groups": versions.groups(dataset.resources.select_related("datastore", "dataset")),
        "events": dataset.events.select_related("actor")[:50], "may_edit": may_edit, "may_verify": may_verify,
        "resource_form": ResourceForm() if may_edit else None, "indicators": dataset.indicators.all(),
        "may_keep_indicators": allowed("data.manage_indicators", request.user, dataset),
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


@csrf_exempt  # checked below, once the size limit is in place: reading the token would read the upload first
@login_required
@require_POST
def add_resource(request, pk: int):
    request.upload_handlers.insert(0, upload_limit.SizeLimit(request, settings.DATASET_MAX_BYTES))
    return _add_resource(request, pk)


@csrf_protect
def _add_resource(request, pk: int):
    dataset = _dataset_for(request, pk, "data.change_dataset")
    request.POST  # noqa: B018 - parse the body now, under the size limit, to know whether it was refused
    refused = getattr(request, "upload_refused", None)
    if refused:
        messages.error(request, too_large(refused))
        return redirect("data:office_dataset", dataset.pk)
    form = ResourceForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("data:office_dataset", dataset.pk)
    data = form.cleaned_data
    with transaction.atomic():
        previous = dataset.resources.filter(name=data["name"]).order_by("-version").select_related("datastore").first()
        version = previous.version + 1 if previous else 1
        kind = data.get("kind") or downloads.format_of_address(data["url"])
        resource = dataset.resources.create(name=data["name"], format=kind, url=data["url"] or "", version=version,
                                            size=data["file"].size if data.get("file") else None)  # fmt: skip
        if data.get("file"):
            resource.file.save(f"{dataset.name}-v{version}.{kind.lower()}", data["file"], save=True)
            resource_check.apply(resource, data["table"], previous)
    messages.success(request, _("Version %(version)d of “%(name)s” is added.") % {"version": version,
                                                                                  "name": data["name"]})  # fmt: skip
    if resource.problem_count:
        messages.warning(request, _("The table has %(count)d problems; they are listed by row and column below.")
                         % {"count": resource.problem_count})  # fmt: skip
    return redirect(reverse("data:office_dataset", args=[dataset.pk]) + f"#sumber-{resource.pk}")


@login_required
def resource_schema(request, pk: int, resource_pk: int):
    """The produsen confirms (or corrects) the columns Sinergi inferred; the file is checked again."""
    dataset = _dataset_for(request, pk, "data.change_dataset")
    resource = get_object_or_404(dataset.resources, pk=resource_pk)
    if not resource.is_table:
        raise Http404
    if not resource.schema.get("fields"):  # a version kept before tables had schemas: read it afresh
        resource_check.recheck(resource, None)
    form = SchemaForm(request.POST or None, schema=resource.schema)
    if request.method == "POST" and form.is_valid():
        try:
            resource_check.recheck(resource, form.confirmed_schema())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if resource.problem_count:
                messages.warning(request, _("The columns are confirmed; the table still has %(count)d problems.")
                                 % {"count": resource.problem_count})  # fmt: skip
            else:
                messages.success(request, _("The columns are confirmed and every cell fits them."))
            return redirect(reverse("data:office_dataset", args=[dataset.pk]) + f"#sumber-{resource.pk}")
    return render(request, "data/office_schema.html", {"dataset": dataset, "resource": resource, "form": form})


@login_required
def office_download(request, pk: int, resource_pk: int):
    """Any version's file for those who see the dataset in the office, published or not."""
    dataset = _dataset_for(request, pk, "data.view_dataset")
    resource = get_object_or_404(dataset.resources, pk=resource_pk)
    if not resource.file:
        raise Http404
    return downloads.file_response(resource, private=True)


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
