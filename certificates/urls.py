from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("sertifikat/", views.mine, name="mine"),
    path("sertifikat/<int:pk>/unduh/", views.download, name="download"),
    path("sertifikat/<int:pk>/gambar/", views.share_image, name="share_image"),
    path("verifikasi/", views.verify_form, name="verify_form"),
    path("verifikasi/<str:code>/", views.verify, name="verify"),
]
