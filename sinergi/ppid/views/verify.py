"""Is this letter genuine? Anyone with a letter's code (on its QR code) reads what was issued (body, number,
date, kind; never a person) and may upload the PDF they hold to compare it with the one issued."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sinergi.core.forums import current_forum
from sinergi.ppid import letters
from sinergi.ppid.models import IssuedLetter
from sinergi.ppid.models.letter import CODE_ALPHABET, CODE_LENGTH


class CodeForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Verification code"), max_length=20,
                           help_text=gettext_lazy("The 10 letters and digits printed beside the QR code."))  # fmt: skip

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).upper()
        if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
            raise forms.ValidationError(_("A verification code has 10 letters and digits."))
        return code


class CompareForm(forms.Form):
    document = forms.FileField(label=gettext_lazy("The PDF you received"))

    def clean_document(self):
        upload = self.cleaned_data["document"]
        if upload.size > settings.ATTACHMENT_MAX_BYTES:  # cheap checks first: size, then the first bytes
            raise forms.ValidationError(_("The file is %(size)s; the limit is %(limit)s.")
                                        % {"size": filesizeformat(upload.size),
                                           "limit": filesizeformat(settings.ATTACHMENT_MAX_BYTES)})  # fmt: skip
        if upload.read(5) != b"%PDF-":
            raise forms.ValidationError(_("This is not a PDF."))
        upload.seek(0)
        return upload


def lookup(request):
    form = CodeForm(request.GET or None)
    if form.is_valid():
        return redirect("ppid:verify", code=form.cleaned_data["code"])
    return render(request, "ppid/verify_lookup.html", {"form": form})


def verify(request, code: str):
    letter = get_object_or_404(IssuedLetter.objects.select_related("public_body"), code=code.upper(),
                               public_body__forum=current_forum(request))  # fmt: skip
    form = CompareForm(request.POST or None, request.FILES or None)
    outcome = None
    if request.method == "POST" and form.is_valid():
        outcome = "match" if letters.matches(letter, b"".join(form.cleaned_data["document"].chunks())) else "differs"
    response = render(request, "ppid/verify.html", {"letter": letter, "form": form, "outcome": outcome})
    response["X-Robots-Tag"] = "noindex"
    return response
