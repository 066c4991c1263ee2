"""The trainers' side: question banks and quizzes in the Wagtail admin, reports, and who may reach them."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from taggit.models import Tag
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from people.choices import Role
from quizzes.choices import QuestionKind
from quizzes.models import Question, Quiz

from ..conftest import make_user
from .conftest import take

pytestmark = pytest.mark.django_db

QUIZ_LIST = reverse("wagtailsnippets_quizzes_quiz:list")
QUESTION_ADD = reverse("wagtailsnippets_quizzes_question:add")
BANK_LIST = reverse("wagtailsnippets_quizzes_questionbank:list")


def _question_data(
    bank, *, kind=QuestionKind.SINGLE, choices=(("Setiap orang", True), ("Hanya polisi", False)), **extra
):
    data = {
        "bank": bank.pk,
        "kind": kind,
        "scenario": rich_text(extra.pop("scenario", "")),
        "text": "Siapa yang wajib melapor?",
        "multiple_scoring": "all_or_nothing",
        "points": 1,
        "explanation": rich_text("<p>UU 23/2004 Pasal 15.</p>"),
        "tags": "KDRT, rujukan",
        "choices": inline_formset(
            [{"text": text, "is_correct": correct, "feedback": ""} for text, correct in choices], min=2
        ),
    }
    data.update(extra)
    return nested_form_data(data)


@pytest.mark.parametrize("role_fixture", ["trainer", "officer"])
def test_trainers_and_officers_manage_question_banks_and_quizzes(client, request, role_fixture, bank):
    client.force_login(request.getfixturevalue(role_fixture))
    for url in [QUIZ_LIST, QUESTION_ADD, BANK_LIST, reverse("wagtailsnippets_quizzes_quiz:add")]:
        assert client.get(url).status_code == 200, url
    response = client.post(QUESTION_ADD, _question_data(bank))
    assert response.status_code == 302
    question = Question.objects.get()
    assert sorted(question.tags.names()) == ["KDRT", "rujukan"]
    assert list(question.choices.values_list("text", "is_correct")) == [
        ("Setiap orang", True),
        ("Hanya polisi", False),
    ]

    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        nested_form_data(
            {
                "title": "Kuis KDRT",
                "instructions": rich_text("<p>Jawab dengan jujur.</p>"),
                "fixed_questions": inline_formset([{"question": question.pk}]),
                "draw_rules": inline_formset([{"tag": Tag.objects.get(name="KDRT").pk, "count": 2}]),
                "pass_mark": 80,
                "max_attempts": 2,
                "grading_method": "last",
                "time_limit_minutes": 15,
                "review_show_score": "on",
            }
        ),
    )
    assert response.status_code == 302
    quiz = Quiz.objects.get()
    assert (quiz.pass_mark, quiz.max_attempts, quiz.grading_method, quiz.time_limit_minutes) == (
        80,
        2,
        "last",
        15,
    )
    assert quiz.fixed_questions.count() == 1 and quiz.draw_rules.get().count == 2


@pytest.mark.parametrize(
    ("kind", "choices", "extra", "message"),
    [
        (QuestionKind.SINGLE, (("A", True), ("B", True)), {}, "Tandai tepat satu pilihan"),
        (QuestionKind.MULTIPLE, (("A", False), ("B", False)), {}, "paling sedikit satu pilihan"),
        (
            QuestionKind.TRUE_FALSE,
            (("Benar", True), ("Salah", False), ("Mungkin", False)),
            {},
            "tepat dua pilihan",
        ),
        (QuestionKind.SCENARIO, (("A", True), ("B", False)), {}, "perlu teks kasusnya"),
        (QuestionKind.SINGLE, (("A", True),), {}, "paling sedikit dua pilihan"),
    ],
)
def test_badly_built_questions_are_refused(client, trainer, bank, kind, choices, extra, message):
    client.force_login(trainer)
    response = client.post(QUESTION_ADD, _question_data(bank, kind=kind, choices=choices, **extra))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_a_quiz_needs_questions(client, trainer):
    client.force_login(trainer)
    response = client.post(
        reverse("wagtailsnippets_quizzes_quiz:add"),
        nested_form_data(
            {
                "title": "Kuis kosong",
                "instructions": rich_text(""),
                "fixed_questions": inline_formset([]),
                "draw_rules": inline_formset([]),
                "pass_mark": 70,
                "max_attempts": 0,
                "grading_method": "highest",
            }
        ),
    )
    assert response.status_code == 200
    assert "paling sedikit satu soal tetap" in response.content.decode()
    assert not Quiz.objects.exists()


def test_participants_do_not_reach_the_admin(client, participant, quiz):
    client.force_login(participant)
    for url in [
        QUIZ_LIST,
        QUESTION_ADD,
        reverse("quizzes_admin:attempts", args=[quiz.pk]),
        reverse("quizzes_admin:item_analysis", args=[quiz.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response.url, url


def test_admin_users_without_quiz_permissions_see_no_reports(client, quiz):
    editor = make_user(role=None)
    group = Group.objects.create(name="Hanya admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    for url in [
        reverse("quizzes_admin:attempts", args=[quiz.pk]),
        reverse("quizzes_admin:item_analysis", args=[quiz.pk]),
        QUIZ_LIST,
        QUESTION_ADD,
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home"), url


def test_participant_group_has_no_quiz_permissions():
    assert (
        not Group.objects.get(name=Role.PARTICIPANT.value)
        .permissions.filter(content_type__app_label="quizzes")
        .exists()
    )
    for role in (Role.TRAINER, Role.OFFICER):
        codenames = set(
            Group.objects.get(name=role.value)
            .permissions.filter(content_type__app_label="quizzes")
            .values_list("codename", flat=True)
        )
        assert {"add_question", "change_quiz", "view_questionbank", "view_quiz_reports"} <= codenames


def test_attempts_report_filters_and_exports(
    client, officer, participant, other_participant, quiz, questions
):
    # An officer sees every attempt (a trainer only their own courses': tests/quizzes/test_exports.py).
    take(participant, quiz, right=set())
    take(participant, quiz)
    take(other_participant, quiz, right={questions[0].pk})
    client.force_login(officer)
    url = reverse("quizzes_admin:attempts", args=[quiz.pk])
    html = client.get(url).content.decode()
    assert html.count("Siti Aminah, S.Pd.") == 2
    assert "Budi Santoso" in html
    passed_only = client.get(url, {"passed": "true"}).content.decode()
    assert passed_only.count("Siti Aminah, S.Pd.") == 1 and "Budi Santoso" not in passed_only
    response = client.get(url, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:2] == ["Peserta", "E-mail"]
    assert sorted((row[0], row[4], row[9]) for row in rows[1:]) == [
        ("Budi Santoso", "1", "25.00"),
        ("Siti Aminah, S.Pd.", "1", "0.00"),
        ("Siti Aminah, S.Pd.", "2", "100.00"),
    ]
    xlsx = client.get(url, {"export": "xlsx"})
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_item_analysis_page(client, officer, participant, other_participant, quiz, questions):
    take(participant, quiz)
    take(other_participant, quiz, right={questions[0].pk})
    client.force_login(officer)
    html = client.get(reverse("quizzes_admin:item_analysis", args=[quiz.pk])).content.decode()
    assert "Berdasarkan 2 percobaan yang sudah dikirim." in html
    assert "Mana tanda-tanda TPPO?" in html
    for tag in ["KDRT", "modus TPPO", "TPPO", "rujukan"]:
        assert tag in html
    table = html[html.index('data-testid="item-analysis"') :]
    cells = re.findall(r"<td>([^<]*)</td>", re.sub(r">\s+<", "><", table))
    # Answers, facility, discrimination per question, in question order: question 1 was right for both
    # participants, the other three only for the stronger one.
    assert [cells[i : i + 3] for i in range(0, len(cells), 3)] == [
        ["2", "100%", "0,00"],
        ["2", "50%", "1,00"],
        ["2", "50%", "1,00"],
        ["2", "50%", "1,00"],
    ]
    mastery = html[html.index('data-testid="mastery"') : html.index('data-testid="item-analysis"')]
    assert re.findall(r"<td>([^<]*)</td>", re.sub(r">\s+<", "><", mastery))[-4:] == ["KDRT", "1", "2", "100%"]


def test_quiz_listing_links_to_the_reports(client, trainer, quiz):
    client.force_login(trainer)
    html = client.get(QUIZ_LIST).content.decode()
    assert reverse("quizzes_admin:attempts", args=[quiz.pk]) in html
    assert reverse("quizzes_admin:item_analysis", args=[quiz.pk]) in html


def test_attempts_export_escapes_formulas(client, officer, participant, quiz):
    participant.profile.full_name = "@SUM(1+1)*cmd|' /C calc'!A0"
    participant.profile.save()
    take(participant, quiz)
    client.force_login(officer)
    response = client.get(reverse("quizzes_admin:attempts", args=[quiz.pk]), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][0] == "'@SUM(1+1)*cmd|' /C calc'!A0"


def test_the_question_list_filters_by_topic_tag(client, trainer, bank):
    from .conftest import make_question

    make_question(bank=bank, text="Tentang TPPO?", tags=["TPPO"])
    make_question(bank=bank, text="Tentang KDRT?", tags=["KDRT"])
    client.force_login(trainer)
    url = reverse("wagtailsnippets_quizzes_question:list")
    assert client.get(url).status_code == 200
    tppo = Tag.objects.get(name="TPPO")
    html = client.get(url, {"tags": tppo.pk}).content.decode()
    assert "Tentang TPPO?" in html and "Tentang KDRT?" not in html
