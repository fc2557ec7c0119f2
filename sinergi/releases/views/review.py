"""Reviewing a draft: inline comments, the diff between versions, the personal-data findings,
and the signed preview link for an agency head without an account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sinergi.core import markdown, pii
from sinergi.releases import guard, preview
from sinergi.releases.diff import word_diff
from sinergi.releases.forms import CommentForm, OverrideForm
from sinergi.releases.models import Release, ReleaseComment, TransitionError
from sinergi.releases.views.lookup import release_for


@login_required
@require_POST
def comment(request, pk: int):
    release = release_for(request, pk, "releases.comment_release")
    form = CommentForm(request.POST)
    if form.is_valid():
        number = form.cleaned_data["paragraph"]
        paragraphs = markdown.paragraphs(release.body)
        quote = paragraphs[number - 1][:300] if number and number <= len(paragraphs) else ""
        version = release.versions.first()
        release.comments.create(body=form.cleaned_data["body"], paragraph=number if quote else None, quote=quote,
                                version_number=version.number if version else 1, author=request.user)  # fmt: skip
        messages.success(request, _("Comment added."))
    elif form.has_error("body", "max_length"):
        messages.error(request, " ".join(form.errors["body"]))
    else:
        messages.error(request, _("Write a comment first."))
    return redirect(release.get_workspace_url() + "#comments")


@login_required
@require_POST
def resolve_comment(request, pk: int, comment_id: int):
    release = release_for(request, pk, "releases.comment_release")
    item = get_object_or_404(ReleaseComment, pk=comment_id, release=release)
    item.resolved_at, item.resolved_by = timezone.now(), request.user
    item.save(update_fields=["resolved_at", "resolved_by"])
    return redirect(release.get_workspace_url() + "#comments")


@login_required
def versions(request, pk: int):
    release = release_for(request, pk, "releases.view_release")
    history = list(release.versions.select_related("created_by"))
    if not history:
        raise Http404
    numbers = [v.number for v in history]
    by_number = {str(v.number): v for v in history}
    new_number = request.GET.get("to") or str(numbers[0])
    old_number = request.GET.get("from") or str(numbers[1] if len(numbers) > 1 else numbers[0])
    if new_number not in by_number or old_number not in by_number:
        raise Http404
    old, new = by_number[old_number], by_number[new_number]
    return render(request, "releases/versions.html", {
        "release": release, "history": history, "old": old, "new": new,
        "title_diff": word_diff(old.title, new.title),
        "summary_diff": word_diff(old.summary, new.summary),
        "body_diff": word_diff(old.body, new.body),
    })  # fmt: skip


@login_required
@require_POST
def redact(request, pk: int):
    release = release_for(request, pk, "releases.change_release")
    chosen = set(request.POST.getlist("fingerprint"))
    try:
        count = guard.redact(release, request.user, chosen)
    except TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(count)d finding(s) redacted.") % {"count": count})
    return redirect(release.get_workspace_url() + "#personal-data")


@login_required
@require_POST
def override(request, pk: int):
    release = release_for(request, pk, "releases.override_pii")
    form = OverrideForm(request.POST)
    if form.is_valid() and form.cleaned_data["kind"] in pii.KINDS:
        guard.override(release, request.user, form.cleaned_data["fingerprint"], form.cleaned_data["kind"],
                       form.cleaned_data["reason"])  # fmt: skip
        messages.success(request, _("The finding may now be published; your reason is recorded."))
    elif form.has_error("reason", "max_length"):
        messages.error(request, " ".join(form.errors["reason"]))
    else:
        messages.error(request, _("Give a reason of at least 10 characters."))
    return redirect(release.get_workspace_url() + "#personal-data")


@login_required
def share_preview(request, pk: int):
    release = release_for(request, pk, "releases.share_preview")
    if release.is_exempt:
        messages.error(request, _("Exempt information is never shown outside Sinergi, not even by a preview link."))
        return redirect(release.get_workspace_url())
    return render(request, "releases/share_preview.html", {"release": release, "url": preview.preview_url(release)})


def preview_page(request, token: str):
    """No account needed: the signature is the permission, and it expires.

    It shows the version the link was made for, never exempt or withdrawn information, and
    never an exempt attachment.
    """
    found = preview.read_token(token)
    release = Release.objects.select_related("agency").filter(pk=found[0]).first() if found else None
    if release is None or release.is_exempt or release.withdrawn_at:
        return render(request, "releases/preview_expired.html", status=410)
    version = get_object_or_404(release.versions, number=found[1])
    newer = release.versions.filter(number__gt=version.number).exists()
    response = render(request, "releases/preview.html", {
        "release": release, "version": version, "stale": newer,
        "attachments": release.attachments.not_exempt().select_related("release"),
    })  # fmt: skip
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response
