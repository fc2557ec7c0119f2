from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sinergi.core.classification import Classified, ClassifiedQuerySet
from sinergi.core.uploads import UploadKind
from sinergi.releases.models.release import public_release
from sinergi.releases.models.review import PartOfRelease


class AttachmentQuerySet(ClassifiedQuerySet):
    def public(self):
        """Attachments of public releases, minus exempt ones."""
        return self.filter(public_release("release__")).not_exempt()


def share_source_path(instance: Attachment, filename: str) -> str:
    return f"releases/{instance.release_id}/{instance.token}-besar.jpg"


def attachment_path(instance: Attachment, filename: str) -> str:
    # The stored name is ours, never the uploader's: it is served only through a checked view.
    return f"releases/{instance.release_id}/{instance.token}.{'pdf' if instance.kind == UploadKind.PDF else 'jpg'}"


class Attachment(PartOfRelease, Classified):
    """An image or PDF of a release; type decided by content and images resized on upload."""

    release = models.ForeignKey(
        "releases.Release", on_delete=models.CASCADE, related_name="attachments", verbose_name=_("release")
    )
    kind = models.CharField(max_length=10, choices=UploadKind.choices, verbose_name=_("kind"))
    file = models.FileField(upload_to=attachment_path, max_length=200, verbose_name=_("file"))
    token = models.CharField(max_length=32, verbose_name=_("file key"))
    original_name = models.CharField(_("file name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    alt_text = models.CharField(_("alternative text"), max_length=300, blank=True,
                                help_text=_("What the image shows, for people who cannot see it."))  # fmt: skip
    size = models.PositiveIntegerField(default=0, verbose_name=_("size"))
    # A larger copy of an image (never served as is): the share kit cuts the platforms' sizes from it.
    share_source = models.FileField(upload_to=share_source_path, max_length=200, blank=True,
                                    verbose_name=_("larger copy for sharing"))  # fmt: skip
    width = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("width"))
    height = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("height"))
    text = models.TextField(
        blank=True,
        help_text="Text extracted from a PDF, for the personal-data guard.",
        verbose_name=_("extracted text"),
    )
    created_by = models.ForeignKey(
        "forum.Member", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        # Never the uploader's file name, which may hold a person's name or number.
        return self.title or self.download_name

    def get_absolute_url(self) -> str:
        return reverse("portal:attachment", args=[self.pk, self.download_name])

    @property
    def download_name(self) -> str:
        return f"{self.release.slug or 'lampiran'}-{self.pk}.{'pdf' if self.kind == UploadKind.PDF else 'jpg'}"

    @property
    def is_image(self) -> bool:
        return self.kind == UploadKind.IMAGE
