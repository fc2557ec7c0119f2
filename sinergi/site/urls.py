"""The root URLconf: every app's URLs, mounted by the composition layer (docs/architecture.md)."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from sinergi.core.views import healthz
from sinergi.forum.api import AgencyViewSet, MemberViewSet, ObtainToken
from sinergi.forum.views.sign_in import admin_sign_in
from sinergi.ppid import views as ppid_views
from sinergi.releases.api import ReleaseViewSet, ThemeViewSet
from sinergi.site.views import crawlers, workspace

router = DefaultRouter()
router.register("agencies", AgencyViewSet, basename="agency")
router.register("members", MemberViewSet, basename="member")
router.register("releases", ReleaseViewSet, basename="release")
router.register("themes", ThemeViewSet, basename="theme")

# The back office's front page and the inbox: what the composition layer itself serves.
workspace_urls = ([
    path("", workspace.home, name="home"),
    path("kotak-masuk/", workspace.inbox_page, name="inbox"),
], "workspace")  # fmt: skip

urlpatterns = [
    path("", include("sinergi.meetings.agenda_urls")),
    path("", include("sinergi.portal.urls")),
    path("akun/", include("sinergi.forum.account_urls")),
    path("ruang-kerja/", include(workspace_urls)),
    path("ruang-kerja/", include("sinergi.core.urls")),
    path("ruang-kerja/rilis/", include("sinergi.releases.urls")),
    path("permohonan-informasi/", include("sinergi.ppid.urls")),
    path("ruang-kerja/ppid/permohonan/", include("sinergi.ppid.office_urls")),
    path("ruang-kerja/ppid/daftar/", include("sinergi.ppid.registers_urls")),
    path("ruang-kerja/ppid/laporan-tahunan/", include("sinergi.ppid.annual_report_urls")),
    path("ruang-kerja/kanal/", include("sinergi.forum.channel_urls")),
    path("ruang-kerja/pertemuan/", include("sinergi.meetings.urls")),
    path("daftar-informasi-publik/", ppid_views.public_dip, name="public_dip"),
    path("maklumat-pelayanan/", ppid_views.service_charter, name="service_charter"),
    path("robots.txt", crawlers.robots, name="robots"),
    path("sitemap.xml", crawlers.sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", crawlers.sitemap_section, name="sitemap_section"),
    path("direktori/", include("sinergi.forum.urls")),
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
