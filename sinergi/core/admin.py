from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from sinergi.core import capabilities
from sinergi.core.models import AuditEntry, DeferredTask, OutgoingEmail


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "action", "content_type", "object_repr"]
    list_filter = ["action", "content_type"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(OutgoingEmail)
class OutgoingEmailAdmin(admin.ModelAdmin):
    """E-mails waiting for a retry, and those given up: what an administrator must look into."""

    list_display = ["created_at", "subject", "attempts", "failed_at", "last_error"]
    list_filter = [("failed_at", admin.EmptyFieldListFilter)]
    # The body is shown with secret links blotted out: a tracking or reset link is its recipient's.
    fields = readonly_fields = ["subject", "to", "message", "headers", "attempts", "last_error", "failed_at",
                                "created_at"]  # fmt: skip

    @admin.display(description=_("message"))
    def message(self, obj: OutgoingEmail) -> str:
        return capabilities.redact(obj.body)

    def has_add_permission(self, request):
        return False


@admin.register(DeferredTask)
class DeferredTaskAdmin(admin.ModelAdmin):
    """Work kept while the task queue was down; it leaves this list once the queue takes it."""

    list_display = ["created_at", "task_path", "args", "run_after", "last_error"]
    readonly_fields = [f.name for f in DeferredTask._meta.fields]

    def has_add_permission(self, request):
        return False
