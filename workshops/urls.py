from django.urls import path

from . import views

app_name = "workshops"
urlpatterns = [
    path("lokakarya-saya/", views.mine, name="mine"),
    path("lokakarya/<int:pk>/daftar/", views.register, name="register"),
    path("lokakarya/<int:pk>/batal/", views.cancel, name="cancel"),
    path("lokakarya/<int:pk>/kalender.ics", views.calendar_file, name="calendar"),
    path("lokakarya/<int:pk>/kelola/", views.manage, name="manage"),
    path("lokakarya/sesi/<int:session_id>/presensi/", views.roster, name="roster"),
    path("lokakarya/sesi/<int:session_id>/tandai/", views.mark, name="mark"),
    path("lokakarya/sesi/<int:session_id>/tambah/", views.walk_in, name="walk_in"),
    path("lokakarya/sesi/<int:session_id>/qr/", views.qr_screen, name="qr"),
    path("lokakarya/sesi/<int:session_id>/qr/kode/", views.qr_code, name="qr_code"),
    path("hadir/<int:session_id>/<str:code>/", views.check_in, name="check_in"),
]
