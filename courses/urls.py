from django.urls import path

from . import views

app_name = "courses"
urlpatterns = [
    path("belajar/", views.my_learning, name="my_learning"),
    path("belajar/cari/", views.search, name="search"),
    path("belajar/lanjut/", views.onward, name="onward"),
    path("belajar/kursus/<int:course_id>/daftar/", views.enrol, name="enrol"),
    path("belajar/kursus/<int:course_id>/luring/", views.offline_pages, name="offline_pages"),
    path("belajar/modul/<int:module_id>/", views.module_redirect, name="module"),
    path("belajar/modul/<int:module_id>/selesai/", views.complete, name="complete"),
]
