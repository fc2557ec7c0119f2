"""The root URLconf: every app's URLs, mounted by the composition layer (docs/architecture.md)."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from sinergi.core import contributions
from sinergi.core.views import healthz
from sinergi.forum.api import ObtainToken
from sinergi.forum.views.sign_in import admin_sign_in
from sinergi.site.views import crawlers, workspace

router = DefaultRouter()
for prefix, (viewset, basename) in contributions.api_routes.items():
    router.register(prefix, viewset, basename=basename)

# The back office's front page and the inbox: what the composition layer itself serves.
workspace_urls = ([
    path("", workspace.home, name="home"),
    path("kotak-masuk/", workspace.inbox_page, name="inbox"),
], "workspace")  # fmt: skip

urlpatterns = [
    # One include per app; each app's urls.py mounts its own parts.
    path("", include("sinergi.meetings.urls")),
    path("", include("sinergi.portal.urls")),
    path("", include("sinergi.ppid.urls")),
    path("", include("sinergi.forum.urls")),
    path("", include("sinergi.dissemination.urls")),
    path("", include("sinergi.data.urls")),
    path("ruang-kerja/", include(workspace_urls)),
    path("ruang-kerja/", include("sinergi.core.urls")),
    path("ruang-kerja/rilis/", include("sinergi.releases.urls")),
    path("robots.txt", crawlers.robots, name="robots"),
    path("sitemap.xml", crawlers.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", crawlers.sitemap_section, name="sitemap_section"),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include(router.urls)),
    path("api/token/", ObtainToken.as_view(), name="api_token_obtain"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api_schema", template_name="core/api_docs.html"),
        name="api_docs",
    ),
    path("admin/login/", admin_sign_in),  # one sign-in page, one lock, one second step for all
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    # Forum logos are public; nginx serves the same folder in production (docs/deploy.md).
    urlpatterns += static(f"{settings.MEDIA_URL}forum/", document_root=settings.MEDIA_ROOT / "forum")

handler400 = "sinergi.core.errors.bad_request"
handler403 = "sinergi.core.errors.permission_denied"
handler404 = "sinergi.core.errors.not_found"
handler500 = "sinergi.core.errors.server_error"
