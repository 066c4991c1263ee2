"""Pure rules of progress: which modules are open, what completes a module, how far a participant is.

No database here, so the rules can be tested exhaustively and reused by every view.
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from .choices import ModuleState, Requirement


def module_requirements(
    course_requirements: Collection[Requirement], *, has_quiz: bool, has_h5p: bool = False
) -> frozenset[Requirement]:
    """What one module asks for. A quiz requirement needs a quiz; a module left with nothing is read.

    Required H5P activities (their lesson block says so) are asked for on top of the course's rules."""
    needed = {
        req for req in course_requirements if req not in {Requirement.QUIZ, Requirement.H5P} or has_quiz
    }
    needed.discard(Requirement.H5P)
    if has_h5p:
        needed.add(Requirement.H5P)
    return frozenset(needed or {Requirement.READ})


def requirements_left(
    requirements: Collection[Requirement], *, read: bool, quiz_passed: bool, h5p_done: bool = False
) -> list[Requirement]:
    """What a participant still has to do to complete a module, in the order the course lists its rules."""
    done = {Requirement.READ: read, Requirement.QUIZ: quiz_passed, Requirement.H5P: h5p_done}
    return [req for req in Requirement if req in requirements and not done[req]]


def requirements_met(
    requirements: Collection[Requirement], *, read: bool, quiz_passed: bool, h5p_done: bool = False
) -> bool:
    return not requirements_left(requirements, read=read, quiz_passed=quiz_passed, h5p_done=h5p_done)


def open_modules(module_ids: Sequence[int], completed: Collection[int], *, sequential: bool) -> set[int]:
    """Modules a participant may open: all of them, or in order up to the first one not completed.

    A completed module always stays open, even if a module inserted before it later is not.
    """
    if not sequential:
        return set(module_ids)
    opened = set()
    blocked = False
    for module_id in module_ids:
        if module_id in completed or not blocked:
            opened.add(module_id)
        if module_id not in completed:
            blocked = True
    return opened


def next_module(module_ids: Sequence[int], completed: Collection[int]) -> int | None:
    """The module to resume: the first one not completed (modules are taken top to bottom)."""
    return next((module_id for module_id in module_ids if module_id not in completed), None)


def all_completed(module_ids: Iterable[int], completed: Collection[int]) -> bool:
    module_ids = list(module_ids)
    return bool(module_ids) and all(module_id in completed for module_id in module_ids)


def percent(done: int, total: int) -> int:
    """Whole per cent, rounded down so that 100 means everything is done."""
    if total <= 0:
        return 0
    return min(100, done * 100 // total)


@dataclass(frozen=True)
class OutlineItem:
    id: int
    number: int
    title: str
    url: str
    summary: str
    duration_minutes: int | None
    state: ModuleState

    @property
    def is_open(self) -> bool:
        return self.state != ModuleState.LOCKED

    @property
    def is_completed(self) -> bool:
        return self.state == ModuleState.COMPLETED


def module_state(
    module_id: int, *, opened: Collection[int], completed: Collection[int], started: Collection[int]
):
    if module_id in completed:
        return ModuleState.COMPLETED
    if module_id not in opened:
        return ModuleState.LOCKED
    if module_id in started:
        return ModuleState.IN_PROGRESS
    return ModuleState.OPEN


def quiz_ids_in(raw_blocks: Iterable[dict]) -> list[int]:
    """The quizzes a lesson contains, read from the stream's stored data (no database access)."""
    found = []
    for block in raw_blocks:
        if block.get("type") != "quiz":
            continue
        value = block.get("value")
        quiz_id = value.get("quiz") if isinstance(value, dict) else value
        if isinstance(quiz_id, int) and quiz_id not in found:
            found.append(quiz_id)
    return found


@dataclass(frozen=True)
class H5PUse:
    activity_id: int
    requirement: str
    pass_percent: int | None


def h5p_uses_in(raw_blocks: Iterable[dict]) -> list[H5PUse]:
    """The H5P activities a lesson contains with what each block requires, from the stored data.

    An activity placed twice keeps its strictest requirement (passing over completing, the higher score)."""
    strictness = {"none": 0, "completed": 1, "passed": 2}
    found: dict[int, H5PUse] = {}
    for block in raw_blocks:
        value = block.get("value") if block.get("type") == "h5p" else None
        if not isinstance(value, dict) or not isinstance(value.get("activity"), int):
            continue
        requirement = value.get("requirement") if value.get("requirement") in strictness else "completed"
        percent = None
        if requirement == "passed":
            percent = value.get("pass_percent")
            percent = percent if isinstance(percent, int) and 1 <= percent <= 100 else 100
        use = H5PUse(value["activity"], requirement, percent)
        old = found.get(use.activity_id)
        if old is None or (strictness[use.requirement], use.pass_percent or 0) > (
            strictness[old.requirement],
            old.pass_percent or 0,
        ):
            found[use.activity_id] = use
    return list(found.values())
