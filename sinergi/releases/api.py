"""Public releases and themes over REST, read-only and only through `.public()`."""

from __future__ import annotations

import datetime as dt

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field
from rest_framework import permissions, serializers, viewsets

from sinergi.core import markdown
from sinergi.core.forums import forum_or_none
from sinergi.releases.models import Attachment, Correction, Release, Theme


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["slug", "name", "kind", "description", "starts_on", "ends_on"]


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["title", "kind", "alt_text", "width", "height", "size", "url"]

    def get_url(self, item) -> str:
        return self.context["request"].build_absolute_uri(item.get_absolute_url())


class CorrectionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Correction
        fields = ["note", "created_at"]


class ReleaseSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    body_html = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    attachments = serializers.SerializerMethodField()
    corrections = serializers.SerializerMethodField()

    class Meta:
        model = Release
        fields = ["id", "url", "agency", "kind", "title", "summary", "body", "body_html", "themes", "kip_class",
                  "berkala_item", "published_at", "updated_at", "attachments", "corrections"]  # fmt: skip

    def get_body_html(self, release) -> str:
        return str(markdown.render(release.body))

    def get_url(self, release) -> str:
        return self.context["request"].build_absolute_uri(release.get_absolute_url())

    @extend_schema_field(AttachmentSerializer(many=True))
    def get_attachments(self, release) -> list[dict]:
        return AttachmentSerializer(release.public_attachments, many=True, context=self.context).data

    @extend_schema_field(CorrectionSerializer(many=True))
    def get_corrections(self, release) -> list[dict]:
        return CorrectionSerializer(release.corrections.all(), many=True).data


class UTCIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 time with any offset Python reads, compared in UTC.

    PostgreSQL refuses offsets beyond ±15:59 and a time at the edge of year 1 or 9999 cannot be
    moved to UTC at all: the first is converted here, the second is a clear 400, not a 500.
    """

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            return moment.astimezone(dt.UTC)
        except OverflowError:
            raise ValidationError(_("Enter a date and time between the years 1 and 9999."), code="invalid") from None


class UTCIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UTCIsoDateTimeField


class ReleaseFilter(django_filters.FilterSet):
    agency = django_filters.CharFilter(field_name="agency__slug")
    theme = django_filters.CharFilter(field_name="themes__slug")
    published_after = UTCIsoDateTimeFilter(field_name="published_at", lookup_expr="gte")

    class Meta:
        model = Release
        fields = ["agency", "theme", "kind", "kip_class", "published_after"]


class ReleaseViewSet(viewsets.ReadOnlyModelViewSet):
    """Published releases of the forum's agencies. Exempt, draft and withdrawn ones never appear."""

    # Tells the schema the model without a database query; get_queryset() gives the rows.
    queryset = Release.objects.none()
    serializer_class = ReleaseSerializer
    permission_classes = [permissions.AllowAny]
    filterset_class = ReleaseFilter
    ordering_fields = ["published_at"]
    search_fields: list[str] = []

    def get_queryset(self):
        return (
            Release.objects.public()
            .in_forum(forum_or_none(self.request))
            .select_related("agency")
            .prefetch_related(
                "themes",
                "corrections",
                Prefetch("attachments", Attachment.objects.public().select_related("release"), "public_attachments"),
            )
            .order_by("-published_at", "-pk")
            .distinct()
        )


class ThemeViewSet(viewsets.ReadOnlyModelViewSet):
    """The forum's active themes."""

    # Tells the schema the model without a database query; get_queryset() gives the rows.
    queryset = Theme.objects.none()
    serializer_class = ThemeSerializer
    permission_classes = [permissions.AllowAny]
    lookup_field = "slug"
    search_fields: list[str] = []

    def get_queryset(self):
        return Theme.objects.filter(forum=forum_or_none(self.request), is_active=True)
