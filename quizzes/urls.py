from django.urls import path

from . import views

app_name = "quizzes"
urlpatterns = [
    path("kuis/<int:pk>/", views.intro, name="intro"),
    path("kuis/<int:pk>/mulai/", views.start, name="start"),
    path("kuis/percobaan/<uuid:attempt_id>/soal/<int:position>/", views.question, name="question"),
    path("kuis/percobaan/<uuid:attempt_id>/jawab/", views.save, name="save"),
    path("kuis/percobaan/<uuid:attempt_id>/kirim/", views.submit, name="submit"),
    path("kuis/percobaan/<uuid:attempt_id>/selesai/", views.finish, name="finish"),
    path("kuis/percobaan/<uuid:attempt_id>/hasil/", views.result, name="result"),
]
