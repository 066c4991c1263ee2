"""Learning with the demo course: every lesson opens, every quiz can be passed, a certificate follows."""

import pytest
from django.utils.html import escape

from certificates.models import Certificate, CertificateTemplate
from courses.models import CourseCompletion, CoursePage, ModulePage
from courses.services import enrol
from curriculum import data
from curriculum.course import COURSE
from quizzes.models import Attempt

from .conftest import module_quiz, pass_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(demo_content):
    return CoursePage.objects.get(slug=COURSE.slug)


@pytest.fixture
def modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def pass_in_order(user, modules, capture, count=5):
    for page in modules[:count]:
        with capture(execute=True):
            attempt = pass_quiz(user, module_quiz(page))
        assert attempt.passed


@pytest.mark.parametrize("number", range(5))
def test_every_quiz_is_passed_by_its_correct_answers_and_failed_by_wrong_ones(participant, modules, number):
    quiz = module_quiz(modules[number])
    attempt = pass_quiz(participant, quiz)
    assert attempt.passed and attempt.score_percent == 100
    assert attempt.answers.count() == len(COURSE.modules[number].quiz.questions)

    from quizzes import services

    wrong = services.start_attempt(user=participant, quiz=quiz)
    for answer in wrong.answers.select_related("question"):
        choice = answer.question.choices.filter(is_correct=False).first()
        services.save_answer(attempt=wrong, question_id=answer.question_id, choice_ids=[choice.pk])
    wrong, _ = services.submit_attempt(attempt=wrong)
    assert not wrong.passed


def test_an_enrolled_participant_reads_every_module_in_order(
    client, participant, course, modules, django_capture_on_commit_callbacks
):
    enrol(user=participant, course=course)
    client.force_login(participant)
    assert client.get(modules[1].url).status_code == 302  # locked until module 1 is completed
    for number, (module, page) in enumerate(zip(COURSE.modules, modules, strict=True)):
        response = client.get(page.url)
        assert response.status_code == 200, module.slug
        html = response.content.decode()
        assert f"<h1>{escape(module.title)}</h1>" in html
        headings = [block.text for block in module.blocks if isinstance(block, data.Heading)]
        for text in headings:
            assert escape(text) in html
        assert escape(module.quiz.title) in html
        assert "SAPA 129" in html  # the help block, from the site's settings
        pass_in_order(participant, modules[number : number + 1], django_capture_on_commit_callbacks)


def test_passing_all_five_quizzes_completes_the_course_and_issues_a_certificate(
    participant, course, modules, django_capture_on_commit_callbacks
):
    enrol(user=participant, course=course)
    pass_in_order(participant, modules, django_capture_on_commit_callbacks, count=4)
    assert not CourseCompletion.objects.filter(user=participant).exists()
    assert not Certificate.objects.filter(user=participant).exists()

    pass_in_order(participant, modules[4:], django_capture_on_commit_callbacks)

    completion = CourseCompletion.objects.get(user=participant, course=course)
    assert completion.course_version == 1
    certificate = Certificate.objects.get(user=participant)
    assert certificate.subject == course and certificate.status == "valid"
    assert certificate.template == CertificateTemplate.objects.get(name="Sertifikat kelulusan kursus")
    # The course requires passing: the certificate says the participant completed it, not took part.
    body = certificate.template.body
    assert "telah menyelesaikan" in body and "partisipasi" not in body
    assert certificate.recipient_name == participant.profile.full_name
    assert certificate.subject_title == COURSE.title
    assert Attempt.objects.filter(user=participant, passed=True).count() == 5
