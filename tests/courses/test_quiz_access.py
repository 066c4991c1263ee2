"""A quiz used in a course is taken by that course's participants: enrolled, with the module open to them and
past the page's privacy. Staff check it without enrolling; a quiz no course or workshop uses is staff-only."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses import services
from people.choices import Role
from quizzes import services as quiz_services
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt

from .conftest import lesson_body, make_course, make_module, make_quiz, quiz_block

pytestmark = pytest.mark.django_db

NOT_ENROLLED = "Daftar kursus ini dulu untuk membuka modulnya."


@pytest.fixture
def quiz(db):
    return make_quiz(title="Kuis Modul 1")


@pytest.fixture
def course_with_quiz(catalogue, quiz):
    course = make_course(catalogue, title="Mencegah TPPO")
    module = make_module(course, body=[*lesson_body(), quiz_block(quiz)])
    return course, module


def _intro(quiz):
    return reverse("quizzes:intro", args=[quiz.pk])


def _start(quiz):
    return reverse("quizzes:start", args=[quiz.pk])


def _first_question(attempt):
    answer = attempt.answers.select_related("question").get(position=1)
    right = list(answer.question.choices.filter(is_correct=True).values_list("pk", flat=True))
    return answer.question_id, right


class TestEnrolment:
    def test_a_participant_who_is_not_enrolled_is_sent_to_the_course(
        self, client, participant, quiz, course_with_quiz
    ):
        course, _module = course_with_quiz
        client.force_login(participant)
        response = client.get(_intro(quiz))
        assert response.status_code == 302 and response.url == course.url
        assert NOT_ENROLLED in client.get(response.url).content.decode()
        response = client.post(_start(quiz))
        assert response.status_code == 302 and response.url == course.url
        assert not Attempt.objects.exists()

    def test_an_enrolled_participant_takes_the_quiz(self, client, participant, quiz, course_with_quiz):
        course, module = course_with_quiz
        services.enrol(user=participant, course=course)
        client.force_login(participant)
        assert client.get(_intro(quiz)).status_code == 200
        response = client.post(_start(quiz), {"next": module.url})
        attempt = Attempt.objects.get(user=participant)
        assert response.url == reverse("quizzes:question", args=[attempt.pk, 1])
        question_id, right = _first_question(attempt)
        saved = client.post(
            reverse("quizzes:save", args=[attempt.pk]), {"question": question_id, "choice": right}
        )
        assert saved.json()["saved"] is True
        finished = client.post(reverse("quizzes:finish", args=[attempt.pk]))
        assert finished.url == reverse("quizzes:result", args=[attempt.pk])
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.SUBMITTED and attempt.passed

    def test_autosave_and_submit_are_refused_without_enrolment(
        self, client, participant, quiz, course_with_quiz
    ):
        """An attempt opened elsewhere (before this rule, or by someone whose enrolment was removed) cannot be
        answered or submitted here."""
        course, _module = course_with_quiz
        attempt = quiz_services.start_attempt(user=participant, quiz=quiz)
        question_id, right = _first_question(attempt)
        client.force_login(participant)

        response = client.post(
            reverse("quizzes:save", args=[attempt.pk]), {"question": question_id, "choice": right}
        )
        assert response.status_code == 403
        body = json.loads(response.content)
        assert body == {"saved": False, "code": "not_allowed", "error": NOT_ENROLLED, "redirect": course.url}

        page = client.get(reverse("quizzes:question", args=[attempt.pk, 1]))
        assert page.status_code == 302 and page.url == course.url
        response = client.post(reverse("quizzes:finish", args=[attempt.pk]))
        assert response.status_code == 302 and response.url == course.url
        attempt.refresh_from_db()
        assert attempt.is_open
        assert attempt.answers.get(question_id=question_id).selected == []

    def test_a_locked_module_keeps_its_quiz_locked(self, client, participant, quiz, catalogue):
        course = make_course(catalogue, sequential=True)
        make_module(course)
        make_module(course, body=[*lesson_body(), quiz_block(quiz)])
        services.enrol(user=participant, course=course)
        client.force_login(participant)
        response = client.post(_start(quiz))
        assert response.status_code == 302 and response.url == course.url
        assert "Modul ini terbuka setelah Anda menyelesaikan modul sebelumnya." in (
            client.get(response.url).content.decode()
        )
        assert not Attempt.objects.exists()

    def test_one_course_that_is_open_is_enough(self, client, participant, quiz, course_with_quiz, catalogue):
        other = make_course(catalogue, title="Kursus lain")
        make_module(other, body=[quiz_block(quiz)])
        services.enrol(user=participant, course=other)
        client.force_login(participant)
        assert client.get(_intro(quiz)).status_code == 200

    def test_a_module_of_an_unpublished_course_opens_nothing(self, client, participant, quiz, catalogue):
        course = make_course(catalogue, live=False)
        make_module(course, body=[quiz_block(quiz)])
        client.force_login(participant)
        assert client.get(_intro(quiz)).status_code == 403


class TestStaffAndStrayQuizzes:
    @pytest.mark.parametrize("role_fixture", ["trainer", "officer"])
    def test_staff_check_a_course_quiz_without_enrolling(
        self, client, request, role_fixture, quiz, course_with_quiz
    ):
        user = request.getfixturevalue(role_fixture)
        client.force_login(user)
        assert client.get(_intro(quiz)).status_code == 200
        client.post(_start(quiz))
        assert Attempt.objects.filter(user=user).exists()

    def test_a_quiz_in_no_course_is_for_staff_only(self, client, participant, trainer, quiz):
        client.force_login(participant)
        response = client.get(_intro(quiz))
        assert response.status_code == 403
        assert "Kuis ini dikerjakan dari kursus atau lokakaryanya." in response.content.decode()
        assert client.post(_start(quiz)).status_code == 403
        assert not Attempt.objects.exists()
        client.force_login(trainer)
        assert client.get(_intro(quiz)).status_code == 200


class TestPagePrivacy:
    def test_a_group_restricted_course_keeps_its_quiz_from_others(
        self, client, participant, trainer, quiz, course_with_quiz
    ):
        course, _module = course_with_quiz
        services.enrol(user=participant, course=course)
        restriction = PageViewRestriction.objects.create(
            page=course, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name=Role.OFFICER.value)])
        for user in (participant, trainer):
            client.force_login(user)
            response = client.get(_intro(quiz))
            assert response.status_code == 403
            assert "Kuis ini ada di halaman yang aksesnya dibatasi." in response.content.decode()
            assert client.post(_start(quiz)).status_code == 403
        assert not Attempt.objects.exists()

    def test_a_password_page_sends_the_participant_to_its_password_form(
        self, client, participant, quiz, course_with_quiz
    ):
        course, module = course_with_quiz
        services.enrol(user=participant, course=course)
        PageViewRestriction.objects.create(
            page=course, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
        )
        client.force_login(participant)
        response = client.post(_start(quiz))
        assert response.status_code == 302 and response.url == module.url
        assert not Attempt.objects.exists()
        form = client.get(module.url).content.decode()
        action = form.split('action="', 1)[1].split('"', 1)[0]
        client.post(action, {"password": "rahasia", "return_url": module.url})
        assert client.get(_intro(quiz)).status_code == 200


def test_the_check_costs_the_same_whatever_the_course_size(client, participant, catalogue):
    """Autosave runs at every tap: checking the course must not grow with its modules."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for size in (1, 8):
        quiz = make_quiz(title=f"Kuis {size}")
        course = make_course(catalogue, sequential=False)
        for _ in range(size - 1):
            make_module(course)
        make_module(course, body=[*lesson_body(), quiz_block(quiz)])
        services.enrol(user=participant, course=course)
        attempt = quiz_services.start_attempt(user=participant, quiz=quiz)
        question_id, right = _first_question(attempt)
        client.force_login(participant)
        url = reverse("quizzes:save", args=[attempt.pk])
        client.post(url, {"question": question_id, "choice": right})
        with CaptureQueriesContext(connection) as queries:
            assert client.post(url, {"question": question_id, "choice": right}).json()["saved"]
        counts.append(len(queries))
    assert counts[0] == counts[1]
