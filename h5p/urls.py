from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("h5p/main/<str:token>/", views.player, name="player"),
    path("h5p/berkas/<str:token>/<path:path>", views.package_file, name="file"),
    path("h5p/aktivitas/<int:activity_id>/hasil/", views.record_result, name="result"),
    path("h5p/aktivitas/<int:activity_id>/keadaan/", views.save_state, name="state"),
]
