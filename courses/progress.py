"""Pure rules of progress: which modules are open, what completes a module, how far a participant is.

No database here, so the rules can be tested exhaustively and reused by every view.
"""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from .choices import ModuleState, Requirement


def module_requirements(
    course_requirements: Collection[Requirement], *, has_quiz: bool
) -> frozenset[Requirement]:
    """What one module asks for. A quiz requirement needs a quiz; a module left with nothing is read."""
    needed = {req for req in course_requirements if req != Requirement.QUIZ or has_quiz}
    return frozenset(needed or {Requirement.READ})


def requirements_met(requirements: Collection[Requirement], *, read: bool, quiz_passed: bool) -> bool:
    done = {Requirement.READ: read, Requirement.QUIZ: quiz_passed}
    return all(done[req] for req in requirements)


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
