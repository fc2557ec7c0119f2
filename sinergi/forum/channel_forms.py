"""Forms of the forum's channel: an announcement, a thread, a reply, the digest setting."""

from __future__ import annotations

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from sinergi.forum.announcements import audience_choices
from sinergi.forum.models import Member
from sinergi.forum.models.channel import MAX_BODY, MAX_TITLE

MARKDOWN_HINT = _("You can use Markdown: **bold**, *italic*, lists and links.")
MENTION_HINT = _(
    "To tell someone, write @ and their e-mail address (@rina@diskominfotik.go.id), or just the part "
    "before the @ (@rina) if no other member shares it. They receive an e-mail."
)

POST_HINT = format_lazy("{} {}", MARKDOWN_HINT, MENTION_HINT)


def _body(label, help_text) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=MAX_BODY,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write the message.")},
    )


def _title(label) -> forms.CharField:
    return forms.CharField(label=label, max_length=MAX_TITLE, error_messages={"required": _("Give it a title.")})


class AnnouncementForm(forms.Form):
    title = _title(_("Title"))
    body = _body(_("Message"), MARKDOWN_HINT)
    audience = forms.MultipleChoiceField(
        label=_("Send to"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave every role unticked to reach all members of the forum. Everyone it reaches gets an e-mail."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = audience_choices()


class ThreadForm(forms.Form):
    title = _title(_("Topic"))
    body = _body(_("Message"), POST_HINT)


class ReplyForm(forms.Form):
    body = _body(_("Your reply"), POST_HINT)


class DigestSettingsForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["receives_digest"]
        help_texts = {
            "receives_digest": _("Every Monday: new announcements, discussions and what else waits for you this week.")
        }
