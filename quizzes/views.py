"""Participant pages: intro, one question per page, finish, result. Thin: the work is in services.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from people.decorators import profile_required

from . import queries, services
from .choices import AttemptStatus
from .models import Attempt, Quiz
from .review import build_review
from .services import QuizError
from .signals import result_next_step_requested


def _safe_next(request, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(value, {request.get_host()}, request.is_secure()):
        return value
    return ""


def _own_attempt(request, attempt_id) -> Attempt:
    """Only the participant who started an attempt may see it; anyone else gets a 404."""
    return get_object_or_404(Attempt.objects.select_related("quiz"), pk=attempt_id, user=request.user)


def _bad_request(request, message: str, *, back_url: str = ""):
    return render(request, "quizzes/error.html", {"message": message, "back_url": back_url}, status=400)


def _refused(request, quiz: Quiz, context: str, *, as_json: bool = False):
    """None when the participant may take this quiz here; otherwise the answer that says why not, and sends
    them where they can (the course page, like a module they may not open yet)."""
    refusal = services.access_refusal(user=request.user, quiz=quiz, context=context, request=request)
    if refusal is None:
        return None
    if as_json:
        payload = {"saved": False, "code": "not_allowed", "error": refusal.message}
        if refusal.url:
            payload["redirect"] = refusal.url
        return JsonResponse(payload, status=403)
    if refusal.url:
        messages.info(request, refusal.message)
        return redirect(refusal.url)
    return render(request, "quizzes/error.html", {"message": refusal.message, "back_url": "/"}, status=403)


def _parse_answer(request) -> tuple[int, list[int], int | None]:
    """(question id, choice ids, the device's revision of the picks or None for a form without one)."""
    try:
        question_id = int(request.POST["question"])
        choice_ids = [int(value) for value in request.POST.getlist("choice")]
        revision = int(request.POST["revision"]) if request.POST.get("revision") else None
    except (KeyError, ValueError) as error:
        raise QuizError(
            _("The answer form was incomplete or damaged. Please try again."), code="malformed"
        ) from error
    return question_id, choice_ids, revision


@login_required
def intro(request, pk: int):
    quiz = get_object_or_404(Quiz.objects.with_question_count(), pk=pk, live=True)
    token = request.GET.get("konteks", "")
    try:
        context = services.read_context(token)
    except QuizError as error:
        return _bad_request(request, str(error))
    if refused := _refused(request, quiz, context):
        return refused
    result = services.result_for(user=request.user, quiz=quiz, context=context)
    past = Attempt.objects.filter(
        user=request.user, quiz=quiz, context=context, status=AttemptStatus.SUBMITTED
    )
    return render(
        request,
        "quizzes/quiz_intro.html",
        {
            "quiz": quiz,
            "result": result,
            "attempts_left": services.attempts_left(quiz, result),
            "past_attempts": past.order_by("number"),
            "next": _safe_next(request, request.GET.get("next")),
            "context_token": token,
        },
    )


@require_http_methods(["GET", "POST"])
@profile_required
def start(request, pk: int):
    quiz = get_object_or_404(Quiz, pk=pk, live=True)
    if request.method == "GET":
        # Where profile_required sends a participant back after completing the profile: the intro page,
        # so starting stays a deliberate POST.
        return redirect(services.quiz_url(quiz=quiz, next_url=_safe_next(request, request.GET.get("next"))))
    next_url = _safe_next(request, request.POST.get("next"))
    try:
        context = services.read_context(request.POST.get("konteks", ""))
    except QuizError as error:
        return _bad_request(request, str(error))
    if refused := _refused(request, quiz, context):
        return refused
    try:
        attempt = services.start_attempt(user=request.user, quiz=quiz, context=context, return_url=next_url)
    except QuizError as error:
        messages.error(request, str(error))
        return redirect(services.quiz_url(quiz=quiz, context=context, next_url=next_url))
    return redirect("quizzes:question", attempt.pk, queries.first_unanswered_position(attempt))


def _go_after_save(attempt: Attempt, action: str, position: int, total: int):
    if action == "finish":
        return redirect("quizzes:finish", attempt.pk)
    if action == "prev":
        return redirect("quizzes:question", attempt.pk, max(position - 1, 1))
    if action.startswith("goto-") and action[5:].isdigit():
        return redirect("quizzes:question", attempt.pk, min(max(int(action[5:]), 1), total))
    if position >= total:
        return redirect("quizzes:finish", attempt.pk)
    return redirect("quizzes:question", attempt.pk, position + 1)


def _time_up_message() -> str:
    return _("Time is up. Your attempt was submitted with the answers saved in time.")


def _closed_redirect(request, attempt: Attempt):
    """A closed attempt goes to its result. One whose time ran out is scored on the participant's next POST;
    reading it (GET) only says so, with the button that scores it."""
    if attempt.is_open and services.is_expired(attempt):
        if request.method != "POST":
            return render(request, "quizzes/attempt_time_up.html", {"attempt": attempt, "quiz": attempt.quiz})
        services.submit_attempt(attempt=attempt, by_deadline=True)
        messages.warning(request, _time_up_message())
        return redirect("quizzes:result", attempt.pk)
    if not attempt.is_open:
        return redirect("quizzes:result", attempt.pk)
    return None


@require_http_methods(["GET", "POST"])
@login_required
def question(request, attempt_id, position: int):
    attempt = _own_attempt(request, attempt_id)
    if refused := _refused(request, attempt.quiz, attempt.context):
        return refused
    if closed := _closed_redirect(request, attempt):
        return closed
    error, status = "", 200
    if request.method == "POST":
        # Without JavaScript each question posts here: a saved answer only needs the attempt's positions to go
        # on; the whole attempt is loaded only to show a page.
        known = queries.positions(attempt)
        if position not in known:
            return redirect("quizzes:question", attempt.pk, 1)
        try:
            question_id, choice_ids, revision = _parse_answer(request)
            services.save_answer(
                attempt=attempt, question_id=question_id, choice_ids=choice_ids, revision=revision
            )
        except QuizError as failure:
            if failure.code in {"time_up", "attempt_closed"}:
                messages.warning(request, str(failure))
                return redirect("quizzes:result", attempt.pk)
            error, status = str(failure), 400
        else:
            return _go_after_save(attempt, request.POST.get("action", "next"), position, len(known))
    sheets = queries.attempt_sheets(attempt)
    sheet = next((sheet for sheet in sheets if sheet.position == position), None)
    if sheet is None:
        return redirect("quizzes:question", attempt.pk, 1)
    return render(
        request,
        "quizzes/attempt_question.html",
        {"attempt": attempt, "quiz": attempt.quiz, "sheet": sheet, "sheets": sheets, "error": error},
        status=status,
    )


@require_POST
@login_required
def save(request, attempt_id):
    """The autosave endpoint for quizzes.js: one question's picks, answered with JSON. The script keeps the
    picks on the device and sends them again until this confirms them; a repeated save counts once."""
    attempt = _own_attempt(request, attempt_id)
    if refused := _refused(request, attempt.quiz, attempt.context, as_json=True):
        return refused
    try:
        question_id, choice_ids, revision = _parse_answer(request)
        services.save_answer(
            attempt=attempt, question_id=question_id, choice_ids=choice_ids, revision=revision
        )
    except QuizError as error:
        payload = {"saved": False, "code": error.code, "error": str(error)}
        if error.code in {"time_up", "attempt_closed"}:
            payload["redirect"] = reverse("quizzes:result", args=[attempt.pk])
        return JsonResponse(payload, status=400)
    answered, total = queries.progress(attempt)
    return JsonResponse(
        {"saved": True, "question": question_id, "revision": revision, "answered": answered, "total": total}
    )


@require_POST
@login_required
def submit(request, attempt_id):
    """Submitting from quizzes.js, answered with JSON: sent once the connection is back when the participant
    submitted offline. Submitting twice records one submission; after the deadline and its grace the attempt
    is scored with the answers saved in time, and the answer says so."""
    attempt = _own_attempt(request, attempt_id)
    if refused := _refused(request, attempt.quiz, attempt.context, as_json=True):
        return refused
    attempt, first_time = services.submit_attempt(attempt=attempt)
    message = ""
    if attempt.closed_by_deadline:
        message = _time_up_message()
        if first_time:
            messages.warning(request, message)
    return JsonResponse(
        {
            "submitted": True,
            "first_time": first_time,
            "closed_by_deadline": attempt.closed_by_deadline,
            "message": message,
            "redirect": reverse("quizzes:result", args=[attempt.pk]),
        }
    )


@require_http_methods(["GET", "POST"])
@login_required
def finish(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if refused := _refused(request, attempt.quiz, attempt.context):
        return refused
    if request.method == "POST":
        attempt, first_time = services.submit_attempt(attempt=attempt)
        if first_time and attempt.closed_by_deadline:
            messages.warning(request, _time_up_message())
        elif not first_time:
            messages.info(request, _("This attempt had already been submitted; it was recorded once."))
        return redirect("quizzes:result", attempt.pk)
    if closed := _closed_redirect(request, attempt):
        return closed
    overview = queries.attempt_overview(attempt)
    return render(
        request,
        "quizzes/attempt_finish.html",
        {"attempt": attempt, "quiz": attempt.quiz, "overview": overview},
    )


@login_required
def result(request, attempt_id):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        if closed := _closed_redirect(request, attempt):
            return closed
        return redirect("quizzes:question", attempt.pk, queries.first_unanswered_position(attempt))
    quiz = attempt.quiz
    summary = services.result_for(user=request.user, quiz=quiz, context=attempt.context)
    answers = result_next_step_requested.send(
        sender=Attempt, attempt=attempt, user=request.user, request=request
    )
    review = build_review(queries.review_rows(attempt), quiz)
    attempts_left = services.attempts_left(quiz, summary)
    return render(
        request,
        "quizzes/attempt_result.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "summary": summary,
            "attempts_left": attempts_left,
            "review": review,
            # A failed attempt the participant sees as failed: trying again is the first step offered.
            "retry_first": bool(
                review["policy"].score
                and not attempt.passed
                and attempts_left != 0
                and not summary.open_attempt_id
            ),
            "next_step": next((step for _receiver, step in answers if step is not None), None),
            "back_url": _safe_next(request, attempt.return_url),
            "context_token": services.sign_context(attempt.context),
            "overview_url": services.quiz_url(
                quiz=quiz, context=attempt.context, next_url=_safe_next(request, attempt.return_url)
            ),
        },
    )
