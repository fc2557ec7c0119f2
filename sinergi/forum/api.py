"""The directory over REST: agencies are public, members are for members only."""

from __future__ import annotations

import django_filters
from rest_framework import permissions, serializers, viewsets

from sinergi.core.forums import forum_or_none
from sinergi.core.permissions import allowed
from sinergi.forum.models import Agency, AgencyRole, ForumRole, Member, SocialAccount


class SocialAccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = SocialAccount
        fields = ["platform", "handle", "url"]


class AgencySerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)
    social_accounts = SocialAccountSerializer(many=True, read_only=True)

    class Meta:
        model = Agency
        fields = [
            "slug", "name", "short_name", "kind", "parent", "region_code", "address", "phone", "email",
            "website", "social_accounts",
        ]  # fmt: skip


class AgencyFilter(django_filters.FilterSet):
    class Meta:
        model = Agency
        fields = ["kind", "region_code"]


class AgencyViewSet(viewsets.ReadOnlyModelViewSet):
    """Agencies in the forum's directory. Open to everyone: this is public organisational data."""

    # Tells the schema the model without a database query; get_queryset() gives the rows.
    queryset = Agency.objects.none()
    serializer_class = AgencySerializer
    permission_classes = [permissions.AllowAny]
    lookup_field = "slug"
    filterset_class = AgencyFilter
    search_fields = ["name", "short_name"]
    ordering_fields = ["name", "region_code"]

    def get_queryset(self):
        return (
            Agency.objects.active()
            .filter(forum=forum_or_none(self.request))
            .select_related("parent")
            .prefetch_related("social_accounts")
        )


class AgencyRoleSerializer(serializers.ModelSerializer):
    agency = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = AgencyRole
        fields = ["agency", "role"]


class ForumRoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = ForumRole
        fields = ["role"]


class MemberSerializer(serializers.ModelSerializer):
    agency_roles = AgencyRoleSerializer(many=True, read_only=True)
    forum_roles = ForumRoleSerializer(many=True, read_only=True)

    class Meta:
        model = Member
        fields = ["id", "full_name", "email", "position", "phone", "is_active", "agency_roles", "forum_roles"]


class IsForumMember(permissions.BasePermission):
    def has_permission(self, request, view) -> bool:
        return allowed("forum.view_directory", request.user, forum_or_none(request))


class MemberViewSet(viewsets.ReadOnlyModelViewSet):
    """Members of the forum with their roles. Only signed-in members of the forum see this."""

    # Tells the schema the model without a database query; get_queryset() gives the rows.
    queryset = Member.objects.none()
    serializer_class = MemberSerializer
    permission_classes = [IsForumMember]
    filterset_fields = ["is_active"]
    search_fields = ["full_name", "email", "position"]
    ordering_fields = ["full_name"]

    def get_queryset(self):
        forum = forum_or_none(self.request)
        return Member.objects.in_forum(forum).with_roles_in(forum)
