"""Self check-in codes: they rotate, die within a minute, work only for their session, window and people."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from workshops import checkin, services
from workshops.choices import CheckInMethod
from workshops.models import Attendance

from .conftest import days_from_now, make_workshop

PERIOD = 30


def at(moment: datetime.datetime) -> float:
    return moment.timestamp()


def test_a_code_changes_every_period_and_works_for_one_period_more():
    start = 1_700_000_000 - 1_700_000_000 % PERIOD  # the start of a window
    code = checkin.make_code(7, now=start)
    assert checkin.make_code(7, now=start + PERIOD - 1) == code
    assert checkin.make_code(7, now=start + PERIOD) != code
    assert checkin.check_code(code, session_id=7, now=start + 5).problem == ""
    assert checkin.check_code(code, session_id=7, now=start + 2 * PERIOD - 1).problem == ""
    # A screenshot shared a minute later is dead.
    assert checkin.check_code(code, session_id=7, now=start + 2 * PERIOD).problem == "stale"


def test_forged_codes_are_told_apart_from_another_sessions_code():
    now = 1_700_000_000
    other = checkin.make_code(8, now=now)
    assert checkin.check_code(other, session_id=7, sibling_ids=[7, 8], now=now).problem == "other_session"
    assert checkin.check_code(other, session_id=7, sibling_ids=[7], now=now).problem == "forged"
    window = checkin.current_window(now)
    for bad in (
        "",
        "abc",
        f"{window}.",
        f"{window}.0000",
        "12.deadbeef",
        f"{window + 5}.{other.split('.')[1]}",
    ):
        assert checkin.check_code(bad, session_id=7, sibling_ids=[7, 8], now=now).problem == "forged", bad


@override_settings(SECRET_KEY="another-deployment")
def test_codes_depend_on_the_secret_key():
    now = 1_700_000_000
    with override_settings(SECRET_KEY="first-deployment"):
        code = checkin.make_code(7, now=now)
    assert checkin.check_code(code, session_id=7, now=now).problem == "forged"


@pytest.fixture
def registered(participant, session):
    services.register(workshop=session.page, user=participant)
    return participant


def test_a_registered_participant_checks_in_once(registered, session):
    now = timezone.now()
    code = checkin.make_code(session.pk, now=at(now))
    attendance, created = services.self_check_in(session=session, user=registered, code=code, now=now)
    assert created and attendance.method == CheckInMethod.SELF
    again, created = services.self_check_in(session=session, user=registered, code=code, now=now)
    assert not created and again.pk == attendance.pk
    assert Attendance.objects.filter(session=session, user=registered).count() == 1


@pytest.mark.parametrize(
    ("shift", "problem"),
    [(-2 * PERIOD, "stale"), (-10 * 60, "stale"), (+3 * PERIOD, "forged")],
)
def test_old_and_future_codes_are_refused(registered, session, shift, problem):
    now = timezone.now()
    code = checkin.make_code(session.pk, now=at(now) + shift)
    with pytest.raises(services.WorkshopError) as error:
        services.self_check_in(session=session, user=registered, code=code, now=now)
    assert error.value.code == problem
    assert "kode" in str(error.value).lower() or "code" in str(error.value).lower()
    assert not Attendance.objects.exists()


def test_a_code_from_the_other_session_of_the_workshop_is_refused(participant):
    workshop = make_workshop(sessions=[days_from_now(0, "00:00", "23:59"), days_from_now(1)])
    today, tomorrow = workshop.sessions.order_by("date")
    services.register(workshop=workshop, user=participant)
    now = timezone.now()
    code = checkin.make_code(tomorrow.pk, now=at(now))
    with pytest.raises(services.WorkshopError) as error:
        services.self_check_in(session=today, user=participant, code=code, now=now)
    assert error.value.code == "other_session"


@override_settings(WORKSHOPS_CHECKIN_GRACE_MINUTES=15)
def test_check_in_is_open_only_around_the_session(participant):
    workshop = make_workshop(sessions=[days_from_now(1, "09:00", "12:00")])
    session = workshop.sessions.get()
    services.register(workshop=workshop, user=participant)

    def try_at(moment):
        return services.self_check_in(
            session=session, user=participant, code=checkin.make_code(session.pk, now=at(moment)), now=moment
        )

    for moment, code in (
        (session.starts_at - datetime.timedelta(minutes=16), "too_early"),
        (session.ends_at + datetime.timedelta(minutes=16), "too_late"),
    ):
        with pytest.raises(services.WorkshopError) as error:
            try_at(moment)
        assert error.value.code == code
    assert try_at(session.starts_at - datetime.timedelta(minutes=14))[1] is True


def test_only_registered_people_check_in(participant, other_participant, session):
    session.page.capacity = 1
    session.page.save()
    services.register(workshop=session.page, user=other_participant)
    now = timezone.now()
    code = checkin.make_code(session.pk, now=at(now))
    with pytest.raises(services.WorkshopError) as error:
        services.self_check_in(session=session, user=participant, code=code, now=now)
    assert error.value.code == "not_registered"
    services.register(workshop=session.page, user=participant)  # full: waiting list
    with pytest.raises(services.WorkshopError) as error:
        services.self_check_in(session=session, user=participant, code=code, now=now)
    assert error.value.code == "waitlisted"
