"""Query budgets: pages cost the same whatever the number of blocks, modules or courses.

(Speed itself is measured in bench/bench_courses.py, not here.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from courses.models import Enrollment

from .conftest import make_course, make_image, make_module, make_quiz, rich_lesson, take_quiz

pytestmark = pytest.mark.django_db
MODULE_PAGE_BUDGET = 8


def queries_for(client, url: str) -> int:
    client.get(url)  # warm what a running server keeps warm (content types, rendered lessons)
    # The connection stays open: inside the test's transaction closing it would break PostgreSQL, and the
    # bench (bench/bench_courses.py) measures requests on fresh connections.
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.mark.parametrize("blocks", [10, 40])
def test_module_page_stays_within_budget_whatever_its_blocks(
    client, participant, course, blocks, django_capture_on_commit_callbacks
):
    quiz = make_quiz()
    module = make_module(course, body=rich_lesson(blocks=blocks, quiz=quiz))
    services.enrol(user=participant, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        take_quiz(participant, quiz)  # the quiz card shows the participant's own result
    client.force_login(participant)
    html = client.get(module.url).content.decode()
    assert "lesson__block--quiz" in html
    assert queries_for(client, module.url) <= MODULE_PAGE_BUDGET


def test_module_page_query_count_does_not_grow_with_blocks(client, participant, course):
    small = make_module(course, body=rich_lesson(blocks=9))
    large = make_module(course, body=rich_lesson(blocks=45))
    course.sequential = False
    course.save()
    Enrollment.objects.create(user=participant, course=course)
    client.force_login(participant)
    assert queries_for(client, small.url) == queries_for(client, large.url)


def test_course_page_query_count_does_not_grow_with_modules(client, participant, catalogue):
    small, large = make_course(catalogue), make_course(catalogue)
    for course, count in [(small, 2), (large, 12)]:
        for _ in range(count):
            make_module(course)
        services.enrol(user=participant, course=course)
        services.complete_module(user=participant, module=course.modules.first(), confirm_read=True)
    client.force_login(participant)
    assert queries_for(client, small.url) == queries_for(client, large.url)


def test_catalogue_and_my_learning_do_not_grow_with_courses(client, participant, catalogue):
    def add_course():
        course = make_course(catalogue, cover_image=make_image())
        make_module(course)
        make_module(course)
        services.enrol(user=participant, course=course)

    add_course()
    client.force_login(participant)
    few = (queries_for(client, catalogue.url), queries_for(client, reverse("courses:my_learning")))
    for _ in range(4):
        add_course()
    many = (queries_for(client, catalogue.url), queries_for(client, reverse("courses:my_learning")))
    assert few == many


def test_compiled_lesson_query_matches_the_orm(participant, other_participant, enrollment, modules):
    """The lesson page runs SQL compiled once with placeholder ids; it must answer as the ORM would."""
    from django.contrib.auth.models import AnonymousUser

    from courses import lessons

    services.complete_module(user=participant, module=modules[0], confirm_read=True)
    for user in [participant, other_participant, AnonymousUser()]:
        for module in modules:
            user_id = user.pk if user.is_authenticated else None
            expected = list(lessons.lesson_queryset(module_id=module.pk, user_id=user_id))
            fetched = lessons._fetch(module_id=module.pk, user=user)
            assert [(r["id"], r["my_progress"], r["my_enrollment"]) for r in fetched] == [
                (r["id"], r["my_progress"], r["my_enrollment"]) for r in expected
            ]
            assert [r["lesson_body"] is not None for r in fetched] == [r["id"] == module.pk for r in fetched]
    lesson = lessons.load_lesson(module_id=modules[1].pk, user=participant)
    assert (lesson.enrolled, lesson.item.number, lesson.previous_item.is_completed) == (True, 2, True)
    assert lessons.load_lesson(module_id=modules[1].pk, user=other_participant).enrolled is False
