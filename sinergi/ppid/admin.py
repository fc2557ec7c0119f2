from django.contrib import admin

from sinergi.ppid.models import (
    CalendarSettings,
    DeadlineRule,
    LocalDayOff,
    PersonalDataAccess,
    PublicBody,
    PublicBodyUnit,
)


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


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(admin.ModelAdmin):
    """Read only: who downloaded an ID scan or a register with requesters' identities."""

    list_display = ["at", "member", "what", "request", "forum"]
    list_filter = ["forum", "what"]
    date_hierarchy = "at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class PublicBodyUnitInline(admin.TabularInline):
    model = PublicBodyUnit
    extra = 1
    autocomplete_fields = ["agency"]


@admin.register(PublicBody)
class PublicBodyAdmin(admin.ModelAdmin):
    """A Badan Publik: its letterhead, numbering, PPID and atasan, and the agencies that are its units."""

    list_display = ["name", "code", "kind", "forum", "ppid_head", "atasan"]
    list_filter = ["forum", "kind"]
    search_fields = ["name", "code"]
    autocomplete_fields = ["ppid_head", "atasan"]
    inlines = [PublicBodyUnitInline]
