"""The participant pages: who may see what, one question per page, bad input, double submit, time limit."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from freezegun import freeze_time

from people.models import Profile
from quizzes import services
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, AttemptAnswer
from tests.conftest import make_profile

from .conftest import correct_ids, in_a_course, make_question, make_quiz, take, wrong_ids

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _quiz_in_a_course(quiz, participant):
    """The participant takes the quiz where participants find it: in a course they are enrolled in."""
    return in_a_course(quiz, participant)


@pytest.fixture
def member(client, participant):
    client.force_login(participant)
    return client


def _start(client, quiz, **data):
    return client.post(reverse("quizzes:start", args=[quiz.pk]), data)


def _open_attempt(user, quiz):
    return Attempt.objects.get(user=user, quiz=quiz, status=AttemptStatus.IN_PROGRESS)


def test_pages_require_login(client, quiz):
    response = client.get(reverse("quizzes:intro", args=[quiz.pk]))
    assert response.status_code == 302 and "/akun/login/" in response.url
    response = _start(client, quiz)
    assert response.status_code == 302 and "/akun/login/" in response.url
    assert not Attempt.objects.exists()


def test_starting_requires_a_complete_profile(client, quiz, participant):
    Profile.objects.filter(user=participant).delete()
    client.force_login(participant)
    response = _start(client, quiz)
    assert response.status_code == 302 and response.url.startswith(reverse("people:profile"))
    assert not Attempt.objects.exists()
    # Once the profile is complete, the way back lands on the intro page, without starting anything.
    make_profile(participant)
    back = client.get(reverse("quizzes:start", args=[quiz.pk]))
    assert back.url == reverse("quizzes:intro", args=[quiz.pk])
    assert not Attempt.objects.exists()


def test_intro_shows_questions_time_limit_attempts_left_and_best_score(member, participant, quiz, questions):
    quiz.max_attempts = 3
    quiz.time_limit_minutes = 15
    quiz.save()
    take(participant, quiz, right={questions[0].pk})
    take(participant, quiz, right={q.pk for q in questions[:3]})
    html = member.get(reverse("quizzes:intro", args=[quiz.pk])).content.decode()
    assert "Kuis Pencegahan TPPO" in html
    assert "4 soal" in html
    assert "Batas waktu: 15 menit" in html
    assert "Sisa kesempatan: 1" in html
    assert "Nilai terbaik sejauh ini: 75%" in html
    assert "Lulus" in html


def test_intro_keeps_a_safe_next_and_drops_a_foreign_one(member, quiz):
    html = member.get(reverse("quizzes:intro", args=[quiz.pk]), {"next": "/kursus/modul-1/"}).content.decode()
    assert 'value="/kursus/modul-1/"' in html
    html = member.get(
        reverse("quizzes:intro", args=[quiz.pk]), {"next": "https://jahat.example/"}
    ).content.decode()
    assert 'value="https://jahat.example/"' not in html
    assert 'href="https://jahat.example/"' not in html


def test_a_forged_context_is_refused(member, quiz):
    response = member.get(reverse("quizzes:intro", args=[quiz.pk]), {"konteks": "workshop:1:pre"})
    assert response.status_code == 400
    assert "Tautan kuis ini rusak" in response.content.decode()
    response = _start(member, quiz, konteks="workshop:1:pre")
    assert response.status_code == 400
    assert not Attempt.objects.exists()


def _shown(html: str) -> str:
    """The page without its inert <template> elements: what a browser without JavaScript shows."""
    return re.sub(r"<template\b.*?</template>", "", html, flags=re.S)


def test_start_then_one_question_per_page(member, participant, quiz):
    response = _start(member, quiz, next="/kursus/modul-1/")
    attempt = _open_attempt(participant, quiz)
    assert response.url == reverse("quizzes:question", args=[attempt.pk, 1])
    assert attempt.return_url == "/kursus/modul-1/"
    html = member.get(response.url).content.decode()
    assert "Soal 1 dari 4" in _shown(html)
    assert "Siapa yang dapat melapor" in _shown(html)
    assert "Mana tanda-tanda TPPO" not in _shown(html)
    # The other questions come with the page, inert until quizzes.js shows one: going on needs no connection.
    assert "Mana tanda-tanda TPPO" in html and "Soal 4 dari 4" in html


def test_the_taking_page_never_reveals_the_answers(member, participant, quiz, questions):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    secrets = ["Bukan hanya orang tua.", "Tepat.", "UU 35/2014", "is_correct", "is-correct", "checked"]
    for position in range(1, 5):
        html = member.get(reverse("quizzes:question", args=[attempt.pk, position])).content.decode()
        for secret in secrets:
            assert secret not in html, (position, secret)
        # The choices appear in the order stored for the attempt, not grouped by correctness.
        answer = AttemptAnswer.objects.get(attempt=attempt, position=position)
        positions = [html.index(f'value="{cid}"') for cid in answer.choice_order]
        assert positions == sorted(positions)


def test_answering_through_the_form_without_javascript(member, participant, quiz, questions):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    url = reverse("quizzes:question", args=[attempt.pk, 2])
    response = member.post(
        url, {"question": questions[1].pk, "choice": correct_ids(questions[1]), "action": "next"}
    )
    assert response.url == reverse("quizzes:question", args=[attempt.pk, 3])
    response = member.post(
        url, {"question": questions[1].pk, "choice": correct_ids(questions[1]), "action": "prev"}
    )
    assert response.url == reverse("quizzes:question", args=[attempt.pk, 1])
    last = reverse("quizzes:question", args=[attempt.pk, 4])
    response = member.post(last, {"question": questions[3].pk, "action": "next"})
    assert response.url == reverse("quizzes:finish", args=[attempt.pk])
    html = member.get(url).content.decode()
    for cid in correct_ids(questions[1]):
        assert f'value="{cid}" checked' in html


def test_a_choice_from_another_question_is_a_400_and_loses_nothing(member, participant, quiz, questions):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0]))
    url = reverse("quizzes:question", args=[attempt.pk, 2])
    response = member.post(url, {"question": questions[1].pk, "choice": correct_ids(questions[0])})
    assert response.status_code == 400
    assert "Pilihan itu bukan milik soal ini" in response.content.decode()
    assert AttemptAnswer.objects.get(attempt=attempt, question=questions[1]).selected == []
    assert AttemptAnswer.objects.get(attempt=attempt, question=questions[0]).selected == correct_ids(
        questions[0]
    )


def test_a_choice_from_another_quiz_is_refused(member, participant, quiz, questions):
    other = make_question(choices=[("A", True), ("B", False)])
    make_quiz(questions=[other])
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    response = member.post(
        reverse("quizzes:save", args=[attempt.pk]),
        {"question": questions[0].pk, "choice": correct_ids(other)},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_choice"
    response = member.post(
        reverse("quizzes:save", args=[attempt.pk]), {"question": other.pk, "choice": correct_ids(other)}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "unknown_question"


@pytest.mark.parametrize("data", [{}, {"question": "x"}, {"question": "1", "choice": "abc"}])
def test_a_malformed_post_is_a_400_with_a_message(member, participant, quiz, data):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    response = member.post(reverse("quizzes:save", args=[attempt.pk]), data)
    assert response.status_code == 400
    assert response.json() == {
        "saved": False,
        "code": "malformed",
        "error": "Formulir jawaban tidak lengkap atau rusak. Silakan coba lagi.",
    }
    page = member.post(reverse("quizzes:question", args=[attempt.pk, 1]), data)
    assert page.status_code == 400
    assert "Formulir jawaban tidak lengkap atau rusak" in page.content.decode()


def test_autosave_endpoint_reports_progress(member, participant, quiz, questions):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    response = member.post(
        reverse("quizzes:save", args=[attempt.pk]),
        {"question": questions[2].pk, "choice": correct_ids(questions[2])},
    )
    assert response.json() == {
        "saved": True,
        "question": questions[2].pk,
        "revision": None,
        "answered": 1,
        "total": 4,
    }
    assert member.get(reverse("quizzes:save", args=[attempt.pk])).status_code == 405


def test_another_participants_attempt_is_a_404(client, participant, other_participant, quiz, questions):
    attempt = services.start_attempt(user=participant, quiz=quiz)
    client.force_login(other_participant)
    urls = [
        reverse("quizzes:question", args=[attempt.pk, 1]),
        reverse("quizzes:finish", args=[attempt.pk]),
        reverse("quizzes:result", args=[attempt.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404
    response = client.post(
        reverse("quizzes:save", args=[attempt.pk]),
        {"question": questions[0].pk, "choice": correct_ids(questions[0])},
    )
    assert response.status_code == 404
    assert client.post(reverse("quizzes:finish", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert AttemptAnswer.objects.get(attempt=attempt, question=questions[0]).selected == []


def test_answering_a_closed_attempt_is_refused(member, participant, quiz, questions):
    attempt = take(participant, quiz, right=set())
    response = member.post(
        reverse("quizzes:save", args=[attempt.pk]),
        {"question": questions[0].pk, "choice": correct_ids(questions[0])},
    )
    assert response.status_code == 400
    assert response.json()["redirect"] == reverse("quizzes:result", args=[attempt.pk])
    assert (
        AttemptAnswer.objects.get(attempt=attempt, question=questions[0]).selected
        == wrong_ids(questions[0])[:1]
    )
    page = member.get(reverse("quizzes:question", args=[attempt.pk, 1]))
    assert page.url == reverse("quizzes:result", args=[attempt.pk])


def test_submitting_twice_records_one_submission(
    member, participant, quiz, questions, django_capture_on_commit_callbacks
):
    from quizzes.signals import attempt_submitted

    calls = []
    attempt_submitted.connect(lambda sender, **kw: calls.append(kw), weak=False, dispatch_uid="double")
    try:
        _start(member, quiz)
        attempt = _open_attempt(participant, quiz)
        with django_capture_on_commit_callbacks(execute=True):
            first = member.post(reverse("quizzes:finish", args=[attempt.pk]))
            second = member.post(reverse("quizzes:finish", args=[attempt.pk]), follow=True)
    finally:
        attempt_submitted.disconnect(dispatch_uid="double")
    assert first.url == reverse("quizzes:result", args=[attempt.pk])
    assert "hanya dicatat satu kali" in second.content.decode()
    assert len(calls) == 1
    assert Attempt.objects.filter(user=participant).count() == 1


def test_finish_page_lists_unanswered_questions(member, participant, quiz, questions):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0]))
    html = member.get(reverse("quizzes:finish", args=[attempt.pk])).content.decode()
    assert "Anda sudah menjawab 1 dari 4 soal." in html
    assert "3 soal belum dijawab" in html


def test_resume_goes_to_the_first_unanswered_question(client, participant, quiz, questions):
    client.force_login(participant)
    _start(client, quiz)
    attempt = _open_attempt(participant, quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0]))
    services.save_answer(attempt=attempt, question_id=questions[1].pk, choice_ids=correct_ids(questions[1]))
    # Another device: a fresh session for the same participant.
    client.logout()
    client.force_login(participant)
    intro = client.get(reverse("quizzes:intro", args=[quiz.pk])).content.decode()
    assert "Lanjutkan percobaan Anda" in intro
    response = _start(client, quiz)
    assert response.url == reverse("quizzes:question", args=[attempt.pk, 3])
    assert Attempt.objects.count() == 1
    # An open attempt's result page sends the participant back to the questions.
    assert client.get(reverse("quizzes:result", args=[attempt.pk])).url == response.url


def test_no_attempts_left_shows_a_message_and_records_nothing(member, participant, quiz):
    quiz.max_attempts = 1
    quiz.save()
    take(participant, quiz)
    response = _start(member, quiz)
    assert response.status_code == 302
    page = member.get(response.url).content.decode()
    assert "Kesempatan mengerjakan kuis ini sudah habis." in page
    assert Attempt.objects.filter(user=participant).count() == 1


def test_time_limit_is_enforced_on_the_server(member, participant, quiz, questions):
    quiz.time_limit_minutes = 1
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        _start(member, quiz)
        attempt = _open_attempt(participant, quiz)
        html = member.get(reverse("quizzes:question", args=[attempt.pk, 1])).content.decode()
        assert 'data-remaining="60"' in html
        member.post(
            reverse("quizzes:save", args=[attempt.pk]),
            {"question": questions[0].pk, "choice": correct_ids(questions[0])},
        )
        clock.tick(timedelta(minutes=2))
        late = member.post(
            reverse("quizzes:save", args=[attempt.pk]),
            {"question": questions[1].pk, "choice": correct_ids(questions[1])},
        )
        assert late.status_code == 400 and late.json()["code"] == "time_up"
        page = member.get(reverse("quizzes:question", args=[attempt.pk, 2]))
    assert page.url == reverse("quizzes:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.closed_by_deadline and attempt.score == 1
    assert AttemptAnswer.objects.get(attempt=attempt, question=questions[1]).selected == []


def test_result_page_has_a_back_link_to_where_the_participant_came_from(member, participant, quiz):
    _start(member, quiz, next="/kursus/modul-1/")
    attempt = _open_attempt(participant, quiz)
    member.post(reverse("quizzes:finish", args=[attempt.pk]))
    html = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert 'href="/kursus/modul-1/"' in html
    assert "Kembali ke pelajaran" in html


# --- Review policy -------------------------------------------------------------------------------------

POLICIES = {
    "score": ("review_show_score", ['data-testid="attempt-score"', "poin; nilai lulus 70%"]),
    "correctness": ("review_show_correctness", ["badge--ok", "badge--bad", "jawaban Anda, benar"]),
    "feedback": ("review_show_feedback", ["Bukan hanya orang tua.", "UU 35/2014"]),
    "correct_answers": ("review_show_correct_answers", ["Jawaban yang benar"]),
}


@pytest.mark.parametrize("shown", list(POLICIES))
def test_review_shows_only_what_the_quiz_allows(member, participant, quiz, questions, shown):
    for name, (field, _markers) in POLICIES.items():
        setattr(quiz, field, name == shown)
    quiz.save()
    attempt = services.start_attempt(user=participant, quiz=quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=wrong_ids(questions[0]))
    services.save_answer(attempt=attempt, question_id=questions[2].pk, choice_ids=correct_ids(questions[2]))
    services.submit_attempt(attempt=attempt)
    html = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert "Hanya orang tua" in html  # the participant's own answer is always shown
    for name, (_field, markers) in POLICIES.items():
        for marker in markers:
            expected = name == shown
            assert (marker in html) is expected, (name, marker)
    if shown != "score":
        assert "Jawaban Anda sudah terkirim." in html
        assert "25%" not in html


def test_the_countdown_submitting_at_the_deadline_counts_the_saved_answers(
    member, participant, quiz, questions
):
    quiz.time_limit_minutes = 5
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        _start(member, quiz)
        attempt = _open_attempt(participant, quiz)
        services.save_answer(
            attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0])
        )
        clock.tick(timedelta(minutes=5, seconds=2))  # the page's timer posts the finish form
        response = member.post(reverse("quizzes:finish", args=[attempt.pk]), follow=True)
    assert "Waktu habis" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline
    assert attempt.score_percent == 25


def test_a_workshop_pre_test_link_keeps_its_own_attempts(member, participant, quiz):
    from tests.workshops.conftest import make_workshop
    from workshops.choices import RegistrationStatus
    from workshops.models import Registration

    quiz.max_attempts = 1
    quiz.save()
    workshop = make_workshop(pre_test=quiz)
    Registration.objects.create(workshop=workshop, user=participant, status=RegistrationStatus.REGISTERED)
    take(participant, quiz)  # taken once already, in a course module
    context = f"workshop:{workshop.pk}:pre"
    url = services.quiz_url(quiz=quiz, context=context, next_url="/lokakarya/3/")
    intro = member.get(url).content.decode()
    assert "Sisa kesempatan: 1" in intro
    token = re.search(r'name="konteks" value="([^"]+)"', intro).group(1)
    response = _start(member, quiz, konteks=token, next="/lokakarya/3/")
    attempt = Attempt.objects.get(user=participant, context=context)
    assert response.url == reverse("quizzes:question", args=[attempt.pk, 1])
    assert attempt.return_url == "/lokakarya/3/"
    assert not services.has_passed(user=participant, quiz=quiz, context=context)
    assert services.has_passed(user=participant, quiz=quiz)


def _expired_attempt(member, participant, quiz, questions, clock):
    quiz.time_limit_minutes = 1
    quiz.save()
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    member.post(
        reverse("quizzes:save", args=[attempt.pk]),
        {"question": questions[0].pk, "choice": correct_ids(questions[0])},
    )
    clock.tick(timedelta(minutes=5))
    return attempt


def test_reading_pages_of_an_expired_attempt_changes_nothing(member, participant, quiz, questions):
    with freeze_time("2025-11-01 08:00:00") as clock:
        attempt = _expired_attempt(member, participant, quiz, questions, clock)
        question = member.get(reverse("quizzes:question", args=[attempt.pk, 2])).content.decode()
        intro = member.get(services.quiz_url(quiz=quiz)).content.decode()
        member.get(reverse("quizzes:result", args=[attempt.pk]))
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.IN_PROGRESS and attempt.score is None
        assert "Waktu habis" in question
        assert "Lihat nilai saya" in intro
        assert "Lanjutkan percobaan" not in intro

        # The participant's next step (a POST) scores it with the answers saved in time.
        response = member.post(reverse("quizzes:finish", args=[attempt.pk]))
    assert response.url == reverse("quizzes:result", args=[attempt.pk])
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline and attempt.score == 1


def test_officers_reports_do_not_close_attempts(client, officer, participant, quiz, questions):
    member_client = type(client)()
    member_client.force_login(participant)
    with freeze_time("2025-11-01 08:00:00") as clock:
        attempt = _expired_attempt(member_client, participant, quiz, questions, clock)
        client.force_login(officer)
        assert client.get(reverse("quizzes_admin:attempts", args=[quiz.pk])).status_code == 200
        assert client.get(reverse("quizzes_admin:item_analysis", args=[quiz.pk])).status_code == 200
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert services.close_expired_attempts(now=attempt.deadline + timedelta(minutes=5)) == 1


def _choice_items(html: str) -> dict[str, str]:
    """Each review choice's text (as it starts) -> the whole text of its list item."""
    items = re.findall(r'<li class="[^"]*">\s*<span class="quiz-review__mark".*?</li>', html, flags=re.S)
    out = {}
    for item in items:
        text = re.sub(r"<[^>]+>", " ", item)
        text = re.sub(r"\s+", " ", text).strip(" ●○✓")
        out[text.split(" (")[0].split(" Jawaban")[0].strip()] = text
    return out


def test_after_a_wrong_answer_the_review_names_the_right_option_in_words(
    member, participant, quiz, questions
):
    # Where the trainer lets the review show the correct answers. Showing only which picks were right keeps
    # the answer key from being passed on between attempts (a trainer's choice, left to them).
    quiz.review_show_correctness, quiz.review_show_correct_answers = True, True
    quiz.save()
    attempt = services.start_attempt(user=participant, quiz=quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=wrong_ids(questions[0]))
    services.submit_attempt(attempt=attempt)
    html = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    choices = _choice_items(html)
    assert "Jawaban yang benar" in choices["Setiap orang"]
    assert "Jawaban yang benar" not in choices["Hanya orang tua"]
    assert "jawaban Anda, tidak benar" in choices["Hanya orang tua"]


def test_a_review_that_hides_the_correct_answers_does_not_name_the_right_option(
    member, participant, quiz, questions
):
    quiz.review_show_correctness, quiz.review_show_correct_answers = True, False
    quiz.save()
    attempt = services.start_attempt(user=participant, quiz=quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=wrong_ids(questions[0]))
    services.submit_attempt(attempt=attempt)
    html = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert "Jawaban yang benar" not in html


@pytest.mark.parametrize(
    ("scoring", "rule"),
    [
        ("all_or_nothing", "Nilai penuh hanya jika Anda memilih semua jawaban yang benar"),
        ("partial", "Setiap jawaban benar yang Anda pilih menambah sebagian nilai"),
    ],
)
def test_a_multiple_response_question_says_how_it_is_scored_while_answering_and_in_the_review(
    member, participant, quiz, questions, scoring, rule
):
    multiple = questions[1]
    multiple.multiple_scoring = scoring
    multiple.save()
    attempt = services.start_attempt(user=participant, quiz=quiz)
    position = next(a.position for a in attempt.answers.all() if a.question_id == multiple.pk)
    html = member.get(reverse("quizzes:question", args=[attempt.pk, position])).content.decode()
    assert rule in html
    services.save_answer(attempt=attempt, question_id=multiple.pk, choice_ids=correct_ids(multiple)[:1])
    services.submit_attempt(attempt=attempt)
    html = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    assert html.count(rule) == 1  # only on the multiple-response question
    single = member.get(reverse("quizzes:question", args=[attempt.pk, 1 if position != 1 else 2]))
    assert 'data-testid="scoring-rule"' not in single.content.decode()


def test_a_score_reads_the_same_on_the_result_and_the_quiz_overview(member, participant, quiz, questions):
    # 1 of 3 right (with a fourth question left out) makes 33.33...%: shown as 33,3 on every page.
    quiz = make_quiz(questions=questions[:3], title="Kuis tiga soal", pass_mark=70)
    in_a_course(quiz, participant)
    attempt = services.start_attempt(user=participant, quiz=quiz)
    services.save_answer(attempt=attempt, question_id=questions[0].pk, choice_ids=correct_ids(questions[0]))
    services.submit_attempt(attempt=attempt)
    result = member.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    overview = member.get(reverse("quizzes:intro", args=[quiz.pk])).content.decode()
    for html in (result, overview):
        assert "33,3%" in html
        assert "33,33" not in html


# --- Sent from the phone once the connection is back (quizzes.js) ---------------------------------------


def test_the_save_endpoint_keeps_the_newest_picks_whatever_order_they_arrive_in(
    member, participant, quiz, questions
):
    _start(member, quiz)
    attempt = _open_attempt(participant, quiz)
    url = reverse("quizzes:save", args=[attempt.pk])
    question = questions[1]
    newer = member.post(url, {"question": question.pk, "choice": correct_ids(question), "revision": "20"})
    again = member.post(url, {"question": question.pk, "choice": correct_ids(question), "revision": "20"})
    older = member.post(url, {"question": question.pk, "choice": wrong_ids(question), "revision": "10"})
    assert [r.json()["saved"] for r in (newer, again, older)] == [True, True, True]
    assert sorted(AttemptAnswer.objects.get(attempt=attempt, question=question).selected) == sorted(
        correct_ids(question)
    )
    assert member.post(url, {"question": question.pk, "revision": "soon"}).json()["code"] == "malformed"


def test_the_submit_endpoint_submits_once_and_answers_json(
    member, participant, quiz, questions, django_capture_on_commit_callbacks
):
    from quizzes.signals import attempt_submitted

    calls = []
    attempt_submitted.connect(lambda sender, **kw: calls.append(kw), weak=False, dispatch_uid="queued")
    try:
        _start(member, quiz)
        attempt = _open_attempt(participant, quiz)
        url = reverse("quizzes:submit", args=[attempt.pk])
        with django_capture_on_commit_callbacks(execute=True):
            first = member.post(url)
            second = member.post(url)  # sent again: its first answer was lost on the way
    finally:
        attempt_submitted.disconnect(dispatch_uid="queued")
    result = reverse("quizzes:result", args=[attempt.pk])
    assert first.json() == {
        "submitted": True,
        "first_time": True,
        "closed_by_deadline": False,
        "message": "",
        "redirect": result,
    }
    assert second.json()["submitted"] is True and second.json()["first_time"] is False
    assert len(calls) == 1
    assert member.get(url).status_code == 405


def test_a_queued_answer_and_submit_after_the_deadline_are_refused_with_a_message(
    member, participant, quiz, questions
):
    quiz.time_limit_minutes = 1
    quiz.save()
    with freeze_time("2025-11-01 08:00:00") as clock:
        _start(member, quiz)
        attempt = _open_attempt(participant, quiz)
        save = reverse("quizzes:save", args=[attempt.pk])
        member.post(save, {"question": questions[0].pk, "choice": correct_ids(questions[0]), "revision": "1"})
        clock.tick(timedelta(minutes=3))
        late = [
            member.post(save, {"question": q.pk, "choice": correct_ids(q), "revision": "2"})
            for q in questions[1:3]
        ]
        submitted = member.post(reverse("quizzes:submit", args=[attempt.pk]))
    for response in late:
        assert response.status_code == 400
        assert response.json()["code"] == "time_up"
        assert response.json()["error"] == "Waktu habis: jawaban ini masuk setelah batas waktu."
    assert submitted.json()["closed_by_deadline"] is True
    assert submitted.json()["message"] == (
        "Waktu habis. Percobaan Anda sudah dikirim dengan jawaban yang tersimpan tepat waktu."
    )
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.score == 1


def test_another_participant_cannot_submit_an_attempt(client, participant, other_participant, quiz):
    client.force_login(participant)
    _start(client, quiz)
    attempt = _open_attempt(participant, quiz)
    client.force_login(other_participant)
    assert client.post(reverse("quizzes:submit", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS


def test_the_question_page_holds_the_whole_attempt_in_the_same_number_of_queries(member, participant, quiz):
    """However many questions an attempt has, the page that carries them all costs the same queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    bigger = make_quiz(questions=[make_question() for _ in range(12)], title="Kuis dua belas soal")
    in_a_course(bigger, participant)
    counts, pages = [], []
    for each in (quiz, bigger):
        _start(member, each)
        url = reverse("quizzes:question", args=[_open_attempt(participant, each).pk, 2])
        member.get(url)  # caches warm (site, session)
        with CaptureQueriesContext(connection) as queries:
            pages.append(member.get(url).content.decode())
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert pages[1].count("<template data-question-template=") == 11
    assert "Soal 12 dari 12" in pages[1]
