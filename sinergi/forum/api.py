"""The directory over REST: agencies are public, members are for members only; the token endpoint."""

from __future__ import annotations

import django_filters
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.response import Response

from sinergi.core.forums import forum_or_none
from sinergi.core.permissions import allowed
from sinergi.forum import sign_in, two_factor
from sinergi.forum.api_tokens import expires_at, renew, token_page
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


_DETAIL = inline_serializer("Refusal", {"detail": serializers.CharField()})


class ObtainToken(ObtainAuthToken):
    """Trade an e-mail and password for the member's token (made anew once expired)."""

    @extend_schema(responses={
        200: inline_serializer("Token", {"token": serializers.CharField()}),
        400: OpenApiResponse(description="Wrong e-mail or password (counted toward the sign-in lock)."),
        403: OpenApiResponse(_DETAIL, description="The account uses two-step sign-in: make a token on the account page."),
        429: OpenApiResponse(_DETAIL, description="Sign-in is locked for this account or address; see Retry-After."),
    })  # fmt: skip
    def post(self, request, *args, **kwargs):
        if not isinstance(request.data, dict):
            return Response({"detail": _("Send an object with username and password.")},
                            status=status.HTTP_400_BAD_REQUEST)  # fmt: skip
        email = str(request.data.get("username", "")).strip().lower()
        minutes = sign_in.minutes_locked(email, sign_in.client_of(request))
        if minutes:
            return Response({"detail": sign_in.locked_message(minutes)}, status=status.HTTP_429_TOO_MANY_REQUESTS,
                            headers={"Retry-After": str(minutes * 60)})  # fmt: skip
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)  # a wrong password is counted by the backend
        user = serializer.validated_data["user"]
        if two_factor.is_on(user) or two_factor.is_required(user):
            return Response({"detail": _(
                "This account signs in with two-step sign-in, so no token is given for a password alone. "
                "Sign in on the website with your code and make a token on your account page: %(url)s"
            ) % {"url": token_page()}}, status=status.HTTP_403_FORBIDDEN)  # fmt: skip
        sign_in.forget_failures(user.email)
        token = Token.objects.filter(user=user).first()
        if token is None or expires_at(token) <= timezone.now():
            token = renew(user)
        return Response({"token": token.key})
