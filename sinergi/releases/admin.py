"""The Django admin shows releases read-mostly: state changes go through the workflow pages."""

from django.contrib import admin

from sinergi.releases.models import Attachment, Release, ReleaseEvent, Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "forum", "starts_on", "ends_on", "is_active"]
    list_filter = ["forum", "kind", "is_active"]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    fields = ["original_name", "kind", "kip_class", "alt_text", "size"]
    readonly_fields = fields


class EventInline(admin.TabularInline):
    model = ReleaseEvent
    extra = 0
    fields = ["created_at", "action", "actor", "comment"]
    readonly_fields = fields


@admin.register(Release)
class ReleaseAdmin(admin.ModelAdmin):
    list_display = ["title", "agency", "status", "kip_class", "published_at"]
    list_filter = ["status", "kip_class", "kind", "agency__forum"]
    search_fields = ["title"]
    readonly_fields = ["status", "published_at", "withdrawn_at", "archived_at", "lock_version"]
    inlines = [AttachmentInline, EventInline]
