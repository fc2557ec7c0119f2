"""Amplification in the back office: the requests, asking for one, its board, reporting and the monthly table."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core.forums import current_forum
from sinergi.core.pdf import pdf_response, render_pdf
from sinergi.core.permissions import allowed, require
from sinergi.core.spreadsheets import table_response
from sinergi.core.workflow import TransitionError
from sinergi.dissemination import amplification, compliance, upward_report
from sinergi.dissemination.forms import AskForm, ReportForm
from sinergi.dissemination.models import AmplificationRequest, AmplificationTarget, PostReport
from sinergi.forum.rules import is_active_member


@login_required
def request_list(request):
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    requests = (AmplificationRequest.objects.filter(forum=forum).select_related("release__agency")
                .prefetch_related("targets__reports", "targets__agency__social_accounts")[:50])  # fmt: skip
    rows = [(item, sum(amplification.is_done(t) for t in item.targets.all()), len(item.targets.all()))
            for item in requests]  # fmt: skip
    return render(request, "dissemination/list.html", {
        "rows": rows, "mine": amplification.waiting_targets(request.user, forum), "now": timezone.now(),
        "may_ask": allowed("dissemination.ask", request.user, forum),
        "urgent": amplification.urgent_not_yet_asked(forum) if allowed("dissemination.ask", request.user, forum) else [],
    })  # fmt: skip


@login_required
def ask(request):
    forum = current_forum(request)
    require("dissemination.ask", request.user, forum)
    initial = {"release": request.GET["rilis"]} if re.fullmatch(r"[0-9]{1,18}", request.GET.get("rilis", "")) else None
    form = AskForm(request.POST or None, forum=forum, initial=initial)
    if form.is_valid():
        data = form.cleaned_data
        try:
            item = amplification.ask(data["release"], request.user, data["chosen"], data["platforms"], data["due_at"],
                                     data["message"], data["urgent"])  # fmt: skip
        except TransitionError as error:
            form.add_error(None, str(error))
        else:
            nobody = amplification.without_admin(item)
            messages.success(request, _("%(count)d agencies are asked to share. Their social-media admins find it in "
                                        "their inbox, and are e-mailed unless they chose otherwise.")
                             % {"count": len(data["chosen"])})  # fmt: skip
            if nobody:
                messages.warning(request, _("Nobody can be told at %(agencies)s: they have no social-media admin in "
                                            "the directory.") % {"agencies": ", ".join(a.name for a in nobody)})  # fmt: skip
            return redirect("dissemination:board", item.pk)
    return render(request, "dissemination/ask.html", {"form": form})


@login_required
@require_POST
def ask_everyone(request, release_id: int):
    """One tap for a serta-merta release: every agency, every platform, within two hours."""
    forum = current_forum(request)
    require("dissemination.ask", request.user, forum)
    release = get_object_or_404(amplification.urgent_not_yet_asked(forum), pk=release_id)
    try:
        item = amplification.ask_everyone_at_once(release, request.user)
    except TransitionError as error:
        messages.error(request, str(error))
        return redirect("dissemination:list")
    messages.success(request, _("Every agency is asked to share it within two hours."))
    nobody = amplification.without_admin(item)
    if nobody:
        messages.warning(request, _("Nobody can be told at %(agencies)s: they have no social-media admin in "
                                    "the directory.") % {"agencies": ", ".join(a.name for a in nobody)})  # fmt: skip
    return redirect("dissemination:board", item.pk)


@login_required
def board(request, pk: int):
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    item = get_object_or_404(AmplificationRequest.objects.select_related("release__agency", "asked_by"), pk=pk,
                             forum=forum)  # fmt: skip
    targets = list(item.targets.select_related("agency").prefetch_related("reports", "agency__social_accounts"))
    now = timezone.now()
    rows = []
    admins = amplification.admins_by_agency([target.agency_id for target in targets])
    # Whose rows carry a report form; the report view itself checks the permission again.
    posts_for = amplification.agencies_posted_for(request.user) if is_active_member(request.user) else set()
    for target in targets:
        rows.append({"target": target, "cells": amplification.cells(target, now), "admins": admins[target.agency_id],
                     "done": amplification.is_done(target), "mine": target.agency_id in posts_for,
                     "report_form": ReportForm(prefix=f"t{target.pk}")})  # fmt: skip
    rows.sort(key=lambda row: (not row["mine"], row["done"], row["target"].agency.name))
    summary = {"asked": len(rows), "done": sum(row["done"] for row in rows),
               "declined": sum(bool(row["target"].declined_at) for row in rows),
               "nobody": sum(not row["admins"] for row in rows)}  # fmt: skip
    return render(request, "dissemination/board.html", {
        "item": item, "rows": rows, "late": now > item.due_at, "summary": summary,
        "may_accept": allowed("dissemination.accept_link", request.user, forum),
    })  # fmt: skip


def _target_for(request, pk: int) -> AmplificationTarget:
    target = get_object_or_404(AmplificationTarget.objects.select_related("request", "agency"), pk=pk,
                               request__forum=current_forum(request))  # fmt: skip
    require("dissemination.report", request.user, target)
    return target


@login_required
@require_POST
def report(request, pk: int):
    target = _target_for(request, pk)
    form = ReportForm(request.POST, prefix=f"t{target.pk}")
    if not form.is_valid():
        messages.error(request, _("Give the link of the post."))
    else:
        try:
            post = amplification.report(target, form.cleaned_data["platform"], form.cleaned_data["url"], request.user)
        except TransitionError as error:
            messages.error(request, _("Link not saved: %(why)s") % {"why": error})
        else:
            if post.problem:
                messages.warning(request, _("Link kept but refused: %(why)s A moderator may accept it.") % {"why": post.problem})
            else:
                messages.success(request, _("The link of the post is recorded."))
    return redirect("dissemination:board", target.request_id)


@login_required
@require_POST
def decline(request, pk: int):
    target = _target_for(request, pk)
    try:
        amplification.decline(target, request.user, request.POST.get("reason", "")[:400])
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Recorded: the agency will not share it, with its reason."))
    return redirect("dissemination:board", target.request_id)


@login_required
@require_POST
def accept(request, pk: int):
    forum = current_forum(request)
    require("dissemination.accept_link", request.user, forum)
    post = get_object_or_404(PostReport.objects.select_related("target"), pk=pk, target__request__forum=forum)
    try:
        amplification.accept(post, request.user, request.POST.get("reason", "")[:400])
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The link is accepted."))
    return redirect("dissemination:board", post.target.request_id)


@login_required
def monthly(request):
    """Per agency and month: asked, shared, shared on time; CSV, XLSX, and a chart."""
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    month = compliance.month_from(request.GET.get("bulan", ""), forum)
    table = compliance.table(forum, month)
    fmt = request.GET.get("format")
    if fmt in ("csv", "xlsx"):
        header, rows = compliance.export_rows(table)
        return table_response(fmt, _("Amplification"), header, rows, f"amplifikasi-{month:%Y-%m}.{fmt}")
    return render(request, "dissemination/monthly.html", {"table": table, "month": month,
                                                          "chart": compliance.chart_svg(table)})  # fmt: skip


@login_required
def upward(request):
    """The month's output by national theme, for the province and the centre: page, CSV and PDF."""
    forum = current_forum(request)
    require("dissemination.view", request.user, forum)
    month = compliance.month_from(request.GET.get("bulan", ""), forum)
    rows = upward_report.by_theme(forum, month)
    fmt = request.GET.get("format")
    if fmt == "csv":
        header, data = upward_report.csv_rows(rows)
        return table_response("csv", "", header, data, f"laporan-tema-{month:%Y-%m}.csv")
    context = {"rows": rows, "month": month, "forum": forum, "today": forum.today()}
    if fmt == "pdf":
        return pdf_response(render_pdf("dissemination/upward_pdf.html", context), f"laporan-tema-{month:%Y-%m}.pdf")
    return render(request, "dissemination/upward.html", context)
