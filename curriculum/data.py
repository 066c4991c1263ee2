"""The starter curriculum's shapes: frozen dataclasses with no Django in them.

A loader turns these into Wagtail pages (one `block_type` per StreamField block) and quizzes. The string
values mirror the project's choices: `CALLOUT_KINDS` = sinergi.choices.CalloutKind, `REFERRAL_SERVICES` =
sinergi.choices.ReferralService, `QUESTION_KINDS` = quizzes.choices.QuestionKind, `SCORINGS` =
quizzes.choices.MultipleScoring. They are repeated here, not imported, so this package stays importable
without Django settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .markup import count_words, plain_text, t

HEADING_LEVELS = ("h2", "h3")
CALLOUT_KINDS = ("warning_signs", "legal_basis", "tips")
QUESTION_KINDS = ("single", "multiple", "true_false", "scenario")
SCORINGS = ("all_or_nothing", "partial")
REFERRAL_SERVICES = (
    "uptd_ppa",
    "unit_ppa",
    "dinsos",
    "bapas",
    "disdik",
    "kemenag",
    "disdukcapil",
    "disnaker",
    "puskesmas",
    "patbm",
)
TOPICS = ("modus TPPO", "KDRT", "TPKS", "perlindungan anak", "ABH", "rujukan")
WORDS_PER_MINUTE = 150
TRUE_LABEL = "Benar"
FALSE_LABEL = "Salah"


def _require(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"{what} {value!r} is not one of {allowed}")


# Lesson blocks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    block_type: ClassVar[str] = "heading"
    text: str
    level: str = "h2"

    def __post_init__(self):
        _require(self.level, HEADING_LEVELS, "heading level")

    def reading_text(self) -> str:
        return self.text


@dataclass(frozen=True)
class Paragraph:
    block_type: ClassVar[str] = "paragraph"
    html: str

    def reading_text(self) -> str:
        return plain_text(self.html)


@dataclass(frozen=True)
class Callout:
    block_type: ClassVar[str] = "callout"
    kind: str
    title: str
    body: str

    def __post_init__(self):
        _require(self.kind, CALLOUT_KINDS, "callout kind")

    def reading_text(self) -> str:
        return f"{self.title} {plain_text(self.body)}"


@dataclass(frozen=True)
class CaseScenario:
    """A case to think through. The model answer is folded: read after trying, so not in reading time."""

    block_type: ClassVar[str] = "case_scenario"
    title: str
    story: str
    questions: tuple[str, ...]
    model_answer: str = ""
    optional: bool = True

    def reading_text(self) -> str:
        return " ".join((self.title, plain_text(self.story), *self.questions))


@dataclass(frozen=True)
class Help:
    """The site's hotlines (SAPA 129, UPTD PPA, police), rendered from HelpSettings: no content here."""

    block_type: ClassVar[str] = "help"

    def reading_text(self) -> str:
        return ""


@dataclass(frozen=True)
class Service:
    """One row of the referral map: `service` names the contact in the site settings (never a number)."""

    service: str
    name: str
    role: str

    def __post_init__(self):
        _require(self.service, REFERRAL_SERVICES, "referral service")


@dataclass(frozen=True)
class ReferralMap:
    """Who does what in the city; the contacts are read from HelpSettings when the page is shown."""

    block_type: ClassVar[str] = "referral_map"
    intro: str
    services: tuple[Service, ...]

    def reading_text(self) -> str:
        return " ".join((self.intro, *(f"{row.name} {row.role}" for row in self.services)))


Block = Heading | Paragraph | Callout | CaseScenario | Help | ReferralMap


# Quiz -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    text: str
    is_correct: bool
    feedback: str | None = None


@dataclass(frozen=True)
class Question:
    kind: str
    text: str
    topic: str
    choices: tuple[Choice, ...]
    explanation: str
    scoring: str | None = None  # "multiple" only
    case: str | None = None  # "scenario" only: the case read before the question

    def __post_init__(self):
        _require(self.kind, QUESTION_KINDS, "question kind")
        _require(self.topic, TOPICS, "topic")
        if self.scoring is not None:
            _require(self.scoring, SCORINGS, "scoring")


@dataclass(frozen=True)
class Quiz:
    title: str
    instructions: str
    questions: tuple[Question, ...]
    pass_mark: int = 70


# Course -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Module:
    slug: str
    title: str
    summary: str
    outcomes: tuple[str, ...]
    reading_minutes: int
    blocks: tuple[Block, ...]
    quiz: Quiz

    @property
    def word_count(self) -> int:
        return sum(count_words(block.reading_text()) for block in self.blocks)


@dataclass(frozen=True)
class Course:
    slug: str
    title: str
    summary: str
    outcomes: tuple[str, ...]
    audience: str
    duration_jp: int  # 1 JP (jam pelajaran) = 45 minutes
    modules: tuple[Module, ...]
    ordered: bool = True
    # Raised with every revision of the text; live sites take a new edition with update_starter_course.
    edition: int = 1


def reading_minutes_for(words: int) -> int:
    """Minutes of careful reading, rounded half up, at WORDS_PER_MINUTE."""
    return max(1, (words + WORDS_PER_MINUTE // 2) // WORDS_PER_MINUTE)


# Builders that keep the module files readable ---------------------------------------------------------


def ok(text: str, feedback: str | None = None) -> Choice:
    return Choice(t(text), True, t(feedback) if feedback else None)


def no(text: str, feedback: str | None = None) -> Choice:
    return Choice(t(text), False, t(feedback) if feedback else None)


def single(text: str, *, topic: str, choices: list[Choice], explanation: str) -> Question:
    return Question("single", t(text), topic, tuple(choices), t(explanation))


def multiple(text: str, *, topic: str, scoring: str, choices: list[Choice], explanation: str) -> Question:
    return Question("multiple", t(text), topic, tuple(choices), t(explanation), scoring=scoring)


def true_false(text: str, *, topic: str, answer: bool, explanation: str) -> Question:
    choices = (Choice(TRUE_LABEL, answer), Choice(FALSE_LABEL, not answer))
    return Question("true_false", t(text), topic, choices, t(explanation))


def scenario(case: str, text: str, *, topic: str, choices: list[Choice], explanation: str) -> Question:
    return Question("scenario", t(text), topic, tuple(choices), t(explanation), case=t(case))


def case_scenario(title: str, story: str, questions: list[str], *, answer: str = "") -> CaseScenario:
    """A case for optional discussion; `answer` is the model answer's HTML ("Contoh jawaban")."""
    return CaseScenario(t(title), story, tuple(t(q) for q in questions), model_answer=answer)


def service(key: str, name: str, role: str) -> Service:
    return Service(key, t(name), t(role))
