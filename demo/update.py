"""Take a new edition of the starter course on a live site, without overriding what officers changed.

For every page the loader seeded, the ledger knows what it held when seeded (its fingerprint, or for
sites seeded before fingerprints were recorded the frozen first edition in demo/editions/). A page whose
latest revision still matches was never edited: it gets the new text as a new revision, submitted to the
course review workflow, so an officer approves it like any trainer's change; nothing is published here.
A page that differs was edited by someone: it is left alone and reported with the fields that changed.

Attempts point at their questions, so a quiz is never rewritten in place (a quiz or question with a draft
waiting for review counts as edited, like a page):
the new edition's questions and quiz are new objects, and the module's new revision points at them. Until
that revision is approved, participants keep taking the old quiz; attempts, completions and certificates
already made keep theirs (completions also keep the course version they were earned on).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from curriculum import data
from curriculum.course import COURSE
from quizzes.models import Question, Quiz

from . import ledger
from .fingerprints import changed_fields, fingerprint
from .models import SeededObject
from .quizzes import build_quiz, bullet_list, ensure_bank

EDITIONS = Path(__file__).parent / "editions"

UPDATED, EDITED, CURRENT, MISSING = "updated", "edited", "current", "missing"
KIND_LABELS = {
    "course page": gettext_lazy("Course page"),
    "module page": gettext_lazy("Module page"),
    "quiz": gettext_lazy("Quiz"),
}


@cache
def frozen(edition: int) -> dict[str, dict[str, str]]:
    """Fingerprints of an edition seeded before the ledger recorded them (empty if none is kept)."""
    path = EDITIONS / f"edition{edition}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text())["fingerprints"]


def baseline(entry: SeededObject) -> dict[str, str] | None:
    """What the object held when the loader or the last update wrote it; None when nobody knows."""
    return entry.fingerprint or frozen(entry.edition).get(entry.key)


@dataclass
class Outcome:
    kind: str
    key: str
    title: str
    status: str
    changed: list[str] = field(default_factory=list)  # what changed, for people (field labels)
    page_id: int | None = None
    fields: list[str] = field(default_factory=list)  # the same, as field names

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])


@dataclass
class UpdateReport:
    edition: int
    outcomes: list[Outcome] = field(default_factory=list)
    applied: bool = False

    def with_status(self, status: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == status]

    def lines(self) -> list[str]:
        labels = {
            UPDATED: "new edition submitted for review" if self.applied else "would take the new edition",
            EDITED: "edited by an officer, left alone",
            CURRENT: "already has this edition",
            MISSING: "deleted, not recreated",
        }
        lines = []
        for outcome in self.outcomes:
            line = f"{labels[outcome.status]}: {outcome.kind} “{outcome.title}”"
            if outcome.fields:
                line += f" (changed: {'; '.join(outcome.fields)})"
            lines.append(line)
        return lines


def _entry(key: str) -> SeededObject | None:
    return SeededObject.objects.filter(key=key).first()


def _status(entry: SeededObject, instance, *, edition: int) -> tuple[str, list[str]]:
    """UPDATED (may take the edition), CURRENT (has it) or EDITED, with the names of changed fields."""
    recorded = baseline(entry)
    if recorded is None:
        # Seeded by a version of the loader that no frozen edition matches: treat it as edited.
        return EDITED, ["unknown"]
    changed = changed_fields(recorded, fingerprint(instance))
    if changed:
        return EDITED, changed
    return (CURRENT if entry.edition >= edition else UPDATED), []


def _labels(instance, names: list[str]) -> list[str]:
    labels = []
    for name in names:
        if name == "unknown":
            labels.append(_("unknown (no record of the seeded text)"))
        elif name.startswith("question "):
            number, fields = name.removeprefix("question ").split(": ", 1)
            question_fields = [_labels(Question(), [f])[0] for f in fields.split(", ")]
            labels.append(
                _("question %(number)s: %(fields)s")
                % {"number": number, "fields": ", ".join(question_fields)}
            )
        elif name == "module":
            labels.append(_("its module page was edited"))
        else:
            try:
                labels.append(str(instance._meta.get_field(name).verbose_name))
            except Exception:  # noqa: BLE001 (a fingerprint field that is no model field: "questions")
                labels.append(name)
    return labels


def _outcome(kind, key, title, status, names, instance, page_id=None) -> Outcome:
    return Outcome(kind, key, title, status, _labels(instance, names), page_id, list(names))


def quiz_status(module: data.Module, *, edition: int) -> tuple[Quiz | None, str, list[str]]:
    """The module's seeded quiz and whether it, or any of its questions, was edited."""
    entry = _entry(f"quiz:{module.slug}")
    quiz = ledger.find(entry.key, Quiz) if entry else None
    if quiz is None:
        return None, MISSING, []
    status, changed = _status(entry, quiz, edition=edition)
    question_entries = sorted(
        SeededObject.objects.filter(key__startswith=f"question:{module.slug}:"),
        key=lambda question_entry: int(question_entry.key.rsplit(":", 1)[1]),
    )
    for question_entry in question_entries:
        question = ledger.find(question_entry.key, Question)
        if question is None:
            continue
        question_state, question_changed = _status(question_entry, question, edition=edition)
        if question_state == EDITED:
            status = EDITED
            number = question_entry.key.rsplit(":", 1)[1]
            changed.append(f"question {number}: {', '.join(question_changed)}")
    return quiz, status, changed


def _submit(page: Page, *, user) -> None:
    """Save the page as a new revision and start its review workflow (never publish)."""
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None and workflow.active:
        workflow.start(page, user)


def _remember(instance, *, edition: int) -> None:
    ledger.record(instance, fingerprint=fingerprint(instance), edition=edition)


def update_course_page(course: data.Course, *, user, apply: bool, report: UpdateReport) -> CoursePage | None:
    key = f"page:course:{course.slug}"
    entry = _entry(key)
    page = ledger.find(key, CoursePage) if entry else None
    if page is None:
        report.outcomes.append(_outcome("course page", key, course.title, MISSING, [], None))
        return None
    status, changed = _status(entry, page, edition=course.edition)
    report.outcomes.append(_outcome("course page", key, page.draft_title, status, changed, page, page.pk))
    if status == UPDATED and apply:
        from certificates.demo import seed_course_certificate_template

        draft = page.get_latest_revision_as_object()
        draft.title = course.title
        draft.summary = course.summary
        draft.learning_outcomes = bullet_list(course.outcomes)
        draft.audience = course.audience
        draft.duration_jp = course.duration_jp
        # A new edition is a substantial change: completions earned before keep the version they record.
        draft.version = max(draft.version, page.version) + 1
        draft.certificate_template = seed_course_certificate_template()
        _submit(draft, user=user)
        _remember(page, edition=course.edition)
    return page


def new_quiz(module: data.Module, *, edition: int) -> Quiz:
    """The edition's quiz as new objects; the ledger's keys move to them, the old quiz stays as it was."""
    bank_report = ledger.Report()
    bank = ensure_bank(module, bank_report)
    quiz, questions = build_quiz(module, bank=bank)
    for number, question in enumerate(questions, start=1):
        ledger.remember(f"question:{module.slug}:{number}", question)
        _remember(question, edition=edition)
    ledger.remember(f"quiz:{module.slug}", quiz)
    _remember(quiz, edition=edition)
    return quiz


def _seeded_activity(module: data.Module):
    """The interactive check stays in the first module when the site has it (sites seeded before it keep
    their lessons without one; an officer can add it from the admin)."""
    from h5p.models import H5PActivity

    from .activities import KEY

    return ledger.find(KEY, H5PActivity) if module.slug == COURSE.modules[0].slug else None


def update_module_page(module: data.Module, *, edition: int, user, apply: bool, report: UpdateReport) -> None:
    from .curriculum import lesson_stream

    key = f"page:module:{module.slug}"
    entry = _entry(key)
    page = ledger.find(key, ModulePage) if entry else None
    quiz, quiz_state, quiz_changed = quiz_status(module, edition=edition)
    if page is None:
        report.outcomes.append(_outcome("module page", key, module.title, MISSING, [], None))
        return
    status, changed = _status(entry, page, edition=edition)
    report.outcomes.append(_outcome("module page", key, page.draft_title, status, changed, page, page.pk))
    quiz_key, quiz_title = f"quiz:{module.slug}", quiz.title if quiz else module.quiz.title
    if status == EDITED and quiz_state == UPDATED:
        # The new quiz would have nowhere to go: its module keeps the quiz the officer chose.
        report.outcomes.append(_outcome("quiz", quiz_key, quiz_title, EDITED, ["module"], quiz, page.pk))
    elif quiz_state != MISSING or status == UPDATED:
        report.outcomes.append(
            _outcome("quiz", quiz_key, quiz_title, quiz_state, quiz_changed, quiz, page.pk)
        )
    if status != UPDATED or not apply:
        return
    if quiz_state in (UPDATED, MISSING):
        quiz = new_quiz(module, edition=edition)
    draft = page.get_latest_revision_as_object()
    draft.title = module.title
    draft.summary = module.summary
    draft.learning_outcomes = bullet_list(module.outcomes)
    draft.duration_minutes = module.reading_minutes
    draft.body = lesson_stream(module, quiz, _seeded_activity(module))
    _submit(draft, user=user)
    _remember(page, edition=edition)


@transaction.atomic
def update_starter_course(*, user=None, apply: bool = True, course: data.Course = COURSE) -> UpdateReport:
    """Bring every unedited starter page and quiz to `course`'s edition, as revisions in review.

    With `apply=False` nothing is written: the report says what would happen (the admin's preview).
    """
    report = UpdateReport(edition=course.edition, applied=apply)
    if apply:
        # Two officers pressing the button at once: the second waits, then finds everything current
        # instead of making a second set of new quizzes.
        list(SeededObject.objects.select_for_update().filter(key=f"page:course:{course.slug}"))
    update_course_page(course, user=user, apply=apply, report=report)
    for module in course.modules:
        update_module_page(module, edition=course.edition, user=user, apply=apply, report=report)
    return report
