from django.urls import path

from sinergi.portal import feeds, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("rilis/", views.release_list, name="releases"),
    path("rilis/<int:pk>/", views.release_page, name="release_short"),
    path("rilis/<int:pk>/<slug:slug>/", views.release_page, name="release"),
    path("instansi/", views.agency_list, name="agencies"),
    path("instansi/<slug:slug>/", views.agency_page, name="agency"),
    path("instansi/<slug:slug>/rss/", feeds.AgencyReleaseFeed(), name="agency_rss"),
    path("instansi/<slug:slug>/atom/", feeds.atom(feeds.AgencyReleaseFeed)(), name="agency_atom"),
    path("tema/<slug:slug>/", views.theme_page, name="theme"),
    path("tema/<slug:slug>/rss/", feeds.ThemeReleaseFeed(), name="theme_rss"),
    path("tema/<slug:slug>/atom/", feeds.atom(feeds.ThemeReleaseFeed)(), name="theme_atom"),
    path("cari/", views.search_page, name="search"),
    path("feed/rss/", feeds.ReleaseFeed(), name="rss"),
    path("feed/atom/", feeds.atom(feeds.ReleaseFeed)(), name="atom"),
    path("lampiran/<int:pk>/<str:name>", views.attachment, name="attachment"),
]
