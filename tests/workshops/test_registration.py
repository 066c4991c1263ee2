"""Registration within capacity, the waiting list, cancelling and moving up."""

import threading

import pytest
from django.core import mail
from django.db import connection

from people.choices import Role
from tests.conftest import make_profile, make_user
from workshops import services
from workshops.choices import RegistrationStatus
from workshops.models import Registration

from .conftest import days_from_now, make_workshop


def people(count):
    users = []
    for n in range(count):
        user = make_user(role=Role.PARTICIPANT)
        make_profile(user, full_name=f"Peserta {n}")
        users.append(user)
    return users


@pytest.mark.django_db
def test_seats_then_waiting_list_in_order():
    workshop = make_workshop(capacity=2, sessions=[days_from_now(7)])
    a, b, c, d = people(4)
    statuses = [services.register(workshop=workshop, user=u).status for u in (a, b, c, d)]
    assert statuses == ["registered", "registered", "waitlisted", "waitlisted"]
    positions = dict(Registration.objects.filter(workshop=workshop).values_list("user_id", "position"))
    assert positions[c.pk] < positions[d.pk]
    assert positions[a.pk] is None


@pytest.mark.django_db
def test_registering_twice_is_refused_plainly(participant):
    workshop = make_workshop(sessions=[days_from_now(3)])
    services.register(workshop=workshop, user=participant)
    with pytest.raises(services.WorkshopError) as error:
        services.register(workshop=workshop, user=participant)
    assert error.value.code == "already_registered"
    assert Registration.objects.filter(workshop=workshop).count() == 1


@pytest.mark.django_db
def test_cancelling_moves_the_first_waiting_person_up_and_tells_them(django_capture_on_commit_callbacks):
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    a, b, c = people(3)
    for user in (a, b, c):
        services.register(workshop=workshop, user=user)
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.cancel(workshop=workshop, user=a)
    assert [r.user_id for r in promoted] == [b.pk]
    status = dict(Registration.objects.filter(workshop=workshop).values_list("user_id", "status"))
    assert status == {a.pk: "cancelled", b.pk: "registered", c.pk: "waitlisted"}
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [b.email]
    # Whoever cancelled can come back, at the end of the queue.
    assert services.register(workshop=workshop, user=a).status == "waitlisted"


@pytest.mark.django_db
def test_leaving_the_waiting_list_promotes_nobody():
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    a, b = people(2)
    services.register(workshop=workshop, user=a)
    services.register(workshop=workshop, user=b)
    assert services.cancel(workshop=workshop, user=b) == []
    assert Registration.objects.get(user=a).status == "registered"


@pytest.mark.django_db
def test_closed_or_past_workshops_refuse_self_registration_but_officers_can(participant, officer):
    closed = make_workshop(registration_open=False, sessions=[days_from_now(5)])
    past = make_workshop(sessions=[days_from_now(-5)])
    for workshop in (closed, past):
        with pytest.raises(services.WorkshopError) as error:
            services.register(workshop=workshop, user=participant)
        assert error.value.code == "closed"
    assert services.register(workshop=past, user=participant, by=officer).registered_by == officer


@pytest.mark.django_db
def test_cannot_cancel_what_was_never_booked(participant):
    workshop = make_workshop(sessions=[days_from_now(5)])
    with pytest.raises(services.WorkshopError) as error:
        services.cancel(workshop=workshop, user=participant)
    assert error.value.code == "not_registered"


@pytest.mark.django_db
def test_raising_the_capacity_fills_from_the_waiting_list():
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    a, b, c = people(3)
    for user in (a, b, c):
        services.register(workshop=workshop, user=user)
    workshop.capacity = 3
    workshop.save()
    assert len(services.fill_from_waiting_list(workshop=workshop)) == 2
    assert not Registration.objects.filter(workshop=workshop, status=RegistrationStatus.WAITLISTED).exists()


@pytest.mark.skipif(connection.vendor == "sqlite", reason="needs row locks: runs on PostgreSQL in CI")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_taking_the_last_seat_at_once_get_one_seat_and_one_waiting_place():
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    users = people(2)
    start, errors = threading.Barrier(2), []

    def request(user):
        try:
            start.wait()
            services.register(workshop=workshop, user=user)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    statuses = sorted(Registration.objects.filter(workshop=workshop).values_list("status", flat=True))
    assert statuses == ["registered", "waitlisted"]


@pytest.mark.django_db
def test_seats_are_counted_after_the_lock_so_a_seat_taken_meanwhile_is_seen(monkeypatch):
    """Deterministic stand-in for the race: another request takes the last seat while this one waits for
    the workshop's lock; when the lock is granted the count must include that seat."""
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    first, second = people(2)
    real_lock = services._lock

    def lock_after_the_other_request(target):
        locked = real_lock(target)
        if not Registration.objects.filter(workshop=workshop).exists():
            Registration.objects.create(workshop=workshop, user=first, status=RegistrationStatus.REGISTERED)
        return locked

    monkeypatch.setattr(services, "_lock", lock_after_the_other_request)
    assert services.register(workshop=workshop, user=second).status == "waitlisted"


@pytest.mark.django_db
def test_publishing_a_larger_capacity_moves_the_waiting_list_up(django_capture_on_commit_callbacks):
    workshop = make_workshop(capacity=1, sessions=[days_from_now(7)])
    a, b = people(2)
    services.register(workshop=workshop, user=a)
    services.register(workshop=workshop, user=b)
    workshop.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        workshop.save_revision().publish()
    assert Registration.objects.get(user=b).status == "registered"
    assert len(mail.outbox) == 1
