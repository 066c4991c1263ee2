from django.urls import path

from . import views

app_name = "people"
urlpatterns = [
    path("profil/", views.profile, name="profile"),
    path("privasi/", views.privacy, name="privacy"),
    path("profil/unduh-data/", views.export_data, name="export_data"),
    path("profil/hapus-akun/", views.delete_account, name="delete_account"),
    path("profil/hapus-akun/batal/", views.cancel_deletion, name="cancel_deletion"),
]
