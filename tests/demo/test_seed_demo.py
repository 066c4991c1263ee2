"""`manage.py seed_demo`, as `make run` calls it: everything once, nothing twice, never without DEBUG."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from certificates.models import Certificate, CertificateTemplate
from courses.models import CoursePage, ModulePage
from curriculum.course import COURSE
from demo.models import SeededObject
from demo.workshops import ATTENDEES as DEMO_WORKSHOP_ATTENDEES
from people.models import ConsentRecord, Institution, Kecamatan, Profile, User
from people.services import is_profile_complete
from quizzes.models import Attempt, Choice, Question, QuestionBank, QuestionTag, Quiz, QuizQuestion
from workshops.models import Attendance, Registration, WorkshopPage

pytestmark = pytest.mark.django_db

COUNTED = [
    User,
    EmailAddress,
    Profile,
    ConsentRecord,
    Institution,
    CertificateTemplate,
    get_image_model(),
    Page,
    Revision,
    PageLogEntry,
    ReferenceIndex,
    QuestionBank,
    Question,
    Choice,
    QuestionTag,
    Tag,
    Quiz,
    QuizQuestion,
    SeededObject,
    Attempt,
    Registration,
    Attendance,
    Certificate,
]


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_seed_demo_creates_one_login_per_role_and_is_idempotent(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    first = capsys.readouterr().out
    users = User.objects.count()
    call_command("seed_demo")
    # The four role logins, and the attendees of the demo workshop; nobody is added by a second run.
    assert User.objects.count() == users == 4 + len(DEMO_WORKSHOP_ATTENDEES) - 1
    assert Institution.objects.filter(kind="kecamatan").count() == Kecamatan.objects.count() == 8
    institutions = Institution.objects.count()
    call_command("seed_demo")
    assert Institution.objects.count() == institutions
    for email, group in [
        ("peserta@sinergi.test", "Peserta"),
        ("pelatih@sinergi.test", "Pelatih"),
        ("petugas@sinergi.test", "Petugas DPPPAPM"),
    ]:
        user = User.objects.get(email=email)
        assert user.groups.filter(name=group).exists()
        assert user.check_password("sinergi-demo-2025")
        assert is_profile_complete(user)
        assert email in first
    assert "sinergi-demo-2025" in first


def test_seed_demo_loads_the_course_once_and_a_second_run_changes_nothing(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    first = capsys.readouterr().out
    before = counts()
    call_command("seed_demo")
    second = capsys.readouterr().out

    assert counts() == before
    course = CoursePage.objects.get(slug=COURSE.slug)
    assert course.live and course.certificate_template.name == "Sertifikat kelulusan kursus"
    assert CertificateTemplate.objects.get(is_default=True).name == "Sertifikat standar"
    for signatory in course.certificate_template.signatories.all():
        assert signatory.name.endswith("(contoh)") and not signatory.nip  # examples, never a real official
    assert ModulePage.objects.child_of(course).live().count() == 5
    assert before["Quiz"] == 5 and before["QuestionBank"] == 5
    assert before["Question"] == sum(len(m.quiz.questions) for m in COURSE.modules) == 50
    assert "quiz 5 new" in first and "module page 5 new" in first
    assert "module page 0 new / 5 kept" in second and "quiz" not in second.split("Starter course:")[1]
    assert "admin@sinergi.test" in second  # the logins are printed every time


def test_seed_demo_leaves_an_edited_account_alone(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    profile = Profile.objects.get(user__email="peserta@sinergi.test")
    profile.full_name = "Nama Yang Diubah Petugas"
    profile.save()
    call_command("seed_demo")
    profile.refresh_from_db()
    assert profile.full_name == "Nama Yang Diubah Petugas"


def test_seed_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    pages = Page.objects.count()
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()
    assert not Quiz.objects.exists() and not CertificateTemplate.objects.exists()
    assert Page.objects.count() == pages


def test_seed_demo_runs_without_debug_only_when_told_the_site_is_throwaway(settings):
    """`make stack` serves the production settings (DEBUG off) and still needs the demo logins."""
    settings.DEBUG = False
    call_command("seed_demo", "--allow-without-debug", stdout=StringIO())
    assert User.objects.filter(email="peserta@sinergi.test").exists()
    assert Quiz.objects.exists() and CertificateTemplate.objects.exists()


def test_seed_demo_without_a_catalogue_writes_nothing(settings):
    settings.DEBUG = True
    Page.objects.get(slug="kursus").delete()
    with pytest.raises(CommandError, match="migrate"):
        call_command("seed_demo")
    assert not User.objects.exists() and not Institution.objects.exists()
    assert not Quiz.objects.exists()


def test_seed_demo_adds_the_hotel_smart_workshop_with_certificates_and_one_open_workshop(
    settings, django_capture_on_commit_callbacks
):
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo")
    past = WorkshopPage.objects.get(slug="lokakarya-hotel-smart-2025")
    assert past.live and past.sessions.get().date.isoformat() == "2025-11-03"
    attended = [row for row in DEMO_WORKSHOP_ATTENDEES if row[3]]
    assert Attendance.objects.filter(workshop=past).count() == len(attended)
    certificates = Certificate.objects.filter(subject_kind="workshop")
    assert certificates.count() == len(attended)
    assert certificates.filter(user__email="peserta@sinergi.test", status="valid").exists()
    assert Attempt.objects.filter(context=f"workshop:{past.pk}:pre").count() == len(attended)
    upcoming = WorkshopPage.objects.get(slug="lokakarya-pendampingan-korban")
    assert upcoming.live and upcoming.registration_open and not upcoming.registrations.exists()


def test_the_demo_trainer_sees_the_results_of_the_starter_course_and_the_workshops(settings, client):
    settings.DEBUG = True
    call_command("seed_demo", stdout=StringIO())
    trainer = User.objects.get(email="pelatih@sinergi.test")
    # A demo participant attended the past workshop: its pre/post-tests and roster are the trainer's to run.
    workshop = WorkshopPage.objects.live().first()
    client.force_login(trainer)
    assert client.get(f"/lokakarya/{workshop.pk}/kelola/").status_code == 200
    assert set(CoursePage.objects.values_list("owner__email", flat=True)) == {"pelatih@sinergi.test"}
    # Another trainer, who wrote none of it, is refused the same roster.
    other = User.objects.create_user(email="pelatih2@sinergi.test", password="x-Sinergi-2025")
    other.groups.set(trainer.groups.all())
    client.force_login(other)
    assert client.get(f"/lokakarya/{workshop.pk}/kelola/").status_code == 403
