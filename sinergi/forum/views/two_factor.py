"""Two-step sign-in on the account page: set up an authenticator, see recovery codes once, make
new ones, turn it off where the role allows. A moderator resets a lost device from the member's
page (views/members.py)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login

from sinergi.core.forums import forum_or_none
from sinergi.forum import sign_in, two_factor
from sinergi.forum.sign_in import CodeForm


def _page(request, form: CodeForm | None = None, status: int = 200):
    member = request.user
    context = {
        "is_on": two_factor.is_on(member),
        "required": two_factor.is_required(member),
        "demo_spared": member.is_demo and not two_factor.is_required(member),
        "form": form or CodeForm(),
    }
    if context["is_on"]:
        context["codes_left"] = two_factor.recovery_codes_left(member)
    else:
        device = two_factor.pending_app(member)
        context["secret"] = two_factor.secret_text(device)
        context["qr"] = two_factor.qr_svg(device, _("QR code to add Sinergi to your authenticator app"))
    return render(request, "account/two_factor.html", context, status=status)


def _codes(request, codes: list[str]):
    """Recovery codes, shown in this one answer and never again."""
    return render(request, "account/recovery_codes.html", {"codes": codes})


@never_cache
@login_required
def two_factor_page(request):
    return _page(request)


@never_cache
@login_required
@require_POST
def two_factor_confirm(request):
    form = CodeForm(request.POST)
    if two_factor.is_on(request.user):
        return redirect("account:two_factor")
    if form.is_valid():
        device = two_factor.pending_app(request.user)
        try:
            codes = two_factor.confirm(device, form.cleaned_data["code"], by=request.user, forum=forum_or_none(request))
        except two_factor.CodeRefused as refused:
            form.add_error("code", str(refused))
        else:
            otp_login(request, device)
            messages.success(request, _("Two-step sign-in is on. From now on you sign in with a code as well."))
            return _codes(request, codes)
    return _page(request, form, status=400)


@never_cache
@login_required
@require_POST
def recovery_codes_renew(request):
    if not two_factor.is_on(request.user):
        return redirect("account:two_factor")
    messages.success(request, _("New recovery codes were made; the old ones no longer work."))
    return _codes(request, two_factor.new_recovery_codes(request.user))


@login_required
@require_POST
def two_factor_off(request):
    """Turning it off asks for a current code, so an unattended session cannot."""
    member = request.user
    if two_factor.is_required(member):
        messages.error(request, _("Your role requires two-step sign-in; it cannot be turned off."))
        return redirect("account:two_factor")
    form = CodeForm(request.POST)
    if form.is_valid():
        try:
            two_factor.check(member, form.cleaned_data["code"], sign_in.client_of(request))
        except two_factor.CodeRefused as refused:
            form.add_error("code", str(refused))
        else:
            two_factor.remove(member, by=member, reason="turned off", forum=forum_or_none(request))
            messages.success(request, _("Two-step sign-in is off. You sign in with your password alone."))
            return redirect("account:two_factor")
    return _page(request, form, status=400)

