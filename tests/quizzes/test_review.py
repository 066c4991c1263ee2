"""Quizzes and questions go through the officers' review: a trainer's change is a draft until an officer
publishes it, participants only ever take and are scored on the published version, and no pass mark below
the floor is ever saved."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from quizzes import services
from quizzes.models import Question, Quiz

from .conftest import correct_ids, in_a_course, make_quiz, take

pytestmark = pytest.mark.django_db


def _quiz_form(quiz: Quiz, **changes) -> dict:
    data = {
        "title": quiz.title,
        "instructions": rich_text(quiz.instructions),
        "fixed_questions": inline_formset(
            [{"id": link.pk, "question": link.question_id} for link in quiz.fixed_questions.all()],
            initial=quiz.fixed_questions.count(),
        ),
        "draw_rules": inline_formset([]),
        "pass_mark": quiz.pass_mark,
        "max_attempts": quiz.max_attempts,
        "grading_method": quiz.grading_method,
        "review_show_score": "on",
        "review_show_correctness": "on",
    }
    data.update(changes)
    return nested_form_data(data)


def _question_form(question: Question, *, text: str, correct: str) -> dict:
    return nested_form_data(
        {
            "bank": question.bank_id,
            "kind": question.kind,
            "scenario": rich_text(question.scenario),
            "text": text,
            "multiple_scoring": question.multiple_scoring,
            "points": question.points,
            "explanation": rich_text(question.explanation),
            "tags": ", ".join(question.tags.names()),
            "choices": inline_formset(
                [
                    {
                        "id": choice.pk,
                        "text": choice.text,
                        "is_correct": choice.text == correct,
                        "feedback": "",
                    }
                    for choice in question.choices.all()
                ],
                initial=question.choices.count(),
                min=2,
            ),
        }
    )


def _edit_url(obj) -> str:
    return reverse(f"wagtailsnippets_quizzes_{obj._meta.model_name}:edit", args=[obj.pk])


def _half_right(participant, quiz, questions):
    """Two of four questions right: 50%."""
    return take(participant, quiz, right={questions[0].pk, questions[1].pk})


def test_quizzes_and_questions_share_the_course_review_and_only_officers_publish(trainer, officer):
    assert Quiz.get_default_workflow().name == "Tinjauan kursus"
    assert Question.get_default_workflow().name == "Tinjauan kursus"
    # Publishing, unpublishing and deleting are the officers'; trainers write and submit.
    for codename in ("publish_quiz", "publish_question", "delete_quiz", "delete_question"):
        assert officer.has_perm(f"quizzes.{codename}")
        assert not trainer.has_perm(f"quizzes.{codename}")
    assert trainer.has_perm("quizzes.change_quiz") and trainer.has_perm("quizzes.add_question")


def test_a_trainers_lower_pass_mark_waits_for_an_officer(
    client, trainer, officer, participant, quiz, questions
):
    in_a_course(quiz, participant)
    client.force_login(trainer)
    edit = client.get(_edit_url(quiz)).content.decode()
    assert 'name="action-submit"' in edit and 'name="action-publish"' not in edit

    # Trying to publish directly changes nothing live; submitting sends it to review.
    client.post(_edit_url(quiz), {**_quiz_form(quiz, pass_mark=50), "action-publish": "1"})
    response = client.post(_edit_url(quiz), {**_quiz_form(quiz, pass_mark=50), "action-submit": "1"})
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert quiz.pass_mark == 70 and quiz.live and quiz.has_unpublished_changes
    assert quiz.latest_revision.as_object().pass_mark == 50
    assert quiz.workflow_in_progress

    # Participants are still scored by the published pass mark.
    assert not _half_right(participant, quiz, questions).passed

    # The officer approves: the pass mark is live, and the next attempt is scored by it.
    client.force_login(officer)
    task_state = WorkflowState.objects.for_instance(quiz).get().current_task_state
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:workflow_action", args=[quiz.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code == 302
    quiz.refresh_from_db()
    assert quiz.pass_mark == 50 and not quiz.has_unpublished_changes
    assert quiz.fixed_questions.count() == 4
    assert _half_right(participant, quiz, questions).passed


def test_a_trainer_cannot_approve_their_own_change(client, trainer, quiz):
    client.force_login(trainer)
    client.post(_edit_url(quiz), {**_quiz_form(quiz, pass_mark=55), "action-submit": "1"})
    task_state = WorkflowState.objects.for_instance(quiz).get().current_task_state
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:workflow_action", args=[quiz.pk, "approve", task_state.pk])
    )
    assert response.status_code in {302, 403}
    quiz.refresh_from_db()
    assert quiz.pass_mark == 70


def test_a_trainers_draft_question_is_not_what_participants_see_or_are_scored_on(
    client, trainer, member_client, participant, quiz, questions
):
    in_a_course(quiz, participant)
    question = questions[0]
    old_right = correct_ids(question)
    client.force_login(trainer)
    response = client.post(
        _edit_url(question),
        {**_question_form(question, text="Teks rancangan yang belum disetujui?", correct="Hanya orang tua")},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.text == "Siapa yang dapat melapor kekerasan terhadap anak?"
    assert question.has_unpublished_changes
    assert correct_ids(question) == old_right  # the choices' rows are still the published ones
    draft = Question.objects.get(pk=question.pk).latest_revision.as_object()
    assert [c.text for c in draft.choices.all() if c.is_correct] == ["Hanya orang tua"]

    member_client.post(reverse("quizzes:start", args=[quiz.pk]))
    attempt = participant.quiz_attempts.get()
    position = attempt.answers.get(question=question).position
    page = member_client.get(reverse("quizzes:question", args=[attempt.pk, position])).content.decode()
    assert "Siapa yang dapat melapor kekerasan terhadap anak?" in page
    assert "Teks rancangan" not in page
    services.save_answer(attempt=attempt, question_id=question.pk, choice_ids=old_right)
    attempt, _first = services.submit_attempt(attempt=attempt)
    assert attempt.results[str(question.pk)][0] == "1.000"


def test_a_question_never_published_is_not_drawn(participant, quiz, questions):
    draft = questions[3]
    Question.objects.filter(pk=draft.pk).update(live=False)
    attempt = services.start_attempt(user=participant, quiz=quiz)
    assert draft.pk not in set(attempt.answers.values_list("question_id", flat=True))
    assert attempt.answers.count() == 3


def test_a_new_quiz_from_a_trainer_is_a_draft_nobody_can_take(client, trainer, participant, questions):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        nested_form_data(
            {
                "title": "Kuis baru",
                "instructions": rich_text(""),
                "fixed_questions": inline_formset([{"question": questions[0].pk}]),
                "draw_rules": inline_formset([]),
                "pass_mark": 70,
                "max_attempts": 0,
                "grading_method": "highest",
            }
        ),
    )
    assert response.status_code == 302
    quiz = Quiz.objects.get(title="Kuis baru")
    assert not quiz.live
    client.force_login(participant)
    assert client.get(reverse("quizzes:intro", args=[quiz.pk])).status_code == 404
    assert client.post(reverse("quizzes:start", args=[quiz.pk])).status_code == 404


@pytest.mark.parametrize("role_fixture", ["trainer", "officer"])
def test_a_pass_mark_below_the_floor_is_refused_on_the_form(client, request, role_fixture, quiz):
    client.force_login(request.getfixturevalue(role_fixture))
    for action in ("action-save", "action-submit", "action-publish"):
        response = client.post(_edit_url(quiz), {**_quiz_form(quiz, pass_mark=0), action: "1"})
        assert response.status_code == 200
        assert "Nilai lulus paling sedikit 50%" in response.content.decode()
    quiz.refresh_from_db()
    assert quiz.pass_mark == 70 and not quiz.has_unpublished_changes


def test_no_path_saves_a_pass_mark_below_the_floor(quiz):
    quiz.pass_mark = 49
    with translation.override("id"), pytest.raises(ValidationError, match="paling sedikit 50%"):
        quiz.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        quiz.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_quiz(pass_mark=10)
    # Publishing a revision that somehow holds one (made outside the admin) fails too.
    revision = quiz.save_revision(clean=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        revision.publish()
    assert Quiz.objects.get(pk=quiz.pk).pass_mark == 70


@pytest.fixture
def member_client(participant):
    from django.test import Client

    client = Client()
    client.force_login(participant)
    return client


def test_the_migration_keeps_existing_quizzes_and_questions_live(quiz, questions):
    """Rows from before drafts existed become the published version, so participants keep taking them."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0006_existing_quizzes_live_officers_publish")
    Quiz.objects.update(live=False, first_published_at=None)
    Question.objects.update(live=False, first_published_at=None)
    migration.existing_stay_live(apps, None)
    assert list(Quiz.objects.values_list("live", flat=True)) == [True]
    assert set(Question.objects.values_list("live", flat=True)) == {True}
    assert not Quiz.objects.filter(first_published_at__isnull=True).exists()


def test_a_draft_that_drops_questions_leaves_the_live_quiz_whole(
    client, trainer, participant, quiz, questions
):
    """The quiz's inline rows (fixed questions) stay the published ones while a draft waits for review."""
    in_a_course(quiz, participant)
    links = list(quiz.fixed_questions.all())
    client.force_login(trainer)
    kept = [{"id": links[0].pk, "question": links[0].question_id}]
    dropped = [{"id": link.pk, "question": link.question_id, "DELETE": "on"} for link in links[1:]]
    form = _quiz_form(quiz, fixed_questions=inline_formset(kept + dropped, initial=len(links)))
    assert client.post(_edit_url(quiz), {**form, "action-submit": "1"}).status_code == 302
    quiz = Quiz.objects.get(pk=quiz.pk)
    assert len(quiz.latest_revision.as_object().fixed_questions.all()) == 1
    assert quiz.fixed_questions.count() == 4
    attempt = services.start_attempt(user=participant, quiz=quiz)
    assert attempt.answers.count() == 4
