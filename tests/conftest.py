"""Fixtures shared by every app's tests: people in each role, chained as the apps are."""

import itertools

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.cache import cache

from people.choices import InstitutionKind, Occupation, Role
from people.models import ConsentRecord, Institution, Kecamatan, Profile, User
from people.services import add_to_role

PASSWORD = "rahasia-yang-kuat-123"
_counter = itertools.count(1)


def make_user(
    *, email: str | None = None, role: Role | None = Role.PARTICIPANT, verified: bool = True, **extra
):
    email = email or f"user{next(_counter)}@contoh.id"
    user = User.objects.create_user(email=email, password=PASSWORD, **extra)
    if role:
        add_to_role(user, role)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def make_institution(**kwargs) -> Institution:
    kwargs.setdefault("name", f"Sekolah Uji {next(_counter)}")
    kwargs.setdefault("kind", InstitutionKind.SCHOOL)
    kwargs.setdefault("kecamatan", Kecamatan.objects.first())
    kwargs.setdefault("target_headcount", 20)
    return Institution.objects.create(**kwargs)


def make_profile(user, **kwargs) -> Profile:
    institution = kwargs.pop("institution", None) or make_institution()
    kwargs.setdefault("full_name", "Siti Aminah, S.Pd.")
    kwargs.setdefault("occupation", Occupation.TEACHER)
    kwargs.setdefault("kecamatan", institution.kecamatan)
    profile = Profile.objects.create(user=user, institution=institution, **kwargs)
    ConsentRecord.objects.get_or_create(user=user, policy_version=settings.PRIVACY_POLICY_VERSION)
    return profile


@pytest.fixture(scope="session", autouse=True)
def _serialized_contents_survive(django_db_setup, django_db_blocker):
    """Serialized rollback restores the migrated data from `_test_serialized_contents`, which Django keeps on
    the connection object that created the test database. Some tests (browser journeys, threads) end up with
    a new connection object for the same alias, which lacks it, and then nothing is restored after a flush.
    Keeping it on the connection class makes every connection to the test database able to restore it."""
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents:
            type(connections[alias])._test_serialized_contents = contents


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached settings live in the cache: every test starts with an empty one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def participant(db):
    """A Peserta with a verified e-mail and a complete profile."""
    user = make_user(role=Role.PARTICIPANT)
    make_profile(user)
    return user


@pytest.fixture
def other_participant(db):
    user = make_user(role=Role.PARTICIPANT)
    make_profile(user, full_name="Budi Santoso")
    return user


@pytest.fixture
def trainer(db):
    user = make_user(role=Role.TRAINER)
    make_profile(user, full_name="Dedi Kurniawan, S.Pd.")
    return user


@pytest.fixture
def officer(db):
    user = make_user(role=Role.OFFICER)
    make_profile(user, full_name="Rina Marlina", occupation=Occupation.AGENCY_STAFF)
    return user


@pytest.fixture
def superuser(db):
    return make_user(role=None, is_staff=True, is_superuser=True)


def pytest_collection_modifyitems(items):
    """Transactional tests flush the database afterwards; serialized rollback restores what the data
    migrations made (roles, kecamatan, the home page and course catalogue) for the tests that follow."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(pytest.mark.django_db(**marker.kwargs, serialized_rollback=True), append=False)
