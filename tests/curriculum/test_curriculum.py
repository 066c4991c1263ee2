"""The starter curriculum as data: structure, quiz rules, reading time, and the facts it must not state.

No database: the content is plain Python, checked the way a reviewer would read it.
"""

import dataclasses
import math
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import curriculum
from curriculum.course import COURSE, KECAMATAN
from curriculum.data import (
    QUESTION_KINDS,
    SCORINGS,
    TOPICS,
    Callout,
    CaseScenario,
    Choice,
    Heading,
    Help,
    Paragraph,
    Question,
    ReferralMap,
    reading_minutes_for,
)
from curriculum.markup import count_words, plain_text

MODULES = COURSE.modules
per_module = pytest.mark.parametrize("module", MODULES, ids=[m.slug for m in MODULES])

HTML_FIELDS = {"html", "body", "story", "model_answer"}
ALLOWED_TAGS = {"p", "ul", "ol", "li", "b", "i"}
SINGLE_ANSWER_KINDS = {"single", "true_false", "scenario"}


def strings(obj, path="COURSE"):
    """Every string in the course, with the attribute path that leads to it."""
    if isinstance(obj, str):
        yield path, obj
    elif dataclasses.is_dataclass(obj):
        for field in dataclasses.fields(obj):
            yield from strings(getattr(obj, field.name), f"{path}.{field.name}")
    elif isinstance(obj, tuple | list):
        for index, item in enumerate(obj):
            yield from strings(item, f"{path}[{index}]")


def is_html(path: str) -> bool:
    return path.rsplit(".", 1)[-1] in HTML_FIELDS


def questions(module):
    return module.quiz.questions


def correct_indexes(question: Question) -> list[int]:
    return [i for i, choice in enumerate(question.choices) if choice.is_correct]


def visible_text(obj) -> str:
    return " ".join(plain_text(text) if is_html(path) else text for path, text in strings(obj))


class TagAudit(HTMLParser):
    """Records every problem a renderer would meet: unknown tags, attributes, bad nesting, loose text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}> is not allowed")
        if attrs:
            self.problems.append(f"<{tag}> has attributes {attrs}")
        parent = self.stack[-1] if self.stack else None
        if tag == "li" and parent not in {"ul", "ol"}:
            self.problems.append("<li> outside a list")
        if tag in {"p", "ul", "ol"} and parent in {"p", "b", "i"}:
            self.problems.append(f"<{tag}> inside <{parent}>")
        self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_data(self, data):
        if data.strip() and (not self.stack or self.stack[-1] in {"ul", "ol"}):
            self.problems.append(f"text outside a paragraph or list item: {data[:40]!r}")

    def close(self):
        super().close()
        if self.stack:
            self.problems.append(f"unclosed {self.stack}")


def audit(html: str) -> list[str]:
    parser = TagAudit()
    parser.feed(html)
    parser.close()
    return parser.problems


def independent_word_count(module) -> int:
    """Words of lesson text, counted without the package's own helpers: tags removed by a regex."""
    texts = []
    for block in module.blocks:
        if isinstance(block, Heading):
            texts.append(block.text)
        elif isinstance(block, Paragraph):
            texts.append(block.html)
        elif isinstance(block, Callout):
            texts += [block.title, block.body]
        elif isinstance(block, CaseScenario):
            texts += [block.title, block.story, *block.questions]
        elif isinstance(block, ReferralMap):
            texts += [block.intro, *(f"{row.name} {row.role}" for row in block.services)]
    words = re.sub(r"<[^>]+>", " ", " ".join(texts)).split()
    return sum(1 for word in words if re.search(r"\w", word))


# Course ---------------------------------------------------------------------------------------------


def test_course_has_the_five_modules_of_the_issue_in_order():
    assert COURSE.title == "Pencegahan Kekerasan dan TPPO bagi Pendidik dan Aparatur"
    assert [m.title for m in MODULES] == [
        "Mengenali TPPO dan modus operandinya",
        "Mencegah kekerasan terhadap perempuan",
        "Mencegah kekerasan terhadap anak",
        "Anak yang berhadapan dengan hukum",
        "Melapor dan merujuk kasus",
    ]
    assert COURSE.ordered is True
    slugs = [COURSE.slug, *(m.slug for m in MODULES)]
    assert len(set(slugs)) == len(slugs)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)


def test_course_duration_in_jp_covers_reading_quizzes_and_case_reflection():
    reading = sum(m.reading_minutes for m in MODULES)
    quiz = sum(len(questions(m)) for m in MODULES)  # about a minute a question
    reflection = 3 * sum(isinstance(b, CaseScenario) for m in MODULES for b in m.blocks)
    needed_jp = math.ceil((reading + quiz + reflection) / 45)
    assert isinstance(COURSE.duration_jp, int)
    assert needed_jp <= COURSE.duration_jp <= needed_jp + 1


def test_course_states_outcomes_and_audience():
    assert 3 <= len(COURSE.outcomes) <= 6
    assert "guru" in COURSE.audience.lower()
    assert "kecamatan" in COURSE.audience.lower()


# Lesson ---------------------------------------------------------------------------------------------


@per_module
def test_module_has_a_one_paragraph_summary_and_three_to_five_outcomes(module):
    assert "\n" not in module.summary
    assert 30 <= count_words(module.summary) <= 120
    assert 3 <= len(module.outcomes) <= 5
    assert len(set(module.outcomes)) == len(module.outcomes)


@per_module
def test_reading_minutes_follow_the_word_count_at_150_words_a_minute(module):
    words = independent_word_count(module)
    assert words == module.word_count
    assert 1500 <= words <= 2800
    assert module.reading_minutes == round(words / 150)
    assert 10 <= module.reading_minutes <= 20


def test_word_counter_ignores_markup_and_lone_punctuation():
    html = "<p>Satu <b>dua</b> – tiga.</p><ul><li>Rp120 juta</li><li>empat</li></ul>"
    assert count_words(plain_text(html)) == 6
    assert reading_minutes_for(1500) == 10
    assert reading_minutes_for(1574) == 10
    assert reading_minutes_for(1575) == 11


@per_module
def test_module_has_every_block_kind_and_ends_with_help(module):
    kinds = Counter(block.block_type for block in module.blocks)
    assert {"heading", "paragraph", "callout", "case_scenario", "help"} <= set(kinds)
    assert isinstance(module.blocks[0], Heading)
    assert isinstance(module.blocks[-1], Help)
    assert kinds["help"] == 1
    callout_kinds = {b.kind for b in module.blocks if isinstance(b, Callout)}
    assert callout_kinds == {"warning_signs", "legal_basis", "tips"}


@per_module
def test_short_fields_fit_the_lesson_blocks(module):
    # courses.blocks: heading text, callout and case titles max 200 characters, reflection questions max 300
    for block in module.blocks:
        if isinstance(block, Heading):
            assert len(block.text) <= 200
        if isinstance(block, Callout | CaseScenario):
            assert len(block.title) <= 200
        if isinstance(block, CaseScenario):
            assert all(len(q) <= 300 for q in block.questions)


@per_module
def test_headings_use_h2_or_h3_and_an_h3_never_opens_the_lesson(module):
    levels = [b.level for b in module.blocks if isinstance(b, Heading)]
    assert set(levels) <= {"h2", "h3"}
    assert levels[0] == "h2"


@per_module
def test_case_scenarios_tell_a_story_and_ask_reflection_questions(module):
    cases = [b for b in module.blocks if isinstance(b, CaseScenario)]
    assert cases
    for case in cases:
        assert count_words(plain_text(case.story)) >= 40
        assert 2 <= len(case.questions) <= 4
        assert all(q.endswith("?") for q in case.questions)


# Quiz -----------------------------------------------------------------------------------------------


@per_module
def test_quiz_has_8_to_12_questions_a_pass_mark_of_70_and_instructions(module):
    quiz = module.quiz
    assert 8 <= len(quiz.questions) <= 12
    assert quiz.pass_mark == 70
    assert "70" in quiz.instructions
    assert len({q.text for q in quiz.questions}) == len(quiz.questions)


@per_module
def test_quiz_uses_every_question_type(module):
    assert {q.kind for q in questions(module)} == set(QUESTION_KINDS)


@per_module
def test_single_answer_questions_have_exactly_one_correct_choice(module):
    for question in questions(module):
        if question.kind in SINGLE_ANSWER_KINDS:
            assert len(correct_indexes(question)) == 1, question.text
        if question.kind in {"single", "scenario"}:
            assert 3 <= len(question.choices) <= 5, question.text


@per_module
def test_true_false_questions_offer_benar_and_salah_and_both_answers_occur(module):
    true_false = [q for q in questions(module) if q.kind == "true_false"]
    for question in true_false:
        assert [c.text for c in question.choices] == ["Benar", "Salah"]
    answers = {q.choices[correct_indexes(q)[0]].text for q in true_false}
    if len(true_false) >= 2:
        assert answers == {"Benar", "Salah"}


@per_module
def test_multiple_response_questions_have_several_right_and_some_wrong_choices(module):
    for question in questions(module):
        if question.kind == "multiple":
            right = len(correct_indexes(question))
            assert right >= 2, question.text
            assert len(question.choices) - right >= 1, question.text
            assert question.scoring in SCORINGS
            assert "pilih semua" in question.text.lower()


@per_module
def test_scoring_is_set_only_on_multiple_response(module):
    for question in questions(module):
        assert (question.scoring is not None) == (question.kind == "multiple"), question.text


def test_the_course_uses_both_scoring_modes():
    used = {q.scoring for m in MODULES for q in questions(m) if q.kind == "multiple"}
    assert used == set(SCORINGS)


@per_module
def test_only_scenario_questions_carry_a_case(module):
    for question in questions(module):
        if question.kind == "scenario":
            assert question.case and count_words(question.case) >= 20
        else:
            assert question.case is None, question.text


@per_module
def test_every_question_has_an_explanation_and_an_allowed_topic(module):
    for question in questions(module):
        assert question.topic in TOPICS
        assert count_words(question.explanation) >= 10
        assert question.explanation != question.text


@pytest.mark.parametrize(
    ("index", "expected"),
    [(0, {"modus TPPO"}), (1, {"KDRT", "TPKS"}), (2, {"perlindungan anak"}), (3, {"ABH"}), (4, {"rujukan"})],
)
def test_each_quiz_is_mostly_about_its_own_module(index, expected):
    topics = Counter(q.topic for q in questions(MODULES[index]))
    assert sum(topics[t] for t in expected) > len(questions(MODULES[index])) / 2


@per_module
def test_choices_are_distinct_and_fit_the_quiz_database(module):
    for question in questions(module):
        texts = [c.text for c in question.choices]
        assert len(set(texts)) == len(texts), question.text
        assert all(len(text) <= 500 for text in texts)  # quizzes.Choice.text max_length


@per_module
def test_correct_answers_move_around(module):
    positions = [correct_indexes(q)[0] for q in questions(module) if q.kind in {"single", "scenario"}]
    assert len(set(positions)) >= 3
    assert Counter(positions).most_common(1)[0][1] <= len(positions) / 2


@per_module
def test_the_longest_choice_is_not_usually_the_correct_one(module):
    longest_is_correct = 0
    candidates = [q for q in questions(module) if q.kind in {"single", "scenario"}]
    for question in candidates:
        lengths = [len(c.text) for c in question.choices]
        longest = max(lengths)
        if lengths.count(longest) == 1 and question.choices[lengths.index(longest)].is_correct:
            longest_is_correct += 1
    assert longest_is_correct <= len(candidates) / 2


# Text quality and forbidden facts -------------------------------------------------------------------


def test_no_string_is_empty_or_badly_wrapped():
    for path, text in strings(COURSE):
        assert text.strip(), path
        assert text == text.strip(), path
        assert "\n" not in text and "  " not in text, path


@per_module
def test_lesson_html_uses_only_the_allowed_tags_properly_nested(module):
    for path, text in strings(module, module.slug):
        if is_html(path):
            assert text.startswith(("<p>", "<ul>", "<ol>")), path
            assert audit(text) == [], path


def test_plain_text_fields_carry_no_markup():
    for path, text in strings(COURSE):
        if not is_html(path):
            assert not re.search(r"<[a-zA-Z/]", text), path


def test_the_unverified_kp2mi_number_is_printed_nowhere():
    everything = " ".join(text for _, text in strings(COURSE))
    digits_only = re.sub(r"[^\d]", "", everything)
    assert "0800-1000" not in everything
    assert "08001000" not in digits_only
    for source in Path(curriculum.__file__).parent.rglob("*.py"):
        assert "0800-1000" not in source.read_text(), source


def test_every_phone_number_is_one_of_the_verified_hotlines():
    everything = " ".join(text for _, text in strings(COURSE))
    numbers = set(re.findall(r"(?<![\w.])0\d{3,4}(?:-\d{3,4})+(?![\w-])", everything))
    assert numbers == {"08111-129-129", "0811-1002-7727"}


def test_the_referral_module_gives_the_verified_hotlines():
    text = visible_text(MODULES[4])
    for hotline in ("129", "08111-129-129", "110", "148", "0811-1002-7727", "1500630"):
        assert re.search(rf"(?<![\d-]){re.escape(hotline)}(?![\d-])", text), hotline


def units():
    """What a reader sees together: each lesson block, each question with its choices and explanation."""
    for module in MODULES:
        for index, block in enumerate(module.blocks):
            yield f"{module.slug} block {index}", visible_text(block)
        for index, question in enumerate(questions(module)):
            yield f"{module.slug} question {index}", visible_text(question)


def test_tppo_penalty_figures_always_come_with_the_new_kuhp_caution():
    found = False
    for where, text in units():
        if "Rp120" in text or "600 juta" in text:
            found = True
            assert "KUHP" in text, where
            assert "periksa ketentuan terbaru" in text.lower(), where
    assert found


def test_the_school_regulation_always_comes_with_a_check_for_the_latest_rules():
    found = False
    for where, text in units():
        if "46/2023" in text or "46 Tahun 2023" in text:
            found = True
            assert "periksa aturan terbaru" in text.lower(), where
    assert found


def test_no_fact_tags_from_the_brief_leak_into_the_text():
    for path, text in strings(COURSE):
        assert not re.search(r"\[(\?|U|V)\]", text), path


def test_case_scenarios_name_only_real_kecamatan_and_cover_all_eight():
    everything = " ".join(visible_text(m) for m in MODULES)
    named = set(re.findall(r"Kecamatan (Lubuk ?linggau [A-Z][a-z]+(?: I{1,2})?)", everything))
    assert named <= set(KECAMATAN)
    assert named == set(KECAMATAN)


def test_local_context_from_the_brief_is_there():
    tppo = visible_text(MODULES[0])
    assert "16 Juni 2023" in tppo and "Lubuk Tanjung" in tppo and "72 kelurahan" in tppo
    referral = visible_text(MODULES[4])
    assert "28 kasus" in referral and "50 kasus" in referral


# The shapes themselves -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        lambda: Question("essay", "Teks?", "ABH", (Choice("a", True),), "Penjelasan."),
        lambda: Question("single", "Teks?", "narkoba", (Choice("a", True),), "Penjelasan."),
        lambda: Question("multiple", "Teks?", "ABH", (Choice("a", True),), "Penjelasan.", scoring="half"),
        lambda: Callout("note", "Judul", "<p>Isi.</p>"),
        lambda: Heading("Judul", "h4"),
    ],
)
def test_unknown_kinds_are_refused_when_the_data_is_built(make):
    with pytest.raises(ValueError):
        make()


def test_content_cannot_be_changed_after_import():
    with pytest.raises(dataclasses.FrozenInstanceError):
        MODULES[0].title = "Judul lain"  # type: ignore[misc]


# Second edition: what the subject review asked for -----------------------------------------------------

REFERRAL = re.compile(
    r"\b(129|110|148|SAPA|UPTD PPA|Unit PPA|polisi|lapor\w*|melapor\w*|rujuk\w*|merujuk\w*|TPPK|LPSK|KPAI)\b",
    re.IGNORECASE,
)


def scenario_questions():
    for module in MODULES:
        for question in questions(module):
            if question.kind == "scenario":
                yield module.slug, question


def test_no_scenario_question_lets_the_referral_give_the_key_away():
    # A test-wise learner picks "the one that refers": some distractor must refer too, with a wrong move.
    for slug, question in scenario_questions():
        key = next(c for c in question.choices if c.is_correct)
        if REFERRAL.search(key.text):
            referring = [c for c in question.choices if not c.is_correct and REFERRAL.search(c.text)]
            assert referring, f"{slug}: only the key refers in {question.text!r}"
            assert all(c.feedback for c in referring), f"{slug}: say what is wrong with {referring}"


def test_referral_detector_sees_a_give_away():
    assert REFERRAL.search("lalu merujuk ke SAPA 129")
    assert not REFERRAL.search("Menunggu sampai anak mau bercerita")


def cases():
    for module in MODULES:
        for block in module.blocks:
            if isinstance(block, CaseScenario):
                yield module.slug, block


def test_every_case_has_a_model_answer_point_by_point():
    for slug, case in cases():
        assert case.model_answer, f"{slug}: {case.title}"
        assert audit(case.model_answer) == [], case.title
        # One point per reflection question, each a real answer, not a one-liner.
        points = re.findall(r"<li>(.*?)</li>", case.model_answer)
        assert len(points) == len(case.questions), case.title
        assert all(count_words(plain_text(point)) >= 20 for point in points), case.title


def test_cases_are_optional_discussion_and_the_course_page_says_so():
    assert all(case.optional for _, case in cases())
    assert "opsional" in COURSE.summary and f"{COURSE.duration_jp} JP" in COURSE.summary


def test_model_answers_are_folded_so_they_do_not_count_as_reading():
    case = next(case for _, case in cases())
    assert plain_text(case.model_answer) not in case.reading_text()


NON_KBBI = {
    "mempercayai": "memercayai",
    "Lubuk Linggau": "Lubuklinggau",
    "mengkonsumsi": "mengonsumsi",
    "merubah": "mengubah",
    "resiko": "risiko",
    "praktek": "praktik",
    "nasehat": "nasihat",
    "ijin": "izin",
    "jaman": "zaman",
    "sekedar": "sekadar",
    "hutang": "utang",
    "aktifitas": "aktivitas",
    "analisa": "analisis",
    "terlanjur": "telanjur",
}


def everything_visible() -> str:
    return " ".join(visible_text(m) for m in MODULES) + " " + visible_text(COURSE)


@pytest.mark.parametrize("wrong", NON_KBBI)
def test_spelling_follows_kbbi_and_the_official_city_name(wrong):
    assert not re.search(rf"\b{wrong}\b", everything_visible(), re.IGNORECASE), NON_KBBI[wrong]


def test_sumatera_in_indonesian_spelling_and_one_name_for_the_service():
    text = everything_visible()
    assert not re.search(r"\bSumatra\b", text)
    assert "Sumatera" in text
    assert not re.search(r"\bUPT PPA\b", text)  # always "UPTD PPA"
    assert "Kota Lubuklinggau" in text


def test_people_held_in_transit_are_not_called_illegal_workers():
    text = everything_visible()
    assert "nonprosedural" in text
    # Only ever quoted, as the label not to use.
    assert all(text[m.start() - 1] == '"' for m in re.finditer(r"pekerja ilegal", text))


FOREIGN_TERMS = (
    "customer service",
    "online scam",
    "grooming",
    "bullying",
    "sextortion",
    "open BO",
    "hotline",
)


def test_foreign_terms_are_italic_in_lessons_and_absent_from_plain_text():
    for path, text in strings(COURSE):
        for term in FOREIGN_TERMS:
            if is_html(path):
                bare = re.sub(r"<i>[^<]*</i>", "", text)
                assert term.lower() not in bare.lower(), (path, term)
            elif term in ("customer service", "sextortion", "open BO", "hotline"):
                assert term.lower() not in text.lower(), (path, term)


def test_slang_is_explained_where_it_is_used():
    for where, text in units():
        if "open BO" in text:
            assert "istilah gaul" in text, where


def test_part_year_figures_are_labelled():
    for where, text in units():
        if "5.000 kasus" in text or "35.025" in text:
            assert "belum setahun penuh" in text, where


def test_uu_18_2017_penalties_come_with_a_check_for_the_latest_rules():
    found = False
    for where, text in units():
        if "Rp15 miliar" in text:
            found = True
            assert "periksa ketentuan terbaru" in text.lower(), where
    assert found


TELL_THE_FAMILY = re.compile(
    r"\b(beri tahu|memberi tahu|hubungi|menghubungi|menelepon) (orang tua|wali(?! kelas)|keluarga|ibu|ayah)",
    re.IGNORECASE,
)
FAMILY_EXCEPTION = re.compile(r"anggota keluarga|serumah|keluarga sendiri|terduga pelaku", re.IGNORECASE)


def advice():
    """What the course tells the reader to do: lesson blocks, model answers, keys and explanations."""
    for module in MODULES:
        for index, block in enumerate(module.blocks):
            yield f"{module.slug} block {index}", visible_text(block)
        for index, question in enumerate(questions(module)):
            keys = " ".join(c.text for c in question.choices if c.is_correct)
            yield f"{module.slug} question {index}", f"{question.text} {keys} {question.explanation}"


def test_never_tell_the_family_first_without_the_exception_for_abuse_at_home():
    # Telling a parent first when the suspected abuser is in the family endangers the child.
    told = 0
    for where, text in advice():
        if TELL_THE_FAMILY.search(text):
            told += 1
            assert FAMILY_EXCEPTION.search(text), where
    assert told


def test_the_family_rule_is_taught_where_abuse_is_disclosed():
    for index in (2, 3, 4):
        text = visible_text(MODULES[index])
        assert re.search(r"jangan memberi tahu orang tua atau wali lebih dulu", text, re.IGNORECASE)


@pytest.mark.parametrize("module", MODULES[1:4], ids=[m.slug for m in MODULES[1:4]])
def test_heavy_modules_open_with_a_note_for_the_learner(module):
    note = module.blocks[1]
    assert isinstance(note, Callout) and note.title.startswith("Sebelum mulai")
    assert "untuk Bapak/Ibu sendiri" in plain_text(note.body)


def test_guidance_on_self_harm_and_on_contacting_someone_held():
    child = visible_text(MODULES[2])
    assert "melukai diri" in child and "jangan tinggalkan anak sendirian" in child.lower()
    referral = visible_text(MODULES[4])
    held = next(text for where, text in units() if "jangan meneleponnya balik" in text)
    assert "110" in held and "lokasi" in held
    assert "bunuh diri" in referral


def test_online_violence_section_covers_evidence_payment_and_reporting():
    text = visible_text(MODULES[2]).lower()
    assert "sextortion" in text
    for point in ("tangkapan layar", "jangan membayar", "jangan menyimpan, meneruskan", "platform"):
        assert point in text, point


def test_referral_map_lists_every_local_service_and_no_contact():
    maps = [b for b in MODULES[4].blocks if isinstance(b, ReferralMap)]
    assert len(maps) == 1
    services = [row.service for row in maps[0].services]
    assert set(services) == set(data_services()) and len(services) == len(set(services))
    for row in maps[0].services:
        assert not re.search(r"\d{3,}", row.role.replace("110", "")), row.name


def data_services():
    from curriculum.data import REFERRAL_SERVICES

    return REFERRAL_SERVICES


@pytest.mark.parametrize(
    ("index", "needed"),
    [
        (0, ["untuk dimanfaatkan", "kerja atau pelayanan paksa", "organ", "dengan cara apa pun"]),
        (1, ["Pasal 4 ayat (2)", "dispensasi", "delik aduan", "dapat menjadi", "pejabat"]),
        (2, ["72 jam", "PMA", "Kementerian Agama"]),
        (3, ["Pembimbing Kemasyarakatan", "Pekerja Sosial Profesional", "UU PDP", "dalam pemberitaan"]),
        (4, ["UU PDP", "peta rujukan"]),
    ],
)
def test_each_module_carries_the_points_of_the_review(index, needed):
    text = visible_text(MODULES[index])
    for point in needed:
        assert point in text, point
    assert "lalu dimanfaatkan" not in text


# Counts are derived, never written ------------------------------------------------------------------------

NUMBER_WORDS = r"(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)"
MODULE_COUNT = re.compile(rf"\b{NUMBER_WORDS}\s+modul\b|\bmodul\s+sebanyak\s+{NUMBER_WORDS}\b", re.IGNORECASE)


def all_texts(value):
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from all_texts(getattr(value, item.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from all_texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_texts(item)


def test_no_text_states_how_many_modules_the_course_has():
    """The catalogue and course page show the live count; a written "lima modul" goes stale with a sixth."""
    found = [match.group(0) for text in all_texts(COURSE) for match in MODULE_COUNT.finditer(text)]
    assert found == []
