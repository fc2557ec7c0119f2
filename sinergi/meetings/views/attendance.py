"""Checking in by QR code on a phone, the projector's QR page, the secretariat's list with manual
check-in, the printable daftar hadir, and the attendance rates of agencies."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from sinergi.core.forums import current_forum
from sinergi.core.params import whole_number
from sinergi.core.pdf import pdf_response, render_pdf
from sinergi.core.permissions import require
from sinergi.forum.models import Member
from sinergi.meetings import attendance
from sinergi.meetings.models import Attendance, CheckInMethod, Meeting


def _meeting(request, pk: int, rule: str) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("forum"), pk=pk, forum=current_forum(request))
    require(rule, request.user, meeting)
    return meeting


# --- A member checks in with their phone ---------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def checkin(request, pk: int, token: str):
    """GET: the page the QR code opens, with one big button. POST: check in, once."""
    meeting = _meeting(request, pk, "meetings.view_meeting")
    refused = attendance.refusal(meeting, token)
    if refused is not None:
        return render(request, "meetings/attendance/refused.html", {"meeting": meeting, "reason": refused.message},
                      status=refused.status)  # fmt: skip
    if request.method == "POST":
        record, created = attendance.check_in(meeting, request.user)
        time = attendance.clock(record.checked_in_at)
        if created:
            messages.success(request, _("You are checked in at %(time)s. Welcome!") % {"time": time})
        else:
            messages.info(request, _("You are already checked in at %(time)s.") % {"time": time})
        return redirect(request.path)
    return render(request, "meetings/attendance/checkin.html", {
        "meeting": meeting, "attendance": attendance.attendance_of(meeting, request.user),
    })  # fmt: skip


# --- The secretariat ----------------------------------------------------------------------


@login_required
@require_GET
def checkin_code(request, pk: int):
    """The QR code full screen, for a projector or a screen at the door, with a live count."""
    meeting = _meeting(request, pk, "meetings.run_meeting")
    opens, closes = attendance.window(meeting)
    context = {
        "meeting": meeting, "count": meeting.attendances.count(), "opens": opens, "closes": closes,
        "is_open": attendance.is_open(meeting), "url": attendance.checkin_url(meeting),
    }  # fmt: skip
    if request.htmx:
        return render(request, "meetings/attendance/_count.html", context)
    context["qr"] = attendance.qr_svg(meeting, _("QR code to check in to %(title)s") % {"title": meeting.title})
    return render(request, "meetings/attendance/code.html", context)


class MemberChoice(forms.ModelChoiceField):
    def label_from_instance(self, member) -> str:
        return f"{member.full_name} — {member.position}" if member.position else member.full_name


class MemberCheckInForm(forms.Form):
    member = MemberChoice(queryset=Member.objects.none(), label=gettext_lazy("Member"),
                          empty_label=gettext_lazy("Choose a member"))  # fmt: skip

    def __init__(self, *args, meeting: Meeting, search: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        people = Member.objects.in_forum(meeting.forum).filter(is_active=True)
        if not self.is_bound:  # offer those not yet on the list; accept anyone of the forum
            came = meeting.attendances.exclude(member=None).values_list("member_id", flat=True)
            people = people.exclude(pk__in=came).search(search)
        self.fields["member"].queryset = Member.objects.filter(pk__in=people.values("pk")).order_by("full_name")


class GuestForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    organisation = forms.CharField(label=gettext_lazy("Agency or organisation"), max_length=200, required=False)
    position = forms.CharField(label=gettext_lazy("Position"), max_length=200, required=False)

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError(_("Write the guest's name."))
        return name


@login_required
@require_http_methods(["GET", "POST"])
def attendance_list(request, pk: int):
    """Who has checked in; the secretariat adds members and outside guests by hand and removes mistakes."""
    meeting = _meeting(request, pk, "meetings.run_meeting")
    search = request.GET.get("cari", "").strip()[:100]
    member_form = MemberCheckInForm(meeting=meeting, search=search)
    guest_form = GuestForm(prefix="tamu")
    if request.method == "POST":
        action = request.POST.get("tambah", "")
        if "hapus" in request.POST:
            removed = Attendance.objects.filter(meeting=meeting, pk=whole_number(request.POST["hapus"])).first()
            if removed is not None:
                removed.delete()
                messages.success(request, _("%(name)s is removed from the attendance list.") % {"name": removed.name})
            return redirect("meetings:attendance_list", pk=meeting.pk)
        if meeting.is_cancelled:
            messages.error(request, _("This meeting is cancelled; no one can be checked in."))
            return redirect("meetings:attendance_list", pk=meeting.pk)
        if action == "anggota":
            member_form = MemberCheckInForm(request.POST, meeting=meeting)
            if member_form.is_valid():
                person = member_form.cleaned_data["member"]
                record, created = attendance.check_in(
                    meeting, person, method=CheckInMethod.MANUAL, recorded_by=request.user
                )
                values = {"name": record.name, "time": attendance.clock(record.checked_in_at)}
                if created:
                    messages.success(request, _("%(name)s is checked in.") % values)
                else:
                    messages.info(request, _("%(name)s is already on the list, checked in at %(time)s.") % values)
                return redirect("meetings:attendance_list", pk=meeting.pk)
        elif action == "tamu":
            guest_form = GuestForm(request.POST, prefix="tamu")
            if guest_form.is_valid():
                record = attendance.add_guest(meeting, recorded_by=request.user, **guest_form.cleaned_data)
                messages.success(request, _("%(name)s is checked in.") % {"name": record.name})
                return redirect("meetings:attendance_list", pk=meeting.pk)
    return render(request, "meetings/attendance/list.html", {
        "meeting": meeting, "attendances": attendance.attendances(meeting), "expected": attendance.expected(meeting),
        "member_form": member_form, "guest_form": guest_form, "search": search,
        "choices": member_form.fields["member"].queryset.count() if search else None,
    })  # fmt: skip


@login_required
@require_GET
def attendance_pdf(request, pk: int):
    """The daftar hadir on A4, for wet signatures: who came, who is still expected, blank rows."""
    meeting = _meeting(request, pk, "meetings.run_meeting")
    context = {"meeting": meeting, "rows": attendance.sheet(meeting), "printed": timezone.now(),
               "organisers": list(meeting.organisers.all())}  # fmt: skip
    date = timezone.localtime(meeting.start).strftime("%Y-%m-%d")
    return pdf_response(
        render_pdf("meetings/attendance/sheet_pdf.html", context), f"daftar-hadir-{date}-{meeting.pk}.pdf"
    )


# --- Rates --------------------------------------------------------------------------------


@login_required
@require_GET
def attendance_rates(request):
    """For each agency, the meetings it was invited to and those it came to, month by month or by quarter."""
    forum = current_forum(request)
    require("meetings.view", request.user, forum)
    quarterly = request.GET.get("per") == "triwulan"
    result = attendance.rates(forum, quarterly=quarterly)
    return render(request, "meetings/attendance/rates.html", {
        "rates": result, "chart": attendance.chart(result), "quarterly": quarterly,
    })  # fmt: skip
