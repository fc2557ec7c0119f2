"""Every URL of the forum app, mounted once at the site root: accounts, the channel, the directory."""

from django.urls import include, path

urlpatterns = [
    path("akun/", include("sinergi.forum.account_urls")),
    path("ruang-kerja/kanal/", include("sinergi.forum.channel_urls")),
    path("direktori/", include("sinergi.forum.directory_urls")),
]
