"""The dashboard's figures against the small city counted by hand in conftest.py."""

import datetime

import pytest

from reports import queries
from reports.queries import Scope


def rows(groups):
    return {g.label: (g.enrolled, g.completed, g.rate) for g in groups}


def test_totals_without_filters(city):
    totals = queries.totals(Scope())
    assert (totals.participants, totals.enrollments, totals.completions) == (3, 4, 2)
    assert totals.certificates == 2  # budi's revoked certificate does not count
    assert totals.workshops == 1
    assert totals.completion_rate == 50.0


def test_completion_by_kecamatan_ranks_all_eight(city):
    result = queries.by_kecamatan(Scope())
    assert len(result) == 8
    assert result[0].label == city.k2.name and (result[0].enrolled, result[0].completed) == (1, 1)
    assert rows(result)[city.k1.name] == (3, 1, 33.3)
    assert sum(g.enrolled for g in result[2:]) == 0


def test_completion_by_occupation_institution_course_and_module(city):
    assert rows(queries.by_occupation(Scope())) == {"Guru": (3, 2, 66.7), "Kepala sekolah": (1, 0, 0.0)}
    assert rows(queries.by_institution(Scope())) == {
        "SMP Negeri 2 Uji": (1, 1, 100.0),
        "SD Negeri 1 Uji": (3, 1, 33.3),
    }
    assert rows(queries.by_course(Scope())) == {"Kursus X": (2, 1, 50.0), "Kursus Y": (2, 1, 50.0)}
    modules = {(m.course, m.module): (m.started, m.completed) for m in queries.by_module(Scope())}
    assert modules == {("Kursus X", "X1"): (2, 2), ("Kursus X", "X2"): (1, 1), ("Kursus Y", "Y1"): (2, 1)}


def test_coverage_against_target_headcount(city):
    coverage = [c for c in queries.coverage(Scope()) if c.name.endswith("Uji")]
    assert [(c.name, c.target, c.members, c.trained, c.coverage) for c in coverage] == [
        ("SMP Negeri 2 Uji", 10, 1, 1, 10.0),
        ("SD Negeri 1 Uji", 4, 2, 1, 25.0),
    ]


def test_topic_results_and_workshop_gain(city):
    [tppo] = queries.topics(Scope())
    assert tppo.tag == "tppo"
    assert (tppo.attempts, tppo.mean_score, tppo.pass_rate) == (1, 90.0, 100.0)
    assert (tppo.pre, tppo.post, tppo.gain) == (40.0, 80.0, 40.0)


def test_activity_per_month(city):
    scope = Scope(date_from=datetime.date(2025, 12, 5), date_to=datetime.date(2026, 3, 3))
    months = [(m.month, m.enrollments, m.completions, m.certificates) for m in queries.activity(scope)]
    assert months == [
        (datetime.date(2025, 12, 1), 0, 0, 0),
        (datetime.date(2026, 1, 1), 2, 1, 1),
        (datetime.date(2026, 2, 1), 2, 1, 1),
        (datetime.date(2026, 3, 1), 0, 0, 0),
    ]
    # Without a period: the twelve months up to this one.
    assert len(queries.activity(Scope())) == 12


FEBRUARY = {"date_from": datetime.date(2026, 2, 1), "date_to": datetime.date(2026, 2, 28)}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # (participants, enrolments, completions, certificates, workshops)
        ({"kecamatan": "k1"}, (2, 3, 1, 1, 0)),
        (FEBRUARY, (3, 2, 1, 1, 1)),
        ({**FEBRUARY, "kecamatan": "k1"}, (2, 2, 0, 0, 0)),
        ({**FEBRUARY, "kecamatan": "k1", "course": "y"}, (1, 1, 0, 0, 0)),
        ({"occupation": "kepala_sekolah"}, (1, 1, 0, 0, 0)),
        ({"institution": "school_b", "course": "x"}, (0, 0, 0, 0, 0)),
        ({"institution": "school_b", "course": "y"}, (1, 1, 1, 1, 1)),
        ({"date_from": datetime.date(2026, 1, 1), "date_to": datetime.date(2026, 1, 31)}, (3, 2, 1, 1, 0)),
    ],
)
def test_filters_combine(city, filters, expected):
    scope = Scope(
        date_from=filters.get("date_from"),
        date_to=filters.get("date_to"),
        course_ids=(getattr(city, filters["course"]).pk,) if "course" in filters else None,
        kecamatan_id=getattr(city, filters["kecamatan"]).pk if "kecamatan" in filters else None,
        occupation=filters.get("occupation"),
        institution_id=getattr(city, filters["institution"]).pk if "institution" in filters else None,
    )
    totals = queries.totals(scope)
    assert (
        totals.participants,
        totals.enrollments,
        totals.completions,
        totals.certificates,
        totals.workshops,
    ) == expected


def test_a_trainer_scope_counts_only_their_courses(city):
    scope = Scope(allowed_course_ids=(city.x.pk,))
    totals = queries.totals(scope)
    assert (totals.participants, totals.enrollments, totals.completions, totals.certificates) == (2, 2, 1, 1)
    assert totals.workshops == 0  # the workshop belongs to course Y
    assert [g.label for g in queries.by_course(scope)] == ["Kursus X"]
    # Asking for another course through the filter shows nothing of it.
    assert queries.totals(Scope(course_ids=(city.y.pk,), allowed_course_ids=(city.x.pk,))).enrollments == 0


def test_participant_rows_and_progress(city):
    table = {row.full_name: row for row in queries.participant_rows(Scope())}
    assert set(table) == {"Ani", "Budi", "Citra"}
    ani = table["Ani"]
    assert (ani.enrolled_count, ani.completed_count, ani.certificate_count) == (2, 1, 1)
    progress = queries.course_progress(Scope(), [city.ani.pk, city.budi.pk])
    assert queries.format_progress(progress[city.ani.pk]) == "Kursus X: 2/2; Kursus Y: 0/1"
    assert queries.format_progress(progress[city.budi.pk]) == "Kursus X: 1/2"
