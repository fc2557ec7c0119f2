from django.contrib import admin

from sinergi.dissemination.models import AmplificationRequest, Observance


@admin.register(Observance)
class ObservanceAdmin(admin.ModelAdmin):
    list_display = ["name", "day", "every_year", "source", "forum"]
    list_filter = ["forum", "every_year"]


@admin.register(AmplificationRequest)
class AmplificationRequestAdmin(admin.ModelAdmin):
    list_display = ["release", "due_at", "urgent", "closed_at", "forum"]
    raw_id_fields = ["release", "asked_by"]
