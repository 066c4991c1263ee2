"""A module's quiz from curriculum data: a question bank, its questions with choices and topic tags, the quiz.

Each object is remembered in the ledger under a key made from the module's slug, so a second run finds the
quiz and its questions even after an officer renamed or reworded them, and leaves them as they are.
"""

from django.utils.html import format_html, format_html_join

from curriculum import data
from quizzes.choices import MultipleScoring, QuestionKind
from quizzes.models import Choice, Question, QuestionBank, Quiz, QuizQuestion

from . import ledger

# The curriculum repeats the quizzes app's choice values as plain strings (it imports no Django); a value
# that drifts apart fails here, loudly, instead of storing something the admin cannot show.
KINDS = {value: QuestionKind(value) for value in data.QUESTION_KINDS}
SCORINGS = {value: MultipleScoring(value) for value in data.SCORINGS}


def paragraph(text: str) -> str:
    """Plain curriculum text as rich text: one escaped paragraph (empty text stays empty)."""
    return format_html("<p>{}</p>", text) if text else ""


def bullet_list(items: tuple[str, ...]) -> str:
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((item,) for item in items)))


def bank_name(module: data.Module) -> str:
    return f"Bank soal: {module.title}"[: QuestionBank._meta.get_field("name").max_length]


def ensure_bank(module: data.Module, report: ledger.Report) -> QuestionBank:
    key = f"bank:{module.slug}"
    bank = ledger.find(key, QuestionBank)
    if bank is None:
        # The name is unique: a bank of that name made by hand is used rather than duplicated.
        bank, created = QuestionBank.objects.get_or_create(
            name=bank_name(module),
            defaults={"description": f"Soal kuis modul “{module.title}” dari kurikulum awal."},
        )
        ledger.remember(key, bank)
        report.add("question bank", bank, created=created)
    else:
        report.add("question bank", bank, created=False)
    return bank


def build_question(item: data.Question, *, bank: QuestionBank) -> Question:
    question = Question(
        bank=bank,
        kind=KINDS[item.kind],
        scenario=paragraph(item.case or ""),
        text=item.text,
        multiple_scoring=SCORINGS[item.scoring] if item.scoring else MultipleScoring.ALL_OR_NOTHING,
        explanation=paragraph(item.explanation),
    )
    question.choices = [
        Choice(text=choice.text, is_correct=choice.is_correct, feedback=choice.feedback or "", sort_order=n)
        for n, choice in enumerate(item.choices)
    ]
    question.tags.add(item.topic)
    question.save()
    return question


def make_quiz(module: data.Module, questions: list[Question]) -> Quiz:
    quiz = Quiz(
        title=module.quiz.title,
        instructions=paragraph(module.quiz.instructions),
        pass_mark=module.quiz.pass_mark,
    )
    quiz.fixed_questions = [
        QuizQuestion(question=question, sort_order=n) for n, question in enumerate(questions)
    ]
    quiz.save()
    return quiz


def build_quiz(module: data.Module, *, bank: QuestionBank) -> tuple[Quiz, list[Question]]:
    """A new quiz with new questions, whatever exists (the updater's new edition; the ledger is the
    caller's business)."""
    questions = [build_question(item, bank=bank) for item in module.quiz.questions]
    return make_quiz(module, questions), questions


def ensure_question(item: data.Question, *, key: str, bank: QuestionBank, report: ledger.Report) -> Question:
    question = ledger.find(key, Question)
    if question is not None:
        report.add("question", question, created=False)
        return question
    question = build_question(item, bank=bank)
    ledger.remember(key, question)
    report.add("question", question, created=True)
    return question


def ensure_quiz(module: data.Module, report: ledger.Report) -> Quiz:
    """The module's quiz: the one made by an earlier run if it still exists, untouched; else a new one."""
    key = f"quiz:{module.slug}"
    quiz = ledger.find(key, Quiz)
    if quiz is not None:
        report.add("quiz", quiz, created=False)
        return quiz
    bank = ensure_bank(module, report)
    questions = [
        ensure_question(item, key=f"question:{module.slug}:{number}", bank=bank, report=report)
        for number, item in enumerate(module.quiz.questions, start=1)
    ]
    quiz = make_quiz(module, questions)
    ledger.remember(key, quiz)
    report.add("quiz", quiz, created=True)
    return quiz
