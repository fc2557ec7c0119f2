"""RSS 2.0 and Atom feeds of public releases: all of them, per agency and per theme."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from sinergi.core import markdown
from sinergi.core.forums import current_forum
from sinergi.forum.models import Agency
from sinergi.portal import queries
from sinergi.releases.models import Theme

ITEMS = 30


class ReleaseFeed(Feed):
    """Every public release of the forum, newest first."""

    def get_object(self, request, *args, **kwargs):
        self.forum = current_forum(request)
        return None

    def title(self, obj=None):
        return _("Releases · %(forum)s") % {"forum": self.forum.name}

    def link(self, obj=None):
        return reverse("portal:releases")

    def description(self, obj=None):
        return _("Public releases of the agencies in %(forum)s") % {"forum": self.forum.name}

    def releases(self, obj=None):
        return queries.public_releases(self.forum)

    def items(self, obj=None):
        return self.releases(obj)[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or markdown.plain(item.body, 400)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.agency.name

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class AgencyReleaseFeed(ReleaseFeed):
    def get_object(self, request, slug):
        super().get_object(request)
        return get_object_or_404(Agency.objects.active(), forum=self.forum, slug=slug)

    def title(self, obj=None):
        return _("Releases · %(agency)s") % {"agency": obj.name}

    def link(self, obj=None):
        return reverse("portal:agency", args=[obj.slug])

    def releases(self, obj=None):
        return queries.public_releases(self.forum).filter(agency=obj)


class ThemeReleaseFeed(ReleaseFeed):
    def get_object(self, request, slug):
        super().get_object(request)
        return get_object_or_404(Theme, forum=self.forum, slug=slug, is_active=True)

    def title(self, obj=None):
        return _("Releases · theme %(theme)s") % {"theme": obj.name}

    def link(self, obj=None):
        return reverse("portal:theme", args=[obj.slug])

    def releases(self, obj=None):
        return queries.public_releases(self.forum).filter(themes=obj)


def atom(feed_class):
    """The same feed in Atom."""
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed,
                                                              "subtitle": feed_class.description})  # fmt: skip
