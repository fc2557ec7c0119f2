"""Every form renders its fields the same accessible way: label, hint, error beside the field."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    form_template_name = "includes/form.html"
    formset_template_name = "includes/formset.html"
