"""The pure progress rules, checked exhaustively with hypothesis."""

from hypothesis import given
from hypothesis import strategies as st

from courses import progress
from courses.choices import ModuleState, Requirement

ids = st.lists(st.integers(min_value=1, max_value=10_000), unique=True, max_size=12)


@st.composite
def course_state(draw):
    module_ids = draw(ids)
    completed = draw(st.sets(st.sampled_from(module_ids))) if module_ids else set()
    return module_ids, completed


def test_quiz_requirement_applies_only_to_modules_with_a_quiz():
    both = {Requirement.READ, Requirement.QUIZ}
    assert progress.module_requirements(both, has_quiz=True) == {Requirement.READ, Requirement.QUIZ}
    assert progress.module_requirements(both, has_quiz=False) == {Requirement.READ}
    # A quiz-only course still lets a module without a quiz be completed: by reading it.
    assert progress.module_requirements({Requirement.QUIZ}, has_quiz=False) == {Requirement.READ}
    assert progress.module_requirements({Requirement.QUIZ}, has_quiz=True) == {Requirement.QUIZ}


@given(read=st.booleans(), quiz_passed=st.booleans())
def test_every_requirement_must_be_met(read, quiz_passed):
    assert progress.requirements_met({Requirement.READ}, read=read, quiz_passed=quiz_passed) is read
    assert progress.requirements_met({Requirement.QUIZ}, read=read, quiz_passed=quiz_passed) is quiz_passed
    both = progress.requirements_met({Requirement.READ, Requirement.QUIZ}, read=read, quiz_passed=quiz_passed)
    assert both is (read and quiz_passed)


@given(course_state())
def test_free_order_opens_everything(state):
    module_ids, completed = state
    assert progress.open_modules(module_ids, completed, sequential=False) == set(module_ids)


@given(course_state())
def test_ordered_course_opens_up_to_the_first_unfinished_module(state):
    module_ids, completed = state
    opened = progress.open_modules(module_ids, completed, sequential=True)
    assert completed <= opened  # finished work always stays reachable
    first_unfinished = progress.next_module(module_ids, completed)
    if first_unfinished is not None:
        assert first_unfinished in opened
        position = module_ids.index(first_unfinished)
        later_unfinished = [m for m in module_ids[position + 1 :] if m not in completed]
        assert not opened & set(later_unfinished)
    else:
        assert opened == set(module_ids)


def test_ordered_course_example():
    assert progress.open_modules([1, 2, 3], set(), sequential=True) == {1}
    assert progress.open_modules([1, 2, 3], {1}, sequential=True) == {1, 2}
    assert progress.open_modules([1, 2, 3], {1, 2}, sequential=True) == {1, 2, 3}
    # A module inserted before finished ones blocks what follows it, not what was finished.
    assert progress.open_modules([1, 4, 2, 3], {1, 2}, sequential=True) == {1, 4, 2}


@given(course_state())
def test_course_is_complete_exactly_when_every_module_is(state):
    module_ids, completed = state
    assert progress.all_completed(module_ids, completed) is (
        bool(module_ids) and completed == set(module_ids)
    )


@given(done=st.integers(min_value=0, max_value=500), total=st.integers(min_value=0, max_value=500))
def test_percent_is_100_only_when_all_done(done, total):
    value = progress.percent(min(done, total), total)
    assert 0 <= value <= 100
    if total:
        assert (value == 100) is (min(done, total) == total)
    else:
        assert value == 0


def test_module_state():
    kwargs = {"opened": {1, 2}, "completed": {1}, "started": {2}}
    assert progress.module_state(1, **kwargs) == ModuleState.COMPLETED
    assert progress.module_state(2, **kwargs) == ModuleState.IN_PROGRESS
    assert progress.module_state(3, **kwargs) == ModuleState.LOCKED
    assert progress.module_state(2, opened={2}, completed=set(), started=set()) == ModuleState.OPEN


def test_quiz_ids_are_read_from_stored_blocks():
    raw = [
        {"type": "paragraph", "value": "<p>x</p>"},
        {"type": "quiz", "value": {"quiz": 7}},
        {"type": "quiz", "value": {"quiz": None}},
        {"type": "quiz", "value": {"quiz": 7}},
        {"type": "quiz", "value": {"quiz": 9}},
    ]
    assert progress.quiz_ids_in(raw) == [7, 9]
    assert progress.quiz_ids_in([]) == []
