"""Fingerprints of seeded content: one short hash per field, so an edit by an officer can be told apart.

The loader records the fingerprint of every page, quiz and question it creates. The updater compares the
current content with it: equal means nobody has edited the object since it was seeded, and it may take a
new edition; any other value means an officer changed it, and the fields that differ say what changed.

Pages are read from their latest revision (a saved draft is an edit too). Stream values are normalised so
a fingerprint does not depend on the site: block ids are dropped and a quiz card names the quiz by its
ledger key, not by its primary key.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from quizzes.models import Question, Quiz

from .models import SeededObject

Fingerprint = dict[str, str]

COURSE_FIELDS = ("title", "summary", "learning_outcomes", "audience", "duration_jp")
MODULE_FIELDS = ("title", "summary", "learning_outcomes", "duration_minutes", "body")


def digest(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def ledger_keys(model) -> dict[int, str]:
    content_type = ContentType.objects.get_for_model(model)
    return dict(SeededObject.objects.filter(content_type=content_type).values_list("object_id", "key"))


def normalise_stream(value: Any, quiz_keys: dict[int, str]) -> Any:
    """A stream's stored JSON without block ids, list items unwrapped, quizzes named by ledger key."""
    if isinstance(value, list):
        return [normalise_stream(item, quiz_keys) for item in value]
    if not isinstance(value, dict):
        return value
    if value.get("type") == "item" and set(value) <= {"type", "value", "id"}:
        return normalise_stream(value.get("value"), quiz_keys)
    if value.get("type") == "quiz" and isinstance(value.get("value"), dict):
        pk = value["value"].get("quiz")
        return {"type": "quiz", "value": {"quiz": quiz_keys.get(pk, f"quiz#{pk}")}}
    return {key: normalise_stream(item, quiz_keys) for key, item in value.items() if key != "id"}


def page_content(page: Page) -> dict[str, Any]:
    """The page's latest saved content (draft or published) as a dict of field values."""
    # Read the revision back from the database: an in-memory one may still hold Python values (Decimal)
    # where the stored JSON, which every later reading sees, holds strings.
    revision = Page.objects.get(pk=page.pk).get_latest_revision()
    if revision is not None:
        revision.refresh_from_db(fields=["content"])
        return dict(revision.content)
    specific = page.specific
    content = {}
    for field in (*COURSE_FIELDS, *MODULE_FIELDS):
        if hasattr(specific, field):
            value = getattr(specific, field)
            content[field] = json.dumps(list(value.raw_data)) if field == "body" else value
    return content


def page_fingerprint(page: Page, fields: tuple[str, ...]) -> Fingerprint:
    content = page_content(page)
    quiz_keys = ledger_keys(Quiz)
    result = {}
    for field in fields:
        value = content.get(field)
        if field == "body":
            stream = json.loads(value) if isinstance(value, str) else (value or [])
            value = normalise_stream(stream, quiz_keys)
        result[field] = digest(value)
    return result


def quiz_fingerprint(quiz: Quiz) -> Fingerprint:
    question_keys = ledger_keys(Question)
    links = quiz.fixed_questions.order_by("sort_order", "pk").values_list("question_id", flat=True)
    return {
        "title": digest(quiz.title),
        "instructions": digest(quiz.instructions),
        "pass_mark": digest(quiz.pass_mark),
        "questions": digest([question_keys.get(pk, f"question#{pk}") for pk in links]),
        "draw_rules": digest(quiz.draw_rules.count()),
    }


def question_fingerprint(question: Question) -> Fingerprint:
    choices = question.choices.order_by("sort_order", "pk").values_list("text", "is_correct", "feedback")
    return {
        "kind": digest(question.kind),
        "scenario": digest(question.scenario),
        "text": digest(question.text),
        "multiple_scoring": digest(question.multiple_scoring),
        "explanation": digest(question.explanation),
        "points": digest(question.points),
        "choices": digest([list(choice) for choice in choices]),
        "tags": digest(sorted(question.tags.names())),
    }


def fingerprint(instance) -> Fingerprint:
    """The fingerprint of a seeded object of any kind the loader creates."""
    from courses.models import CoursePage, ModulePage

    specific = instance.specific if isinstance(instance, Page) else instance
    if isinstance(specific, CoursePage):
        return page_fingerprint(specific, COURSE_FIELDS)
    if isinstance(specific, ModulePage):
        return page_fingerprint(specific, MODULE_FIELDS)
    if isinstance(specific, Quiz):
        return quiz_fingerprint(latest_content(specific))
    if isinstance(specific, Question):
        return question_fingerprint(latest_content(specific))
    return {}


def latest_content(snippet):
    """A quiz or question as last saved: a draft waiting for review counts as an edit, as on pages."""
    if snippet.pk and snippet.has_unpublished_changes:
        revision = type(snippet).objects.get(pk=snippet.pk).get_latest_revision()
        if revision is not None:
            return revision.as_object()
    return snippet


def changed_fields(recorded: Fingerprint, current: Fingerprint) -> list[str]:
    """Fields whose content differs from what was recorded (a field recorded by neither is ignored)."""
    return [field for field in current if recorded.get(field) != current[field]]
