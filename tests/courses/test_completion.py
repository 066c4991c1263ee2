"""Completing modules by the course's rule, in order, and completing the course exactly once."""

import pytest

from courses import services
from courses.models import CourseCompletion, Enrollment, ModulePage, ModuleProgress
from courses.signals import course_completed, module_completed

from .conftest import lesson_body, make_course, make_module, make_quiz, quiz_block, take_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def received():
    """Signals heard by a would-be certificates app, in order."""
    heard = []

    def on_module(sender, user, module, course, **kwargs):
        heard.append(("module", user.pk, module.pk, course.pk))

    def on_course(sender, user, course, completion, **kwargs):
        heard.append(("course", user.pk, course.pk, completion.pk, completion.course_version))

    module_completed.connect(on_module, dispatch_uid="test_module")
    course_completed.connect(on_course, dispatch_uid="test_course")
    yield heard
    module_completed.disconnect(dispatch_uid="test_module")
    course_completed.disconnect(dispatch_uid="test_course")


def progress_of(user, module):
    return ModuleProgress.objects.filter(enrollment__user=user, module=module).first()


class TestReadRule:
    def test_confirming_reading_completes_the_module(
        self, participant, enrollment, modules, received, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            record = services.complete_module(user=participant, module=modules[0], confirm_read=True)
        assert record.read_at is not None
        assert record.completed_at is not None
        assert received == [("module", participant.pk, modules[0].pk, enrollment.course_id)]

    def test_without_confirmation_nothing_is_completed(self, participant, enrollment, modules):
        record = services.complete_module(user=participant, module=modules[0])
        assert record.read_at is None and record.completed_at is None

    def test_completing_again_changes_nothing(
        self, participant, enrollment, modules, received, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            first = services.complete_module(user=participant, module=modules[0], confirm_read=True)
            again = services.complete_module(user=participant, module=modules[0], confirm_read=True)
        assert again.completed_at == first.completed_at
        assert len(received) == 1


class TestQuizRule:
    @pytest.fixture
    def quiz(self, db):
        return make_quiz()

    @pytest.fixture
    def quiz_course(self, catalogue, quiz):
        course = make_course(catalogue, require_read=False, require_quiz=True)
        with_quiz = make_module(course, body=[*lesson_body(2), quiz_block(quiz)])
        without_quiz = make_module(course)
        return course, with_quiz, without_quiz

    def test_passing_the_quiz_completes_the_module(
        self, participant, quiz, quiz_course, django_capture_on_commit_callbacks
    ):
        course, with_quiz, _ = quiz_course
        services.enrol(user=participant, course=course)
        record = services.complete_module(user=participant, module=with_quiz, confirm_read=True)
        assert record.completed_at is None, "reading is not enough when the course asks for the quiz"
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz, correct=True)
        record = progress_of(participant, with_quiz)
        assert record.quiz_passed_at is not None and record.completed_at is not None

    def test_failing_the_quiz_does_not(
        self, participant, quiz, quiz_course, django_capture_on_commit_callbacks
    ):
        course, with_quiz, _ = quiz_course
        services.enrol(user=participant, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz, correct=False)
        assert progress_of(participant, with_quiz) is None
        record = services.complete_module(user=participant, module=with_quiz)
        assert record.completed_at is None

    def test_module_without_quiz_is_completed_by_reading(
        self, participant, quiz, quiz_course, django_capture_on_commit_callbacks
    ):
        course, with_quiz, without_quiz = quiz_course
        services.enrol(user=participant, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz)
        record = services.complete_module(user=participant, module=without_quiz, confirm_read=True)
        assert record.completed_at is not None

    def test_quiz_passed_before_enrolling_counts(
        self, participant, quiz, quiz_course, django_capture_on_commit_callbacks
    ):
        course, with_quiz, _ = quiz_course
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz)
        services.enrol(user=participant, course=course)
        assert progress_of(participant, with_quiz).quiz_passed_at is not None
        record = services.complete_module(user=participant, module=with_quiz)
        assert record.completed_at is not None

    def test_read_and_quiz_both_needed(
        self, participant, quiz, catalogue, django_capture_on_commit_callbacks
    ):
        course = make_course(catalogue, require_read=True, require_quiz=True)
        module = make_module(course, body=[*lesson_body(2), quiz_block(quiz)])
        services.enrol(user=participant, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz)
        assert progress_of(participant, module).completed_at is None, "the quiz alone is not enough"
        record = services.complete_module(user=participant, module=module, confirm_read=True)
        assert record.completed_at is not None

    def test_quiz_pass_in_a_course_the_participant_is_not_in_is_ignored(
        self, participant, quiz, quiz_course, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            take_quiz(participant, quiz)
        assert not ModuleProgress.objects.exists()


class TestOrder:
    def test_next_module_is_locked_until_the_previous_is_complete(self, participant, enrollment, modules):
        with pytest.raises(services.CoursesError) as error:
            services.complete_module(user=participant, module=modules[1], confirm_read=True)
        assert error.value.code == "module_locked"
        assert not ModuleProgress.objects.filter(module=modules[1]).exists()
        services.complete_module(user=participant, module=modules[0], confirm_read=True)
        record = services.complete_module(user=participant, module=modules[1], confirm_read=True)
        assert record.completed_at is not None

    def test_free_order_course_takes_any_module(self, participant, catalogue):
        course = make_course(catalogue, sequential=False)
        first, last = make_module(course), make_module(course)
        services.enrol(user=participant, course=course)
        assert services.complete_module(user=participant, module=last, confirm_read=True).completed_at
        assert services.complete_module(user=participant, module=first, confirm_read=True).completed_at

    def test_draft_module_does_not_block_or_count(self, participant, catalogue):
        course = make_course(catalogue)
        first = make_module(course)
        make_module(course, live=False)
        last = make_module(course)
        services.enrol(user=participant, course=course)
        services.complete_module(user=participant, module=first, confirm_read=True)
        services.complete_module(user=participant, module=last, confirm_read=True)
        assert CourseCompletion.objects.filter(user=participant, course=course).exists()


class TestCourseCompletion:
    def test_last_module_completes_the_course_once(
        self, participant, enrollment, modules, course, received, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            for module in modules:
                services.complete_module(user=participant, module=module, confirm_read=True)
            services.complete_module(user=participant, module=modules[-1], confirm_read=True)
        completion = CourseCompletion.objects.get(user=participant, course=course)
        assert completion.completed_at is not None
        assert completion.course_version == course.version == 1
        course_signals = [r for r in received if r[0] == "course"]
        assert course_signals == [("course", participant.pk, course.pk, completion.pk, 1)]
        # The course signal follows the last module's signal.
        assert received[-1][0] == "course" and received[-2] == (
            "module",
            participant.pk,
            modules[-1].pk,
            course.pk,
        )

    def test_completion_records_the_version_it_was_earned_on(self, participant, enrollment, modules, course):
        course.version = 3
        course.save()
        for module in modules:
            services.complete_module(user=participant, module=module, confirm_read=True)
        assert CourseCompletion.objects.get(user=participant).course_version == 3

    def test_signal_waits_for_the_commit(
        self, participant, enrollment, modules, received, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            for module in modules:
                services.complete_module(user=participant, module=module, confirm_read=True)
        assert received == [], "nothing is announced before the transaction commits"
        for callback in callbacks:
            callback()
        assert [r[0] for r in received] == ["module", "module", "module", "course"]

    def test_not_enrolled_cannot_complete(self, other_participant, modules):
        with pytest.raises(services.CoursesError) as error:
            services.complete_module(user=other_participant, module=modules[0], confirm_read=True)
        assert error.value.code == "not_enrolled"

    def test_unpublished_course_cannot_be_worked_on(self, participant, enrollment, modules, course):
        course.unpublish()
        with pytest.raises(services.CoursesError) as error:
            services.complete_module(user=participant, module=modules[0], confirm_read=True)
        assert error.value.code == "module_unavailable"


def test_progress_of_one_participant_is_not_anothers(participant, other_participant, enrollment, modules):
    Enrollment.objects.create(user=other_participant, course=enrollment.course)
    services.complete_module(user=participant, module=modules[0], confirm_read=True)
    assert progress_of(other_participant, modules[0]) is None


class TestCourseSettings:
    def test_version_cannot_go_below_the_published_one(self, course):
        from django.core.exceptions import ValidationError

        course.version = 2
        course.save()
        course.version = 1
        with pytest.raises(ValidationError) as error:
            course.full_clean()
        assert "version" in error.value.message_dict
        course.version = 3
        course.full_clean()

    def test_a_course_needs_a_way_to_complete_modules(self, course):
        from django.core.exceptions import ValidationError

        course.require_read = course.require_quiz = False
        with pytest.raises(ValidationError) as error:
            course.full_clean()
        assert "require_read" in error.value.message_dict


class TestPageTree:
    def test_moved_module_belongs_to_its_new_course(self, catalogue, course, modules):
        other = make_course(catalogue)
        modules[2].move(other, pos="last-child")
        moved = ModulePage.objects.get(pk=modules[2].pk)
        assert moved.course.pk == other.pk
        assert moved.url.startswith(other.url)
        assert list(other.modules().values_list("pk", flat=True)) == [moved.pk]

    def test_copied_course_has_its_own_modules(self, catalogue, course, modules):
        copy = course.copy(recursive=True, update_attrs={"slug": "salinan", "title": "Salinan"})
        copied = ModulePage.objects.filter(path__startswith=copy.path, depth=copy.depth + 1)
        assert copied.count() == 3
        assert {module.course.pk for module in copied} == {copy.pk}
