from __future__ import annotations

from contextlib import nullcontext

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sinergi.core.audit import acting_as
from sinergi.forum.models.agency import Agency
from sinergi.forum.models.roles import AgencyRoleKind, ForumRoleKind


class MemberQuerySet(models.QuerySet):
    def in_forum(self, forum) -> MemberQuerySet:
        """Everyone with a role in one of the forum's agencies or in the forum itself."""
        return self.filter(models.Q(agency_roles__agency__forum=forum) | models.Q(forum_roles__forum=forum)).distinct()

    def with_roles_in(self, forum) -> MemberQuerySet:
        """Prefetch only the roles held in this forum, so no other forum's agencies show."""
        return self.prefetch_related(
            models.Prefetch("agency_roles", AgencyRole.objects.filter(agency__forum=forum).select_related("agency")),
            models.Prefetch("forum_roles", ForumRole.objects.filter(forum=forum)),
        )

    def search(self, text: str) -> MemberQuerySet:
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(full_name__icontains=text) | models.Q(email__icontains=text) | models.Q(position__icontains=text)
        )


class MemberManager(BaseUserManager.from_queryset(MemberQuerySet)):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra) -> Member:
        if not email:
            raise ValueError("An e-mail address is required")
        member = self.model(email=self.normalize_email(email), **extra)  # save() lower-cases it
        member.set_password(password)
        member.save(using=self._db)
        return member

    def create_superuser(self, email: str, password: str | None = None, **extra) -> Member:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class Member(AbstractBaseUser, PermissionsMixin):
    """A person in the forum. Signs in with an e-mail address; never deleted, only deactivated."""

    email = models.EmailField(_("e-mail"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True, help_text=_("Jabatan"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("may use the admin site"), default=False)
    # Demo accounts sign in only while DEBUG is on (see forum/auth.py).
    is_demo = models.BooleanField(default=False, editable=False, verbose_name=_("demo account"))
    date_joined = models.DateTimeField(_("joined"), default=timezone.now)
    deactivated_at = models.DateTimeField(_("deactivated"), null=True, blank=True)
    # Opt-out rather than opt-in: the forum asked for its news to reach everyone (see forum/digest.py).

    receives_digest = models.BooleanField(_("weekly digest by e-mail"), default=True)
    # The secret in the member's calendar feed addresses; a new one revokes every old address.
    calendar_secret = models.CharField(max_length=32, blank=True, editable=False, verbose_name=_("calendar link"))
    capability_fields = ("calendar_secret",)  # see core/capabilities.py

    objects = MemberManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("member")
        verbose_name_plural = _("members")
        constraints = [models.UniqueConstraint(Lower("email"), name="member_unique_email_ci")]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_absolute_url(self) -> str:
        return reverse("forum:member_detail", args=[self.pk])

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def save(self, *args, **kwargs) -> None:
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    def deactivate(self, by: Member | None) -> None:
        """Stop the member signing in; roles and history stay for the record."""
        if not self.is_active:
            return
        self.is_active = False
        self.deactivated_at = timezone.now()
        # Without `by`, the actor already in effect (the request's, or the system) is recorded.
        with acting_as(by) if by is not None else nullcontext():
            self.save(update_fields=["is_active", "deactivated_at"])  # ends their API token (forum/api_tokens.py)

    def reactivate(self) -> None:
        if self.is_active:
            return
        self.is_active = True
        self.deactivated_at = None
        self.save(update_fields=["is_active", "deactivated_at"])

    def has_forum_role(self, forum, *roles: str) -> bool:
        return self.is_active and self.forum_roles.filter(forum=forum, role__in=roles).exists()

    def has_agency_role(self, agency, *roles: str) -> bool:
        return self.is_active and self.agency_roles.filter(agency=agency, role__in=roles).exists()

    def forum_ids(self) -> set[int]:
        """The forums this person belongs to, through an agency role or a forum role."""
        via_agencies = self.agency_roles.values_list("agency__forum_id", flat=True)
        return set(via_agencies) | set(self.forum_roles.values_list("forum_id", flat=True))

    def agencies(self):
        return Agency.objects.filter(member_roles__member=self).distinct()


class AgencyRole(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="agency_roles", verbose_name=_("member"))
    agency = models.ForeignKey(
        "forum.Agency", on_delete=models.CASCADE, related_name="member_roles", verbose_name=_("agency")
    )
    role = models.CharField(_("role"), max_length=20, choices=AgencyRoleKind.choices)
    since = models.DateField(_("since"), default=timezone.localdate)

    class Meta:
        ordering = ["agency__name", "role"]
        verbose_name = _("role in an agency")
        verbose_name_plural = _("roles in agencies")
        constraints = [models.UniqueConstraint(fields=["member", "agency", "role"], name="agency_role_unique")]

    def __str__(self) -> str:
        return f"{self.member} - {self.get_role_display()}, {self.agency}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id


class ForumRole(models.Model):
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="forum_roles", verbose_name=_("member"))
    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.CASCADE, related_name="member_roles", verbose_name=_("forum")
    )
    role = models.CharField(_("role"), max_length=20, choices=ForumRoleKind.choices)

    class Meta:
        ordering = ["role"]
        verbose_name = _("forum role")
        verbose_name_plural = _("forum roles")
        constraints = [models.UniqueConstraint(fields=["member", "forum", "role"], name="forum_role_unique")]

    def __str__(self) -> str:
        return f"{self.member} - {self.get_role_display()}"

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id


class Invitation(models.Model):
    """An invitation e-mail: who asked whom to join, and whether it was taken up."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("member"))
    forum = models.ForeignKey(
        "forum.Forum", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("forum")
    )
    invited_by = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("invited by")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("sent at"))
    accepted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("accepted at"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return f"{self.member.email} ({self.created_at:%Y-%m-%d})"

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id
