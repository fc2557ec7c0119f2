"""Every forum has its main public body from the day it is made: requests, letters and registers need one."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from sinergi.forum.models import Forum
from sinergi.ppid.models import PublicBody
from sinergi.ppid.models.public_body import main_body_name


@receiver(post_save, sender=Forum, dispatch_uid="ppid.main_public_body")
def give_the_forum_its_main_body(sender, instance: Forum, created: bool, raw: bool = False, **kwargs) -> None:
    if created and not raw and not PublicBody.objects.filter(forum=instance, is_main=True).exists():
        PublicBody.objects.create(forum=instance, is_main=True, code=instance.slug.upper()[:30],
                                  name=main_body_name(instance), address=instance.address,
                                  phone=instance.contact_phone, email=instance.contact_email,
                                  website=instance.website)  # fmt: skip
