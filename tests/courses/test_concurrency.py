"""Two requests completing the last module at the same moment complete the course once."""

import threading

import pytest
from django.db import connection

from courses import services
from courses.models import CourseCompletion, Enrollment, ModuleProgress
from courses.signals import course_completed

from .conftest import make_course, make_module


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_requests_complete_the_course_once(participant, catalogue):
    course = make_course(catalogue, sequential=False)
    first, last = make_module(course), make_module(course)
    Enrollment.objects.create(user=participant, course=course)
    services.complete_module(user=participant, module=first, confirm_read=True)

    announced, errors = [], []
    course_completed.connect(
        lambda **kw: announced.append(kw["completion"].pk), dispatch_uid="race", weak=False
    )
    start = threading.Barrier(2)

    def request():
        try:
            start.wait()
            services.complete_module(user=participant, module=last, confirm_read=True)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        course_completed.disconnect(dispatch_uid="race")

    assert CourseCompletion.objects.filter(user=participant, course=course).count() == 1
    assert ModuleProgress.objects.get(module=last).completed_at is not None
    assert len(announced) == 1
    assert errors == [], "the second request waits for the first instead of failing"
