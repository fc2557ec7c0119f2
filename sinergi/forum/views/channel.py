"""The forum's own channel: announcements, discussions, and the weekly digest setting."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from sinergi.core.audit import acting_as
from sinergi.core.forums import current_forum
from sinergi.core.permissions import allowed, require
from sinergi.forum import announcements, digest, threads
from sinergi.forum.channel_forms import AnnouncementForm, DigestSettingsForm, ReplyForm, ThreadForm
from sinergi.forum.models import Reply, Thread


def _forum(request, rule: str = "forum.view_channel"):
    forum = current_forum(request)
    require(rule, request.user, forum)
    return forum


def _thread_for(request, pk: int) -> Thread:
    forum = _forum(request)
    return get_object_or_404(Thread.objects.select_related("author", "closed_by", "forum"), forum=forum, pk=pk)


@login_required
def home(request):
    forum = _forum(request)
    can_announce = allowed("forum.announce", request.user, forum)
    listed = Thread.objects.filter(forum=forum).listed().select_related("author").annotate(reply_count=Count("replies"))
    return render(
        request,
        "forum/channel/home.html",
        {
            "page": Paginator(listed, 25).get_page(request.GET.get("halaman")),
            "latest": announcements.for_member(forum, request.user, everything=can_announce)[:5],
            "unread": announcements.unread_count(forum, request.user),
            "can_announce": can_announce,
        },
    )


@login_required
def announcement_list(request):
    forum = _forum(request)
    can_announce = allowed("forum.announce", request.user, forum)
    # Moderators see every announcement of the forum, including those sent only to other roles.
    items = announcements.for_member(forum, request.user, everything=can_announce)
    return render(
        request,
        "forum/channel/announcements.html",
        {
            "page": Paginator(items, 25).get_page(request.GET.get("halaman")),
            "unread": announcements.unread_count(forum, request.user),
            "can_announce": can_announce,
        },
    )


@login_required
def announcement_create(request):
    forum = _forum(request, "forum.announce")
    form = AnnouncementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item = announcements.publish(forum, request.user, data["title"], data["body"], data["audience"])
        count = item.receipts.count()
        messages.success(request, _("Announcement sent to %(count)d members.") % {"count": count})
        return redirect(item)
    return render(request, "forum/channel/announcement_form.html", {"form": form})


@login_required
def announcement_detail(request, pk: int):
    forum = _forum(request)
    can_announce = allowed("forum.announce", request.user, forum)
    item = get_object_or_404(announcements.for_member(forum, request.user, everything=can_announce), pk=pk)
    announcements.mark_read(item, request.user)
    return render(
        request,
        "forum/channel/announcement_detail.html",
        {"item": item, "reach": announcements.reach(item) if can_announce else None},
    )


@login_required
@require_POST
def announcements_read_all(request):
    forum = _forum(request)
    announcements.mark_all_read(forum, request.user)
    return redirect("channel:announcements")


@login_required
def thread_create(request):
    forum = _forum(request, "forum.start_thread")
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = threads.start(forum, request.user, form.cleaned_data["title"], form.cleaned_data["body"])
        return redirect(thread)
    return render(request, "forum/channel/thread_form.html", {"form": form})


def _thread_page(request, thread: Thread, form: ReplyForm, status: int = 200):
    user = request.user
    replies = list(thread.replies.select_related("author"))
    return render(
        request,
        "forum/channel/thread_detail.html",
        {
            "thread": thread,
            "replies": replies,
            "form": form,
            "can_reply": allowed("forum.reply", user, thread.forum) and not thread.is_closed,
            "can_moderate": allowed("forum.moderate_threads", user, thread.forum),
            "can_edit_thread": allowed("forum.edit_post", user, thread),
            "editable": {r.pk for r in replies if r.author_id == user.pk and allowed("forum.edit_post", user, r)},
        },
        status=status,
    )


@login_required
def thread_detail(request, pk: int):
    return _thread_page(request, _thread_for(request, pk), ReplyForm())


@login_required
@require_POST
def thread_reply(request, pk: int):
    thread = _thread_for(request, pk)
    require("forum.reply", request.user, thread.forum)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return _thread_page(request, thread, form)
    try:
        reply = threads.reply(thread, request.user, form.cleaned_data["body"])
    except threads.ThreadClosed as closed:
        # The text stays in the form, so whoever wrote it can keep it elsewhere.
        form.add_error(None, str(closed))
        thread.refresh_from_db()
        return _thread_page(request, thread, form, status=409)
    return redirect(reply.get_absolute_url())


@login_required
def thread_edit(request, pk: int):
    thread = _thread_for(request, pk)
    form = ThreadForm(request.POST or None, initial={"title": thread.title, "body": thread.body})
    if not _may_edit(request, thread, form):
        return render(request, "forum/channel/thread_form.html", {"form": form, "thread": thread}, status=403)
    if request.method == "POST" and form.is_valid():
        threads.edit(thread, form.cleaned_data["body"], title=form.cleaned_data["title"])
        return redirect(thread)
    return render(request, "forum/channel/thread_form.html", {"form": form, "thread": thread})


@login_required
def reply_edit(request, pk: int):
    forum = _forum(request)
    reply = get_object_or_404(Reply.objects.select_related("thread__forum"), pk=pk, thread__forum=forum)
    form = ReplyForm(request.POST or None, initial={"body": reply.body})
    if not _may_edit(request, reply, form):
        context = {"form": form, "reply": reply, "thread": reply.thread}
        return render(request, "forum/channel/reply_form.html", context, status=403)
    if request.method == "POST" and form.is_valid():
        threads.edit(reply, form.cleaned_data["body"])
        return redirect(reply.get_absolute_url())
    return render(request, "forum/channel/reply_form.html", {"form": form, "reply": reply, "thread": reply.thread})


def _may_edit(request, post, form) -> bool:
    """Whether the post may be changed. When its author's time ran out or the discussion was closed
    while they typed, the text they sent comes back with the reason, so nothing typed is lost."""
    if allowed("forum.edit_post", request.user, post):
        return True
    if request.method != "POST" or post.author_id != request.user.pk:
        require("forum.edit_post", request.user, post)  # refuses
    form.add_error(None, _("This can no longer be changed: the time for changes has passed or the discussion "
                           "is closed. Your text is below, so you can keep it."))  # fmt: skip
    return False


MODERATION = {
    "pin": (Thread.pin, gettext_lazy("Discussion pinned to the top.")),
    "unpin": (Thread.unpin, gettext_lazy("Discussion no longer pinned.")),
    "close": (Thread.close, gettext_lazy("Discussion closed: no new replies can be added.")),
    "reopen": (Thread.reopen, gettext_lazy("Discussion reopened for replies.")),
}


@login_required
@require_POST
def thread_moderate(request, pk: int, action: str):
    thread = _thread_for(request, pk)
    require("forum.moderate_threads", request.user, thread.forum)
    method, message = MODERATION[action]
    method(thread, by=request.user)
    messages.success(request, message)
    return redirect(thread)


@login_required
def digest_settings(request):
    # A single unticked box posts nothing, so the form is bound on every POST.
    form = DigestSettingsForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your digest setting is saved."))
        return redirect("channel:digest_settings")
    return render(request, "forum/channel/digest_settings.html", {"form": form})


# The signed link is the proof of who asks, so it works without signing in, and mail programs'
# one-click unsubscribe (a POST without a session or CSRF cookie) works too.
@csrf_exempt
def digest_unsubscribe(request, token: str):
    member = digest.member_from_token(token)
    if member is None:
        return render(request, "forum/channel/unsubscribe.html", {"invalid": True}, status=400)
    done = False
    if request.method == "POST":
        if member.receives_digest:
            member.receives_digest = False
            with acting_as(member):
                member.save(update_fields=["receives_digest"])
        done = True
    return render(request, "forum/channel/unsubscribe.html", {"member": member, "done": done})
