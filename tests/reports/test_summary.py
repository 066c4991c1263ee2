"""The reports' summary rows stay right through the apps' ordinary writes, without a rebuild: the figures
after each change are the hand-counted ones, and equal to what a full rebuild gives."""

import pytest
from django.contrib.auth.models import Group

from certificates.choices import CertificateStatus
from courses import services as courses
from courses.models import CourseCompletion, Enrollment
from people.choices import Occupation, Role
from people.models import Profile
from people.services import add_to_role, merge_institution
from reports import queries, summary
from reports.models import EnrollmentSummary
from reports.queries import Scope
from tests.conftest import make_institution, make_profile, make_user

from .conftest import certificate


def snapshot():
    return sorted(
        EnrollmentSummary.objects.values_list(
            "enrollment_id", "user_id", "course_id", "kecamatan_id", "institution_id", "occupation",
            "enrolled_at", "completed_at", "participant",
        )
    )  # fmt: skip


def assert_same_as_rebuild():
    kept = snapshot()
    summary.rebuild()
    assert snapshot() == kept


def test_rebuild_is_idempotent(city):
    first = snapshot()
    assert len(first) == Enrollment.objects.count() == 4
    assert summary.rebuild() == 4
    assert snapshot() == first


def test_an_enrolment_and_its_completion_count_at_once_and_go_when_removed(city):
    dewi = make_user(role=Role.PARTICIPANT)
    make_profile(dewi, full_name="Dewi", institution=city.school_b, occupation=Occupation.TEACHER)
    enrollment, _created = courses.enrol(user=dewi, course=city.y)
    totals = queries.totals(Scope())
    assert (totals.enrollments, totals.completions) == (5, 2)
    assert_same_as_rebuild()

    for module in city.y_modules:
        courses.complete_module(user=dewi, module=module, confirm_read=True)
    assert CourseCompletion.objects.filter(enrollment=enrollment).exists()
    totals = queries.totals(Scope())
    assert (totals.enrollments, totals.completions) == (5, 3)
    school_b = next(c for c in queries.coverage(Scope()) if c.name == city.school_b.name)
    assert (school_b.members, school_b.trained) == (2, 2)
    assert {g.label: (g.enrolled, g.completed) for g in queries.by_course(Scope())}["Kursus Y"] == (3, 2)
    assert_same_as_rebuild()

    CourseCompletion.objects.filter(enrollment=enrollment).delete()
    assert queries.totals(Scope()).completions == 2
    assert_same_as_rebuild()

    enrollment.delete()
    totals = queries.totals(Scope())
    assert (totals.enrollments, totals.completions) == (4, 2)
    assert not EnrollmentSummary.objects.filter(enrollment_id=enrollment.pk).exists()
    assert_same_as_rebuild()


def test_certificates_added_and_revoked_show_at_once(city):
    assert queries.totals(Scope()).certificates == 2
    issued = certificate(city.budi, city.y, "2026-02-21")
    assert queries.totals(Scope()).certificates == 3
    issued.status = CertificateStatus.REVOKED
    issued.save()
    assert queries.totals(Scope()).certificates == 2
    city.ani_certificate.delete()
    assert queries.totals(Scope()).certificates == 1


def test_a_profile_moving_kecamatan_moves_their_enrolments(city):
    profile = Profile.objects.get(user=city.budi)
    profile.kecamatan = city.k2
    profile.institution = city.school_b
    profile.occupation = Occupation.TEACHER
    profile.save()
    by_kecamatan = {g.label: (g.enrolled, g.completed) for g in queries.by_kecamatan(Scope())}
    assert by_kecamatan[city.k1.name] == (2, 1) and by_kecamatan[city.k2.name] == (2, 1)
    assert queries.totals(Scope(kecamatan_id=city.k2.pk, occupation=Occupation.TEACHER)).enrollments == 2
    assert_same_as_rebuild()


def test_an_institution_merge_carries_the_members_rows(city, officer):
    target = make_institution(name="SD Negeri 1 Uji Gabungan", kecamatan=city.k1, target_headcount=8)
    merge_institution(source=city.school_a, target=target, by=officer)
    rates = {g.label: (g.enrolled, g.completed) for g in queries.by_institution(Scope())}
    assert rates[target.name] == (3, 1)
    assert city.school_a.name not in rates
    assert queries.totals(Scope(institution_id=target.pk)).enrollments == 3
    assert_same_as_rebuild()


def test_leaving_and_joining_the_participant_group_from_either_side(city):
    city.citra.groups.clear()
    totals = queries.totals(Scope())
    assert (totals.participants, totals.enrollments, totals.completions) == (2, 3, 1)
    assert_same_as_rebuild()
    peserta = Group.objects.get(name=Role.PARTICIPANT)
    peserta.user_set.add(city.citra)
    assert queries.totals(Scope()).enrollments == 4
    assert_same_as_rebuild()
    peserta.user_set.remove(city.ani)
    totals = queries.totals(Scope())
    assert (totals.participants, totals.enrollments, totals.completions) == (2, 2, 1)
    assert_same_as_rebuild()
    add_to_role(city.ani, Role.PARTICIPANT)
    assert queries.totals(Scope()).enrollments == 4
    peserta.user_set.clear()
    assert queries.totals(Scope()).enrollments == 0
    assert_same_as_rebuild()


@pytest.mark.django_db
def test_the_rebuild_command_and_task(city):
    from django.core.management import call_command

    from reports.tasks import rebuild_report_summary

    EnrollmentSummary.objects.all().delete()
    assert queries.totals(Scope()).enrollments == 0
    call_command("rebuild_report_summary", verbosity=0)
    assert queries.totals(Scope()).enrollments == 4
    EnrollmentSummary.objects.all().delete()
    rebuild_report_summary.enqueue()  # the immediate backend in tests; a db_worker in production
    assert queries.totals(Scope()).enrollments == 4
