from django.urls import path

from sinergi.releases.views import attachments, review, steps, themes, workspace

app_name = "releases"

urlpatterns = [
    path("", workspace.release_list, name="list"),
    path("baru/", workspace.release_create, name="create"),
    path("<int:pk>/", workspace.release_detail, name="detail"),
    path("<int:pk>/ubah/", workspace.release_edit, name="edit"),
    path("<int:pk>/langkah/<str:name>/", steps.step, name="step"),
    path("<int:pk>/jadwal/", steps.schedule, name="schedule"),
    path("<int:pk>/ralat/", steps.correct, name="correct"),
    path("<int:pk>/komentar/", review.comment, name="comment"),
    path("<int:pk>/komentar/<int:comment_id>/selesai/", review.resolve_comment, name="resolve_comment"),
    path("<int:pk>/versi/", review.versions, name="versions"),
    path("<int:pk>/data-pribadi/samarkan/", review.redact, name="redact"),
    path("<int:pk>/data-pribadi/izinkan/", review.override, name="override"),
    path("<int:pk>/pratinjau/", review.share_preview, name="share_preview"),
    path("<int:pk>/lampiran/", attachments.attach, name="attach"),
    path("<int:pk>/lampiran/<int:attachment_id>/", attachments.download, name="download"),
    path("<int:pk>/lampiran/<int:attachment_id>/hapus/", attachments.detach, name="detach"),
    path("tema/", themes.theme_list, name="themes"),
    path("tema/baru/", themes.theme_edit, name="theme_create"),
    path("tema/<int:pk>/", themes.theme_edit, name="theme_edit"),
    path("pratinjau/<str:token>/", review.preview_page, name="preview"),
]
