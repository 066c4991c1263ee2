"""A teacher takes a quiz on her phone, reloads halfway, fails, retries and passes; the trainer then sees both
attempts and the item analysis."""

import re

import pytest
from django.test import Client
from playwright.sync_api import Page, expect

from courses.models import CoursePage, Enrollment, ModuleQuiz
from quizzes.choices import QuestionKind
from quizzes.models import Attempt, Choice
from tests.courses.conftest import make_course, make_module
from tests.quizzes.conftest import make_bank, make_question, make_quiz

pytestmark = pytest.mark.stack  # also runs against `make stack` (.ci/run's third stage)


def _log_in(page: Page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def _build_quiz(bank_name: str = "Bank soal latihan pencegahan"):
    # Against `make stack` the database is not emptied between tests: each test names its own bank and course.
    bank = make_bank(name=bank_name)
    questions = [
        make_question(
            bank=bank,
            text="Siapa yang dapat melapor kekerasan terhadap anak?",
            choices=[("Hanya orang tua", False, "Bukan hanya orang tua."), ("Setiap orang", True)],
            explanation="<p>UU 35/2014 Pasal 72.</p>",
            tags=["KDRT"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.MULTIPLE,
            text="Mana tanda-tanda TPPO?",
            choices=[
                ("Gaji sangat tinggi tanpa kontrak", True),
                ("Dokumen ditahan", True),
                ("Kontrak resmi", False),
            ],
            tags=["modus TPPO"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.TRUE_FALSE,
            text="Korban TPPO dapat dipidana.",
            choices=[("Benar", False), ("Salah", True)],
            tags=["modus TPPO"],
        ),
        make_question(
            bank=bank,
            kind=QuestionKind.SCENARIO,
            scenario="<p>Seorang siswi bercerita ditawari kerja di luar negeri oleh kenalan.</p>",
            text="Apa langkah pertama guru?",
            choices=[("Mendengarkan dan mencatat", True), ("Mengabaikan ceritanya", False)],
            tags=["rujukan"],
        ),
    ]
    return make_quiz(
        questions=questions,
        title="Kuis Latihan: Mengenali TPPO",
        instructions="<p>Bacalah setiap soal dengan teliti.</p>",
        pass_mark=75,
        max_attempts=3,
        time_limit_minutes=10,
        review_show_correct_answers=True,
    )


def _answer(page: Page, position: int, labels: list[str], *, button: str = "Simpan dan lanjut") -> None:
    expect(page.get_by_text(f"Soal {position} dari 4")).to_be_visible()
    for label in labels:
        page.get_by_label(label, exact=True).check()
        expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
    page.get_by_role("button", name=button).click()


def test_participant_fails_retries_passes_and_trainer_sees_the_analysis(
    live_server, page: Page, browser, participant, trainer
):
    quiz = _build_quiz()
    # The quiz belongs to a module of the trainer's own course (a trainer sees no other course's attempts).
    course = make_course(title="Kursus Pencegahan TPPO")
    CoursePage.objects.filter(pk=course.pk).update(owner=trainer)
    ModuleQuiz.objects.create(module=make_module(course), quiz=quiz)
    Enrollment.objects.create(user=participant, course=course)
    _log_in(page, live_server, participant)
    page.goto(f"{live_server.url}/kuis/{quiz.pk}/?next=/")
    expect(page.get_by_role("heading", name="Kuis Latihan: Mengenali TPPO")).to_be_visible()
    expect(page.get_by_text("4 soal")).to_be_visible()
    expect(page.get_by_text("Batas waktu: 10 menit")).to_be_visible()
    expect(page.get_by_test_id("attempts-left")).to_have_text("Sisa kesempatan: 3")
    page.get_by_role("button", name="Mulai kuis").click()

    # First attempt: two wrong answers, a reload halfway through.
    expect(page.get_by_role("timer")).to_contain_text(re.compile(r"Sisa waktu\s+(9|10):\d\d"))
    _answer(page, 1, ["Hanya orang tua"])
    expect(page.get_by_text("Soal 2 dari 4")).to_be_visible()
    page.get_by_label("Gaji sangat tinggi tanpa kontrak").check()
    expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
    page.reload()
    expect(page.get_by_text("Soal 2 dari 4")).to_be_visible()
    expect(page.get_by_label("Gaji sangat tinggi tanpa kontrak")).to_be_checked()
    page.get_by_role("button", name="Simpan dan lanjut").click()
    _answer(page, 3, ["Salah"])
    _answer(page, 4, ["Mendengarkan dan mencatat"], button="Simpan dan periksa")
    expect(page.get_by_text("Anda sudah menjawab 4 dari 4 soal.")).to_be_visible()
    page.get_by_role("button", name="Kirim jawaban saya").click()

    score = page.get_by_test_id("attempt-score")
    expect(score).to_contain_text("Belum lulus")
    expect(score).to_contain_text("50%")
    # The review is folded, each question's verdict in its summary: the wrong first answer opens with a tap.
    first = page.locator("details[data-testid=review-item]").first
    expect(first.locator("summary")).to_contain_text("Salah")
    expect(page.get_by_text("Bukan hanya orang tua.")).to_be_hidden()
    first.locator("summary").click()
    expect(page.get_by_text("Bukan hanya orang tua.")).to_be_visible()  # feedback on the picked choice
    expect(page.get_by_text("UU 35/2014 Pasal 72.")).to_be_visible()  # explanation
    expect(page.get_by_test_id("attempts-left")).to_have_text("Sisa kesempatan: 2")
    page.get_by_role("button", name="Coba lagi").click()

    # Second attempt: everything right.
    _answer(page, 1, ["Setiap orang"])
    _answer(page, 2, ["Gaji sangat tinggi tanpa kontrak", "Dokumen ditahan"])
    _answer(page, 3, ["Salah"])
    _answer(page, 4, ["Mendengarkan dan mencatat"], button="Simpan dan periksa")
    page.get_by_role("button", name="Kirim jawaban saya").click()
    expect(score).to_contain_text("Lulus")
    expect(score).to_contain_text("100%")
    page.get_by_role("link", name="Kembali ke pelajaran").first.click()
    expect(page).to_have_url(f"{live_server.url}/")

    attempts = Attempt.objects.filter(user=participant, quiz=quiz).order_by("number")
    assert [(a.number, a.score_percent, a.passed) for a in attempts] == [(1, 50, False), (2, 100, True)]

    # The trainer, on a laptop, sees both attempts and the item analysis.
    desktop = browser.new_context(viewport={"width": 1280, "height": 800}, locale="id-ID")
    trainer_page = desktop.new_page()
    _log_in(trainer_page, live_server, trainer)
    trainer_page.goto(f"{live_server.url}/admin/snippets/quizzes/quiz/")
    expect(trainer_page.get_by_text("Kuis Latihan: Mengenali TPPO")).to_be_visible()
    trainer_page.goto(f"{live_server.url}/admin/kuis/{quiz.pk}/percobaan/")
    rows = trainer_page.locator("table.listing > tbody > tr")
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="Siti Aminah, S.Pd.")).to_have_count(2)
    trainer_page.goto(f"{live_server.url}/admin/kuis/{quiz.pk}/analisis-butir/")
    expect(trainer_page.get_by_text("Berdasarkan 2 percobaan yang sudah dikirim.")).to_be_visible()
    analysis = trainer_page.get_by_test_id("item-analysis")
    expect(analysis.locator("tbody tr")).to_have_count(4)
    expect(analysis.locator("tbody tr").first).to_contain_text("50%")
    expect(trainer_page.get_by_test_id("mastery")).to_contain_text("modus TPPO")

    # The trainer lowers the pass mark: it can only go to review, and participants keep the published one.
    trainer_page.goto(f"{live_server.url}/admin/snippets/quizzes/quiz/edit/{quiz.pk}/")
    trainer_page.get_by_label("Nilai lulus (%)").fill("60")
    trainer_page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    expect(trainer_page.locator("button[name=action-publish]")).to_have_count(0)
    trainer_page.locator("button[name=action-submit]").click()
    expect(trainer_page).to_have_url(f"{live_server.url}/admin/snippets/quizzes/quiz/")
    expect(trainer_page.locator("table.listing")).to_contain_text("75")  # the list shows the live pass mark
    quiz.refresh_from_db()
    assert quiz.pass_mark == 75 and quiz.has_unpublished_changes
    desktop.close()


# page.route() cannot hold what the service worker fetches for the page (static/js/sw/sinergi-sw.js).
@pytest.mark.browser_context_args(service_workers="block")
def test_going_on_while_an_answer_is_still_being_saved_keeps_the_latest_picks(
    live_server, page: Page, participant
):
    """A teacher ticks two boxes and taps "Simpan dan lanjut" while the first tick's save is still on its way
    (a slow signal). The next question shows at once (the page holds the whole attempt); the saves go one at
    a time and carry the device's revision, so the older save can never overwrite the newer picks, whichever
    app server each lands on."""
    quiz = _build_quiz(bank_name="Bank soal: jawaban yang masih disimpan")
    course = make_course(title="Kursus Menjawab di Sinyal Lemah")
    ModuleQuiz.objects.create(module=make_module(course), quiz=quiz)
    Enrollment.objects.create(user=participant, course=course)
    _log_in(page, live_server, participant)
    page.goto(f"{live_server.url}/kuis/{quiz.pk}/")
    page.get_by_role("button", name="Mulai kuis").click()
    _answer(page, 1, ["Setiap orang"])

    held = []
    page.route("**/jawab/", lambda route: held.append(route))
    page.get_by_label("Gaji sangat tinggi tanpa kontrak").check()  # its save is held on the way
    page.get_by_label("Dokumen ditahan").check()
    page.get_by_role("button", name="Simpan dan lanjut").click()
    expect(page.get_by_text("Soal 3 dari 4")).to_be_visible()  # no waiting for the network
    expect(page).to_have_url(re.compile(r"/soal/3/$"))
    page.wait_for_timeout(300)
    assert len(held) == 1  # the newer picks wait for the older save: one request at a time
    held[0].continue_()
    page.unroute("**/jawab/")

    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    answer = attempt.answers.get(question__text="Mana tanda-tanda TPPO?")
    page.get_by_role("button", name=re.compile(r"^\w+ 2\W+tersimpan$")).wait_for()
    answer.refresh_from_db()
    picked = Choice.objects.filter(pk__in=answer.selected).values_list("text", flat=True)
    assert sorted(picked) == ["Dokumen ditahan", "Gaji sangat tinggi tanpa kontrak"]
