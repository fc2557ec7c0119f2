from django.contrib import admin

from sinergi.ppid.models import CalendarSettings, DeadlineRule, LocalDayOff


@admin.register(DeadlineRule)
class DeadlineRuleAdmin(admin.ModelAdmin):
    list_display = ["step", "working_days", "forum", "legal_basis"]
    list_filter = ["forum"]


@admin.register(LocalDayOff)
class LocalDayOffAdmin(admin.ModelAdmin):
    list_display = ["date", "name", "works", "forum"]
    list_filter = ["forum"]
    date_hierarchy = "date"


@admin.register(CalendarSettings)
class CalendarSettingsAdmin(admin.ModelAdmin):
    list_display = ["forum", "cuti_bersama_is_working_day", "count_day_of_receipt"]
