from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from sinergi.core import limits
from sinergi.forum.validators import validate_region_code


class AgencyKind(models.TextChoices):
    DINAS = "dinas", _("Dinas / badan")
    BAGIAN = "bagian", _("Bagian Setdakab")
    KECAMATAN = "kecamatan", _("Kecamatan")
    UPT = "upt", _("UPT")
    VERTIKAL = "vertikal", _("Instansi vertikal")
    DPRD = "dprd", _("Sekretariat DPRD")
    BUMD = "bumd", _("BUMD")
    MITRA = "mitra", _("Partner organisation")


class AgencyQuerySet(models.QuerySet):
    def active(self) -> AgencyQuerySet:
        return self.filter(is_active=True)

    def search(self, text: str) -> AgencyQuerySet:
        text = text.strip()
        if not text:
            return self
        return self.filter(
            models.Q(name__icontains=text)
            | models.Q(short_name__icontains=text)
            | models.Q(region_code__startswith=text)
        )


class Agency(models.Model):
    """A body whose PR officers work in the forum: an OPD, a kecamatan, a UPT, a partner."""

    forum = models.ForeignKey("forum.Forum", on_delete=models.PROTECT, related_name="agencies", verbose_name=_("forum"))
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=60, blank=True, help_text=_("e.g. Diskominfotik"))
    slug = models.SlugField(_("code"), max_length=80, help_text=_("Short unique code used in addresses and imports"))
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind.choices)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="units", verbose_name=_("parent agency")
    )
    region_code = models.CharField(_("region code"), max_length=13, blank=True, validators=[validate_region_code])
    address = models.TextField(_("address"), blank=True, max_length=limits.SHORT_TEXT)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=limits.LONG_TEXT)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    updated_at = models.DateTimeField(auto_now=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        constraints = [
            models.UniqueConstraint(fields=["forum", "slug"], name="agency_unique_slug_per_forum"),
            models.UniqueConstraint(Lower("name"), "forum", name="agency_unique_name_per_forum"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:agency_detail", args=[self.slug])

    @property
    def audit_forum_id(self) -> int | None:
        return self.forum_id

    def clean(self) -> None:
        errors = {}
        if self.kind == AgencyKind.UPT and not self.parent_id:
            errors["parent"] = _("A UPT must name its parent agency.")
        if self.parent_id:
            if self.parent_id == self.pk:
                errors["parent"] = _("An agency cannot be its own parent.")
            elif self.forum_id and self.parent.forum_id != self.forum_id:
                errors["parent"] = _("The parent agency must belong to the same forum.")
            elif self.pk and self._is_ancestor_of_parent():
                errors["parent"] = _("This would make the agency a unit of its own unit.")
        if self.forum_id and self.name:
            clash = Agency.objects.filter(forum_id=self.forum_id, name__iexact=self.name).exclude(pk=self.pk)
            if clash.exists():
                errors["name"] = _("An agency with this name is already in the directory.")
        if self.forum_id and self.slug:
            if Agency.objects.filter(forum_id=self.forum_id, slug=self.slug).exclude(pk=self.pk).exists():
                errors["slug"] = _("This code is already used by another agency.")
        if errors:
            raise ValidationError(errors)

    def _is_ancestor_of_parent(self) -> bool:
        node, seen = self.parent, set()
        while node is not None and node.pk not in seen:
            if node.pk == self.pk:
                return True
            seen.add(node.pk)
            node = node.parent
        return False


class SocialPlatform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    FACEBOOK = "facebook", "Facebook"
    X = "x", "X (Twitter)"
    YOUTUBE = "youtube", "YouTube"
    TIKTOK = "tiktok", "TikTok"
    THREADS = "threads", "Threads"
    WHATSAPP = "whatsapp", _("WhatsApp channel")
    OTHER = "other", _("Other")

    @property
    def profile_prefix(self) -> str:
        """Where a bare handle lives on this platform, so a URL can be derived from it."""
        return {
            "instagram": "https://www.instagram.com/",
            "facebook": "https://www.facebook.com/",
            "x": "https://x.com/",
            "youtube": "https://www.youtube.com/@",
            "tiktok": "https://www.tiktok.com/@",
            "threads": "https://www.threads.net/@",
        }.get(self.value, "")


class SocialAccount(models.Model):
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, related_name="social_accounts", verbose_name=_("agency")
    )
    platform = models.CharField(_("platform"), max_length=20, choices=SocialPlatform.choices)
    handle = models.CharField(_("handle"), max_length=100)
    url = models.URLField(_("address"), blank=True)

    class Meta:
        ordering = ["platform", "handle"]
        verbose_name = _("social-media account")
        verbose_name_plural = _("social-media accounts")
        constraints = [
            models.UniqueConstraint(fields=["agency", "platform", "handle"], name="social_account_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} {self.handle}"

    def save(self, *args, **kwargs) -> None:
        self.handle = self.handle.strip()
        if not self.url:
            prefix = SocialPlatform(self.platform).profile_prefix
            if prefix:
                self.url = prefix + self.handle.lstrip("@")
        super().save(*args, **kwargs)

    @property
    def audit_forum_id(self) -> int | None:
        return self.agency.forum_id
