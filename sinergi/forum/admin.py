from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from sinergi.forum.models import Agency, AgencyRole, Forum, ForumRole, Invitation, Member, SocialAccount


class SocialAccountInline(admin.TabularInline):
    model = SocialAccount
    extra = 0


@admin.register(Forum)
class ForumAdmin(admin.ModelAdmin):
    list_display = ["name", "region_code", "time_zone"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "region_code", "forum", "is_active"]
    list_filter = ["forum", "kind", "is_active"]
    search_fields = ["name", "short_name", "slug"]
    inlines = [SocialAccountInline]


class AgencyRoleInline(admin.TabularInline):
    model = AgencyRole
    extra = 0


class ForumRoleInline(admin.TabularInline):
    model = ForumRole
    extra = 0


@admin.register(Member)
class MemberAdmin(UserAdmin):
    ordering = ["full_name"]
    list_display = ["full_name", "email", "is_active", "is_staff"]
    list_filter = ["is_active", "is_staff"]
    search_fields = ["full_name", "email"]
    fieldsets = [
        (None, {"fields": ["email", "password", "full_name", "position", "phone"]}),
        ("Status", {"fields": ["is_active", "is_staff", "is_superuser", "deactivated_at"]}),
    ]
    add_fieldsets = [(None, {"fields": ["email", "full_name", "password1", "password2"]})]
    inlines = [AgencyRoleInline, ForumRoleInline]


admin.site.register(Invitation)
