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
MODULE_PAGE_BUDGET = 12


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


def test_module_page_query_count_does_not_grow_with_modules(client, participant, catalogue):
    counts = []
    for count in (2, 12):
        course = make_course(catalogue, sequential=False)
        modules = [make_module(course) for _ in range(count)]
        services.enrol(user=participant, course=course)
        services.complete_module(user=participant, module=modules[0], confirm_read=True)
        client.force_login(participant)
        counts.append(queries_for(client, modules[1].url))
    assert counts[0] == counts[1] <= MODULE_PAGE_BUDGET


def test_course_page_query_count_does_not_grow_with_modules(client, participant, catalogue):
    small, large = make_course(catalogue), make_course(catalogue)
    for course, count in [(small, 2), (large, 12)]:
        for _ in range(count):
            make_module(course)
        services.enrol(user=participant, course=course)
        services.complete_module(user=participant, module=course.modules().first(), confirm_read=True)
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
