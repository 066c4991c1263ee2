"""What the quizzes app does: start attempts, save answers, submit and grade them, tell others who passed.

Nothing here knows where a quiz is embedded: a course module or a workshop only passes an opaque `context`.
"""

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from sinergi.errors import AppError

from . import scoring
from .choices import AttemptStatus, MultipleScoring, QuestionKind
from .drawing import draw_questions, order_choices
from .models import Attempt, AttemptAnswer, Choice, Question, QuestionTag, Quiz
from .signals import attempt_submitted, take_allowed

CONTEXT_SALT = "quizzes.context"


def deadline_grace() -> timedelta:
    """Answers that arrive this long after the deadline still count (slow phone networks)."""
    return timedelta(seconds=getattr(settings, "QUIZZES_DEADLINE_GRACE_SECONDS", 30))


class QuizError(AppError):
    pass


# --- Results for other apps -------------------------------------------------------------------------


@dataclass(frozen=True)
class QuizResult:
    attempts_used: int
    grade: Decimal | None
    best: Decimal | None
    passed: bool
    open_attempt_id: object | None
    # An attempt whose time ran out, not scored yet (it is at the participant's next step or by the
    # periodic `close_expired_attempts`): reading a page never changes it.
    expired_attempt_id: object | None = None

    @property
    def has_submitted(self) -> bool:
        return self.grade is not None


def summarize(
    rows: list[dict], *, grading_method: str, pass_mark: int, now: datetime | None = None
) -> QuizResult:
    """Rows are one participant's attempts at one quiz (ROW_FIELDS), any order."""
    now = now or timezone.now()
    rows = sorted(rows, key=lambda row: row["number"])
    percents = [
        row["score_percent"]
        for row in rows
        if row["status"] == AttemptStatus.SUBMITTED and row["score_percent"] is not None
    ]
    grade = scoring.grade(percents, grading_method)
    in_progress = [row for row in rows if row["status"] == AttemptStatus.IN_PROGRESS]
    expired = [row["id"] for row in in_progress if _past_deadline(row.get("deadline"), now)]
    open_ids = [row["id"] for row in in_progress if row["id"] not in expired]
    return QuizResult(
        attempts_used=len(rows),
        grade=grade,
        best=max(percents) if percents else None,
        passed=grade is not None and scoring.is_passed(grade, pass_mark),
        open_attempt_id=open_ids[0] if open_ids else None,
        expired_attempt_id=expired[0] if expired else None,
    )


ROW_FIELDS = ("id", "quiz_id", "number", "status", "score_percent", "deadline")


def result_for(*, user, quiz: Quiz, context: str = "") -> QuizResult:
    rows = list(Attempt.objects.filter(user=user, quiz=quiz, context=context).values(*ROW_FIELDS))
    return summarize(rows, grading_method=quiz.grading_method, pass_mark=quiz.pass_mark)


def results_for_user(*, user, context: str = "") -> dict[int, list[dict]]:
    """All of a participant's attempt rows by quiz id, in one query (for pages showing many quizzes)."""
    by_quiz = defaultdict(list)
    for row in Attempt.objects.filter(user=user, context=context).values(*ROW_FIELDS):
        by_quiz[row["quiz_id"]].append(row)
    return by_quiz


def has_passed(*, user, quiz: Quiz, context: str = "") -> bool:
    """Whether the participant's grade for `quiz` (by its grading method) reaches the pass mark."""
    return quiz.pk in passed_quiz_ids(user=user, quiz_ids=[quiz.pk], context=context)


def passed_quiz_ids(*, user, quiz_ids, context: str = "") -> set[int]:
    """The ids among `quiz_ids` the participant has passed, in one query."""
    if not getattr(user, "is_authenticated", False):
        return set()
    rows = Attempt.objects.filter(
        user=user, quiz_id__in=list(quiz_ids), context=context, status=AttemptStatus.SUBMITTED
    ).values(*ROW_FIELDS, "quiz__grading_method", "quiz__pass_mark")
    by_quiz = defaultdict(list)
    for row in rows:
        by_quiz[row["quiz_id"]].append(row)
    return {
        quiz_id
        for quiz_id, quiz_rows in by_quiz.items()
        if summarize(
            quiz_rows,
            grading_method=quiz_rows[0]["quiz__grading_method"],
            pass_mark=quiz_rows[0]["quiz__pass_mark"],
        ).passed
    }


def attempts_left(quiz: Quiz, result: QuizResult) -> int | None:
    """None means unlimited."""
    if quiz.is_unlimited:
        return None
    return max(quiz.max_attempts - result.attempts_used, 0)


# --- Who may take a quiz -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    """Why a participant may not take a quiz here, and where to send them instead (empty: nowhere)."""

    message: str
    url: str = ""


def is_staff(user) -> bool:
    """Trainers and officers, who check quizzes without enrolling anywhere."""
    return bool(getattr(user, "is_authenticated", False) and user.has_perm("wagtailadmin.access_admin"))


def access_refusal(*, user, quiz: Quiz, context: str = "", request=None) -> Refusal | None:
    """None when `user` may take the published `quiz` in `context`; otherwise why not.

    This app does not know where quizzes are used: the apps above answer `take_allowed` (a course for its
    enrolled participants, a workshop for its registered ones). A quiz none of them claims is open only to
    staff, so nobody passes a quiz ahead of the course it is later put in.
    """
    if not quiz.live:
        return Refusal(_("This quiz is not published."))
    answers = [
        answer
        for _receiver, answer in take_allowed.send(
            sender=Quiz, user=user, quiz=quiz, context=context, request=request
        )
    ]
    if any(answer is True for answer in answers):
        return None
    refusals = [answer for answer in answers if isinstance(answer, Refusal)]
    if refusals:
        return refusals[0]
    if is_staff(user):
        return None
    return Refusal(_("This quiz is taken from its course or workshop. Open it from there."))


# --- Links with a context ----------------------------------------------------------------------------


def sign_context(context: str) -> str:
    return signing.dumps(context, salt=CONTEXT_SALT) if context else ""


def quiz_url(*, quiz: Quiz | int, context: str = "", next_url: str = "") -> str:
    """The intro page URL (of a quiz or a quiz id); a context is signed so participants cannot invent one to
    get more attempts."""
    params = {}
    if context:
        params["konteks"] = sign_context(context)
    if next_url:
        params["next"] = next_url
    url = reverse("quizzes:intro", args=[quiz if isinstance(quiz, int) else quiz.pk])
    return f"{url}?{urlencode(params)}" if params else url


def read_context(token: str) -> str:
    if not token:
        return ""
    try:
        return signing.loads(token, salt=CONTEXT_SALT)
    except signing.BadSignature as error:
        raise QuizError(_("This quiz link is damaged."), code="bad_context") from error


# --- Attempts ----------------------------------------------------------------------------------------


def _draw(quiz: Quiz, rng: random.Random) -> list[tuple[int, list[int]]]:
    """(question id, choice order) for a new attempt, in 3 queries whatever the quiz size."""
    # Only published questions: a question a trainer has only drafted is never drawn.
    fixed = list(
        quiz.fixed_questions.filter(question__live=True)
        .order_by("sort_order")
        .values_list("question_id", flat=True)
    )
    rules = list(quiz.draw_rules.order_by("sort_order").values_list("tag_id", "count"))
    pools_by_tag = defaultdict(list)
    if rules:
        tagged = QuestionTag.objects.filter(
            tag_id__in=[tag for tag, _count in rules], content_object__live=True
        ).order_by("content_object_id")
        for tag_id, question_id in tagged.values_list("tag_id", "content_object_id"):
            pools_by_tag[tag_id].append(question_id)
    drawn = draw_questions(
        fixed, [(pools_by_tag[tag], count) for tag, count in rules], shuffle=quiz.shuffle_questions, rng=rng
    )
    choices = defaultdict(list)
    kinds = dict(Question.objects.filter(pk__in=drawn).values_list("pk", "kind"))
    for choice_id, question_id in (
        Choice.objects.filter(question_id__in=drawn)
        .order_by("sort_order", "pk")
        .values_list("pk", "question_id")
    ):
        choices[question_id].append(choice_id)
    # True/false keeps its order ("Benar" then "Salah") even when choices are shuffled.
    return [
        (
            qid,
            order_choices(
                choices[qid], shuffle=quiz.shuffle_choices and kinds[qid] != QuestionKind.TRUE_FALSE, rng=rng
            ),
        )
        for qid in drawn
        if choices[qid]
    ]


def start_attempt(
    *,
    user,
    quiz: Quiz,
    context: str = "",
    return_url: str = "",
    rng: random.Random | None = None,
    now: datetime | None = None,
) -> Attempt:
    """Resume the open attempt, or start a new one if attempts are left. The draw is stored on the server."""
    now = now or timezone.now()
    close_expired_attempts(quiz=quiz, user=user, now=now)
    try:
        with transaction.atomic():
            return _start_attempt(
                user=user, quiz=quiz, context=context, return_url=return_url, rng=rng, now=now
            )
    except IntegrityError:
        # Two start requests raced (double tap, two tabs): the other one created the attempt; resume it.
        existing = Attempt.objects.filter(
            user=user, quiz=quiz, context=context, status=AttemptStatus.IN_PROGRESS
        ).first()
        if existing is None:
            raise
        return existing


def _start_attempt(*, user, quiz, context, return_url, rng, now) -> Attempt:
    attempts = Attempt.objects.filter(user=user, quiz=quiz, context=context)
    open_attempt = attempts.filter(status=AttemptStatus.IN_PROGRESS).first()
    if open_attempt:
        return open_attempt
    used = attempts.aggregate(n=Max("number"))["n"] or 0
    if not quiz.is_unlimited and used >= quiz.max_attempts:
        raise QuizError(_("You have used all your attempts for this quiz."), code="no_attempts_left")
    layout = _draw(quiz, rng or random.SystemRandom())
    if not layout:
        raise QuizError(_("This quiz has no questions yet."), code="empty_quiz")
    attempt = Attempt.objects.create(
        quiz=quiz,
        user=user,
        context=context,
        number=used + 1,
        started_at=now,
        deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
        return_url=return_url[:500],
    )
    AttemptAnswer.objects.bulk_create(
        AttemptAnswer(attempt=attempt, question_id=qid, position=position, choice_order=order)
        for position, (qid, order) in enumerate(layout, start=1)
    )
    return attempt


def _past_deadline(deadline: datetime | None, now: datetime) -> bool:
    return deadline is not None and now > deadline + deadline_grace()


def is_expired(attempt: Attempt, now: datetime | None = None) -> bool:
    """Past the deadline and its grace: nothing more is accepted."""
    return _past_deadline(attempt.deadline, now or timezone.now())


def save_answer(
    *,
    attempt: Attempt,
    question_id: int,
    choice_ids: list[int],
    revision: int | None = None,
    now: datetime | None = None,
) -> AttemptAnswer:
    """Record the current picks for one question of an open attempt. Raises QuizError, saving nothing.

    `revision` is the device's number for these picks (quizzes.js keeps answers on the phone and sends them
    again until the server confirms them): picks the server already has, or older than those it has, change
    nothing and are confirmed, even after the attempt closed, so a save sent twice counts once. The server's
    clock rules the deadline: picks that arrive after the deadline and its grace are refused (`time_up`)."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        answer = (
            AttemptAnswer.objects.filter(attempt=locked, question_id=question_id)
            .select_related("question")
            .only("id", "choice_order", "selected", "answered_at", "revision", "question__kind")
            .first()
        )
        if _holds_revision(answer, revision):
            return answer
        if not locked.is_open:
            if locked.closed_by_deadline and is_expired(locked, now):
                raise QuizError(_("Time is up: this answer came after the time limit."), code="time_up")
            raise QuizError(_("This attempt has already been submitted."), code="attempt_closed")
        expired = is_expired(locked, now)
        if not expired:
            _store_answer(answer, choice_ids, revision, now)
    if expired:
        submit_attempt(attempt=locked, now=now, by_deadline=True)
        raise QuizError(_("Time is up: this answer came after the time limit."), code="time_up")
    return answer


def _holds_revision(answer: AttemptAnswer | None, revision: int | None) -> bool:
    """The stored answer already holds `revision` or a newer one (a repeated or overtaken save)."""
    return (
        answer is not None
        and revision is not None
        and answer.revision is not None
        and answer.revision >= revision
    )


def _store_answer(
    answer: AttemptAnswer | None, choice_ids: list[int], revision: int | None, now: datetime
) -> AttemptAnswer:
    if answer is None:
        raise QuizError(_("This question is not part of your attempt."), code="unknown_question")
    picked = list(dict.fromkeys(choice_ids))
    if not set(picked) <= set(answer.choice_order):
        raise QuizError(_("That choice does not belong to this question."), code="invalid_choice")
    if answer.question.kind != QuestionKind.MULTIPLE and len(picked) > 1:
        raise QuizError(_("Pick only one answer for this question."), code="too_many_choices")
    # Keep the displayed order, whatever order the choices arrived in.
    answer.selected = [cid for cid in answer.choice_order if cid in picked]
    answer.answered_at = now
    answer.revision = revision
    AttemptAnswer.objects.filter(pk=answer.pk).update(
        selected=answer.selected, answered_at=now, revision=revision
    )
    return answer


def question_keys(questions: list[tuple[int, str, int, str]]) -> dict[int, scoring.QuestionKey]:
    """Scoring keys for (id, kind, points, multiple_scoring) rows, in one query for all their choices."""
    ids, correct = defaultdict(set), defaultdict(set)
    rows = Choice.objects.filter(question_id__in=[row[0] for row in questions]).values_list(
        "pk", "question_id", "is_correct"
    )
    for choice_id, question_id, is_correct in rows:
        ids[question_id].add(choice_id)
        if is_correct:
            correct[question_id].add(choice_id)
    return {
        qid: scoring.QuestionKey(
            kind=kind,
            choices=frozenset(ids[qid]),
            correct=frozenset(correct[qid]),
            points=Decimal(points),
            partial=multiple_scoring == MultipleScoring.PARTIAL,
        )
        for qid, kind, points, multiple_scoring in questions
    }


def submit_attempt(
    *, attempt: Attempt, now: datetime | None = None, by_deadline: bool = False
) -> tuple[Attempt, bool]:
    """Score and close an open attempt. Returns (attempt, True) the first time, (attempt, False) after.

    A constant number of queries whatever the number of questions; the signal goes out after commit.
    """
    now = now or timezone.now()
    with transaction.atomic():
        locked = (
            Attempt.objects.select_for_update(of=("self",)).select_related("quiz", "user").get(pk=attempt.pk)
        )
        if not locked.is_open:
            return locked, False
        rows = list(
            AttemptAnswer.objects.filter(attempt=locked).values_list(
                "question_id", "question__kind", "question__points", "question__multiple_scoring", "selected"
            )
        )
        result = scoring.score_attempt(
            question_keys([row[:4] for row in rows]), {row[0]: row[4] for row in rows}
        )
        locked.status = AttemptStatus.SUBMITTED
        locked.submitted_at = now
        # Submitted after the time ran out (by the countdown, the grace period, or the server closing it).
        locked.closed_by_deadline = by_deadline or (locked.deadline is not None and now >= locked.deadline)
        locked.score, locked.max_score, locked.score_percent = result.score, result.max_score, result.percent
        locked.results = {
            str(qid): [str(scored.score), str(scored.max_score)] for qid, scored in result.questions.items()
        }
        locked.passed = scoring.is_passed(result.percent, locked.quiz.pass_mark)
        locked.save(
            update_fields=[
                "status",
                "submitted_at",
                "closed_by_deadline",
                "score",
                "max_score",
                "score_percent",
                "passed",
                "results",
            ]
        )
        transaction.on_commit(lambda: _announce(locked))
    return locked, True


def _announce(attempt: Attempt) -> None:
    attempt_submitted.send(
        sender=Attempt,
        attempt=attempt,
        user=attempt.user,
        quiz=attempt.quiz,
        passed=attempt.passed,
        score_percent=attempt.score_percent,
    )


def close_expired_attempts(*, quiz: Quiz | None = None, user=None, now: datetime | None = None) -> int:
    """Submit every open attempt whose time ran out, with the answers saved in time. Returns how many."""
    now = now or timezone.now()
    expired = Attempt.objects.filter(status=AttemptStatus.IN_PROGRESS, deadline__lt=now - deadline_grace())
    if quiz is not None:
        expired = expired.filter(quiz=quiz)
    if user is not None:
        expired = expired.filter(user=user)
    closed = 0
    for attempt in expired.only("pk"):
        closed += submit_attempt(attempt=attempt, now=now, by_deadline=True)[1]
    return closed


def question_count(quiz: Quiz) -> int:
    """How many questions an attempt gets; uses the annotation of Quiz.objects.with_question_count()."""
    count = getattr(quiz, "question_count", None)
    if count is None:
        count = Quiz.objects.with_question_count().values_list("question_count", flat=True).get(pk=quiz.pk)
    return count
