"""Attendance and post-test rules, the completion signal sent exactly once, and the certificate it brings."""

import threading

import pytest
from django.db import connection

from certificates import demo
from certificates.choices import SubjectKind
from certificates.models import Certificate
from tests.quizzes.conftest import make_question, make_quiz, take
from workshops import services
from workshops.choices import AttendanceRule
from workshops.models import Participation
from workshops.signals import participation_completed

from .conftest import days_from_now, make_workshop


@pytest.fixture
def announced():
    received = []

    def listener(**kwargs):
        received.append(kwargs)

    participation_completed.connect(listener, dispatch_uid="test_listener", weak=False)
    yield received
    participation_completed.disconnect(dispatch_uid="test_listener")


def three_day_workshop(**fields):
    return make_workshop(sessions=[days_from_now(-3), days_from_now(-2), days_from_now(-1)], **fields)


def attend(workshop, user, officer, count, capture):
    for session in list(workshop.sessions.order_by("date"))[:count]:
        with capture(execute=True):
            services.mark_present(session=session, user=user, by=officer)


def test_every_session_rule(participant, officer, announced, django_capture_on_commit_callbacks):
    workshop = three_day_workshop()
    services.register(workshop=workshop, user=participant, by=officer)
    attend(workshop, participant, officer, 2, django_capture_on_commit_callbacks)
    assert announced == []
    attend(workshop, participant, officer, 3, django_capture_on_commit_callbacks)
    assert len(announced) == 1
    sent = announced[0]
    assert sent["user"] == participant and sent["workshop"].pk == workshop.pk
    assert sent["date_start"] == days_from_now(-3)[0] and sent["date_end"] == days_from_now(-1)[0]
    assert sent["hours"] == workshop.hours_jp


def test_at_least_rule(participant, officer, announced, django_capture_on_commit_callbacks):
    workshop = three_day_workshop(attendance_rule=AttendanceRule.AT_LEAST, min_sessions=2)
    attend(workshop, participant, officer, 1, django_capture_on_commit_callbacks)
    assert announced == []
    attend(workshop, participant, officer, 2, django_capture_on_commit_callbacks)
    assert len(announced) == 1
    assert Participation.objects.get(user=participant).sessions_attended == 2


def test_the_post_test_rule_waits_for_a_pass(
    participant, officer, announced, django_capture_on_commit_callbacks
):
    question = make_question(tags=["TPPO"])
    quiz = make_quiz(questions=[question], pass_mark=70)
    workshop = make_workshop(sessions=[days_from_now(-1)], post_test=quiz, require_post_test_pass=True)
    attend(workshop, participant, officer, 1, django_capture_on_commit_callbacks)
    assert announced == []
    with django_capture_on_commit_callbacks(execute=True):
        take(participant, quiz, right=set(), context=services.test_context(workshop, "post"))
    assert announced == []
    # The same quiz passed outside the workshop does not count.
    with django_capture_on_commit_callbacks(execute=True):
        take(participant, quiz, context="")
    assert announced == []
    with django_capture_on_commit_callbacks(execute=True):
        take(participant, quiz, context=services.test_context(workshop, "post"))
    assert len(announced) == 1


def test_marking_again_or_checking_in_after_the_roster_sends_nothing_more(
    participant, officer, announced, django_capture_on_commit_callbacks
):
    workshop = make_workshop()
    session = workshop.sessions.get()
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            services.mark_present(session=session, user=participant, by=officer)
        with django_capture_on_commit_callbacks(execute=True):
            services.evaluate(workshop=workshop, user=participant)
    assert len(announced) == 1
    assert Participation.objects.filter(user=participant).count() == 1


def test_a_walk_in_is_registered_on_the_spot(participant, officer, django_capture_on_commit_callbacks):
    workshop = make_workshop(capacity=1)
    services.register(workshop=workshop, user=officer, by=officer)  # the only seat is taken
    attend(workshop, participant, officer, 1, django_capture_on_commit_callbacks)
    registration = workshop.registrations.get(user=participant)
    assert registration.status == "registered" and registration.registered_by == officer


def test_the_certificate_is_issued_with_the_workshop_dates_and_verifies(
    client, participant, other_participant, officer, django_capture_on_commit_callbacks
):
    demo.seed_certificate_template()
    workshop = three_day_workshop(hours_jp=16)
    services.register(workshop=workshop, user=other_participant, by=officer)
    attend(workshop, participant, officer, 3, django_capture_on_commit_callbacks)
    attend(workshop, other_participant, officer, 1, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(user=participant)
    assert not Certificate.objects.filter(user=other_participant).exists()
    assert certificate.subject_kind == SubjectKind.WORKSHOP
    assert certificate.subject_title == workshop.title
    assert (certificate.date_start, certificate.date_end) == (days_from_now(-3)[0], days_from_now(-1)[0])
    assert certificate.hours == 16
    response = client.get(certificate.verification_url.replace("http://testserver", ""))
    assert response.status_code == 200
    assert workshop.title in response.content.decode()
    client.force_login(participant)
    assert workshop.title in client.get("/sertifikat/").content.decode()


@pytest.mark.skipif(
    connection.vendor == "sqlite", reason="needs concurrent writers: runs on PostgreSQL in CI"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_check_ins_at_the_same_moment_complete_once(participant, officer):
    workshop = make_workshop(
        sessions=[days_from_now(0, "00:00", "23:59"), days_from_now(0, "00:00", "23:59")],
        attendance_rule=AttendanceRule.ALL_SESSIONS,
    )
    first, second = workshop.sessions.all()
    services.register(workshop=workshop, user=participant, by=officer)
    received, errors = [], []
    participation_completed.connect(lambda **kw: received.append(kw), dispatch_uid="race", weak=False)
    start = threading.Barrier(2)

    def request(session):
        try:
            start.wait()
            services.mark_present(session=session, user=participant, by=officer)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(s,)) for s in (first, second)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        participation_completed.disconnect(dispatch_uid="race")
    assert errors == []
    # The second request waits for the first one's evaluation, then sees both sessions: completed, once.
    assert Participation.objects.filter(user=participant).count() == 1
    assert len(received) == 1
