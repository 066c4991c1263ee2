"""The pure rules courses uses for H5P activities: what a lesson requires, and when a result meets it."""

from hypothesis import given
from hypothesis import strategies as st

from courses.choices import Requirement
from courses.progress import H5PUse, h5p_uses_in, module_requirements, requirements_met
from h5p.queries import requirement_met


def block(activity, requirement="completed", percent=None):
    return {
        "type": "h5p",
        "value": {"activity": activity, "requirement": requirement, "pass_percent": percent},
    }


def test_uses_are_read_from_the_stored_lesson():
    raw = [{"type": "paragraph", "value": "<p>x</p>"}, block(1), block(2, "passed", 80), block(3, "none")]
    assert h5p_uses_in(raw) == [
        H5PUse(1, "completed", None),
        H5PUse(2, "passed", 80),
        H5PUse(3, "none", None),
    ]


def test_an_activity_placed_twice_keeps_its_strictest_requirement():
    raw = [block(1, "passed", 60), block(1, "completed"), block(1, "passed", 90), block(1, "none")]
    assert h5p_uses_in(raw) == [H5PUse(1, "passed", 90)]


def test_damaged_values_are_skipped_or_made_strict():
    raw = [block(None), block("7"), {"type": "h5p", "value": 5}, block(4, "weird"), block(5, "passed", 500)]
    assert h5p_uses_in(raw) == [H5PUse(4, "completed", None), H5PUse(5, "passed", 100)]


def test_a_required_activity_is_asked_for_on_top_of_the_course_rules():
    read = {Requirement.READ}
    assert module_requirements(read, has_quiz=False, has_h5p=True) == {Requirement.READ, Requirement.H5P}
    assert module_requirements({Requirement.QUIZ}, has_quiz=False, has_h5p=True) == {Requirement.H5P}
    assert module_requirements({Requirement.QUIZ}, has_quiz=True, has_h5p=True) == {
        Requirement.QUIZ,
        Requirement.H5P,
    }
    assert module_requirements(read, has_quiz=False) == {Requirement.READ}


@given(read=st.booleans(), quiz=st.booleans(), h5p=st.booleans())
def test_every_requirement_must_be_met(read, quiz, h5p):
    everything = {Requirement.READ, Requirement.QUIZ, Requirement.H5P}
    assert requirements_met(everything, read=read, quiz_passed=quiz, h5p_done=h5p) is (read and quiz and h5p)
    assert requirements_met({Requirement.READ}, read=read, quiz_passed=quiz, h5p_done=h5p) is read


@given(percent=st.one_of(st.none(), st.integers(0, 100)), completed=st.booleans(), needed=st.integers(1, 100))
def test_a_best_result_meets_a_requirement(percent, completed, needed):
    best = {"percent": percent, "completed": completed}
    assert requirement_met(best, requirement="none", pass_percent=None)
    assert requirement_met(best, requirement="completed", pass_percent=None) is completed
    passed = percent is not None and percent >= needed
    assert requirement_met(best, requirement="passed", pass_percent=needed) is passed
    assert not requirement_met(None, requirement="completed", pass_percent=None)
