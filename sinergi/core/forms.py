"""Every form renders its fields the same accessible way; and the forms of core's own settings."""

from django import forms
from django.forms.renderers import TemplatesSetting

from sinergi.core import notifications
from sinergi.core.models import Delivery


class FormRenderer(TemplatesSetting):
    form_template_name = "includes/form.html"
    formset_template_name = "includes/formset.html"
    field_template_name = "includes/field.html"  # what `field.as_field_group` renders


class NotificationSettingsForm(forms.Form):
    """One choice per kind of message the member may choose for. A required kind has no field, so a
    value posted for it (or for a kind that does not exist) is never read."""

    def __init__(self, member, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member
        current = notifications.choices_of(member)
        for kind in notifications.registered_kinds():
            if not kind.required:
                self.fields[kind.key] = forms.ChoiceField(label=kind.label, choices=Delivery.choices,
                                                          initial=current[kind.key], widget=forms.RadioSelect)  # fmt: skip
        self.required_kinds = [kind for kind in notifications.registered_kinds() if kind.required]

    def save(self) -> None:
        notifications.save_choices(self.member, self.cleaned_data)
