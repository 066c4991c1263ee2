"""A teacher takes a quiz on a patchy signal: the connection drops halfway, she answers on, goes on and
submits; when the connection comes back every answer reaches the server once and the attempt is submitted.
An answer that only reaches the server after the deadline and its grace is refused, and she is told so."""

import re
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from courses.models import Enrollment, ModuleQuiz
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt
from tests.courses.conftest import make_course, make_module
from tests.quizzes.conftest import correct_ids, make_bank, make_question, make_quiz

from .test_quizzes_journey import _log_in

pytestmark = pytest.mark.stack  # also runs against `make stack` (.ci/run's third stage)

TOPICS = ["Pelaporan", "Rujukan", "Visum", "Pendampingan", "Pemulihan"]
WAITING = "Disimpan di perangkat ini: akan dikirim begitu koneksi kembali."


def _quiz_for(participant, name: str):
    # Against `make stack` the database is not emptied between tests: each test names its own bank and course.
    bank = make_bank(name=f"Bank soal {name}")
    questions = [
        make_question(
            bank=bank,
            text=f"{topic}: langkah mana yang benar ({name})?",
            choices=[(f"{topic} benar", True), (f"{topic} keliru", False)],
        )
        for topic in TOPICS
    ]
    quiz = make_quiz(questions=questions, title=f"Kuis {name}", time_limit_minutes=10)
    course = make_course(title=f"Kursus {name}")
    ModuleQuiz.objects.create(module=make_module(course), quiz=quiz)
    Enrollment.objects.create(user=participant, course=course)
    return quiz, questions


def _saves_and_submits(page: Page) -> list:
    """Every save and submit the server answered, as (kind, question id or None)."""
    seen = []

    def finished(request):
        if request.method != "POST":
            return
        if request.url.endswith("/jawab/"):
            seen.append(("save", int(parse_qs_multipart(request)["question"])))
        elif request.url.endswith("/kirim/"):
            seen.append(("submit", None))

    page.on("requestfinished", finished)
    return seen


def parse_qs_multipart(request) -> dict:
    """The fields of a multipart form body (quizzes.js sends FormData)."""
    body = request.post_data or ""
    if "Content-Disposition" not in body:
        return {key: values[0] for key, values in parse_qs(body).items()}
    fields = {}
    for part in body.split('Content-Disposition: form-data; name="')[1:]:
        name, _, rest = part.partition('"')
        fields.setdefault(name, rest.strip().split("\r\n")[0].strip())
    return fields


def _item(position: int, state: str):
    """A numbered button of the question navigator, by its state as a screen reader says it."""
    return re.compile(rf"^\w+ {position}\W+{state}$")


def _start(page: Page, live_server, quiz) -> None:
    """From the quiz's intro page, as a participant starts it."""
    page.goto(f"{live_server.url}/kuis/{quiz.pk}/")
    page.get_by_role("button", name="Mulai kuis").click()


def _answer(page: Page, position: int, label: str) -> None:
    expect(page.get_by_text(f"Soal {position} dari 5")).to_be_visible()
    page.get_by_label(label, exact=True).check()


def test_answers_given_offline_are_sent_once_when_the_connection_is_back(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Luring")
    _log_in(page, live_server, participant)
    sent = _saves_and_submits(page)
    _start(page, live_server, quiz)

    for position, topic in enumerate(TOPICS[:3], start=1):
        _answer(page, position, f"{topic} benar")
        expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
        page.get_by_role("button", name="Simpan dan lanjut").click()

    page.context.set_offline(True)
    _answer(page, 4, "Pendampingan benar")
    expect(page.locator("[data-save-status]")).to_have_text(WAITING)
    jump = page.get_by_role("navigation", name="Soal", exact=True)
    expect(jump.get_by_role("button", name=_item(4, "menunggu dikirim"))).to_be_visible()
    expect(jump.get_by_role("button", name=_item(3, "tersimpan"))).to_be_visible()
    page.get_by_role("button", name="Simpan dan lanjut").click()
    _answer(page, 5, "Pemulihan benar")
    # Going back and forth needs no connection: the page holds every question and keeps the picks.
    jump.get_by_role("button", name=_item(2, "tersimpan")).click()
    expect(page.get_by_label("Rujukan benar", exact=True)).to_be_checked()
    jump.get_by_role("button", name=_item(5, "menunggu dikirim")).click()
    expect(page.get_by_label("Pemulihan benar", exact=True)).to_be_checked()
    expect(page.get_by_role("status").filter(has_text="Tidak ada koneksi")).to_contain_text(
        "Jawaban yang menunggu dikirim: 2."
    )
    page.get_by_role("button", name="Simpan dan periksa").click()
    expect(page.get_by_role("heading", name="Periksa dan kirim")).to_be_visible()
    expect(page.get_by_text("Anda sudah menjawab 5 dari 5 soal.")).to_be_visible()
    rows = page.locator(".quiz-overview li")
    expect(rows.filter(has_text="Visum")).to_contain_text("Sudah dijawab")
    expect(rows.filter(has_text="Pendampingan")).to_contain_text("Menunggu dikirim")
    expect(rows.filter(has_text="Pemulihan")).to_contain_text("Menunggu dikirim")
    page.get_by_role("button", name="Kirim jawaban saya").click()
    expect(page.get_by_role("button", name="Kirim jawaban saya")).to_be_disabled()  # pressed once is enough
    expect(page.get_by_role("status")).to_contain_text("Jawaban Anda akan dikirim begitu koneksi kembali.")
    expect(page.get_by_role("status").filter(has_text="akan dikirim")).to_be_in_viewport()
    # Still the quiz, still usable, not the browser's error page.
    page.get_by_role("link", name="Kembali ke soal").click()
    expect(page.get_by_text("Soal 1 dari 5")).to_be_visible()
    expect(page.get_by_label("Pelaporan benar", exact=True)).to_be_disabled()  # submitted: no more changes
    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert [bool(a.selected) for a in attempt.answers.order_by("position")] == [True] * 3 + [False] * 2

    page.context.set_offline(False)
    expect(page).to_have_url(f"{live_server.url}/kuis/percobaan/{attempt.pk}/hasil/")
    expect(page.get_by_test_id("attempt-score")).to_contain_text("100%")

    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.score_percent == 100
    answers = list(attempt.answers.order_by("position"))
    assert [a.selected for a in answers] == [correct_ids(q) for q in questions]
    # Each answer reached the server once, and the submit once.
    assert sorted(sent[:5]) == sorted(("save", q.pk) for q in questions)
    assert sent[5:] == [("submit", None)]
    assert (
        page.evaluate(
            """() => new Promise((resolve) => {
            const open = indexedDB.open("sinergi-quiz");
            open.onsuccess = () => {
                const db = open.result;
                const request = db.transaction("answers").objectStore("answers").count();
                request.onsuccess = () => resolve(request.result);
            };
        })"""
        )
        == 0
    )  # nothing left waiting on the phone


def test_an_answer_that_reaches_the_server_after_the_deadline_is_refused_and_she_is_told(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Terlambat")
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    _answer(page, 1, "Pelaporan benar")
    expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
    page.get_by_role("button", name="Simpan dan lanjut").click()

    page.context.set_offline(True)
    _answer(page, 2, "Rujukan benar")
    expect(page.locator("[data-save-status]")).to_have_text(WAITING)
    # The connection stays away past the deadline and its grace (the server's clock rules).
    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    page.context.set_offline(False)

    refused = page.get_by_role("alert")
    expect(refused).to_contain_text(
        "Waktu habis: jawaban yang sampai di server setelah batas waktu tidak dihitung. "
        "Jawaban yang tersimpan tepat waktu sudah dinilai."
    )
    expect(refused).to_contain_text("Tidak dihitung: soal 2.")
    expect(page.locator("[data-save-status]")).to_have_text(
        "Tidak dihitung: jawaban ini sampai di server setelah batas waktu."
    )
    expect(
        page.get_by_role("navigation", name="Soal", exact=True).get_by_role(
            "button", name=_item(2, "tidak dihitung")
        )
    ).to_be_visible()
    refused.get_by_role("link", name="Lihat nilai saya").click()
    expect(page.get_by_test_id("attempt-score")).to_be_visible()

    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline
    assert [bool(a.selected) for a in attempt.answers.order_by("position")] == [True] + [False] * 4
    assert attempt.score == 1


def test_time_running_out_offline_submits_what_reaches_the_server_in_time(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Waktu habis luring")
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    _answer(page, 1, "Pelaporan benar")
    expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=4))
    page.reload()  # the countdown now has a few seconds left

    page.context.set_offline(True)
    page.get_by_role("button", name="Simpan dan lanjut").click()
    _answer(page, 2, "Rujukan benar")
    expect(page.get_by_role("status")).to_contain_text(
        "Waktu habis. Jawaban Anda akan dikirim begitu koneksi kembali", timeout=10000
    )
    expect(page.get_by_label("Rujukan benar", exact=True)).to_be_disabled()
    page.wait_for_timeout(1500)  # surely past the deadline on the server's clock too
    page.context.set_offline(False)  # back within the grace: the answer still counts

    expect(page).to_have_url(f"{live_server.url}/kuis/percobaan/{attempt.pk}/hasil/")
    expect(
        page.get_by_text(
            "Waktu habis. Percobaan Anda sudah dikirim dengan jawaban yang tersimpan tepat waktu."
        )
    )
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED and attempt.closed_by_deadline
    assert [bool(a.selected) for a in attempt.answers.order_by("position")] == [True, True] + [False] * 3
    assert attempt.score == 2


def test_a_submit_waiting_for_the_connection_can_be_called_off_to_change_an_answer(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Batal kirim")
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    page.wait_for_load_state()  # the page had arrived whole before the signal went
    page.context.set_offline(True)
    _answer(page, 1, "Pelaporan keliru")
    page.get_by_role("button", name="Selesaikan kuis").click()
    page.get_by_role("button", name="Kirim jawaban saya").click()
    page.get_by_role("button", name="Batal: saya masih ingin mengubah jawaban").click()
    # Still offline: the answer waits, the submit does not, and the choices can be changed again.
    expect(page.get_by_role("status")).to_contain_text("Jawaban yang menunggu dikirim: 1.")
    expect(page.get_by_role("status")).not_to_contain_text("Biarkan halaman ini terbuka")
    page.get_by_role("link", name=re.compile("^Pelaporan")).click()
    page.get_by_label("Pelaporan benar", exact=True).check()
    page.get_by_role("button", name="Selesaikan kuis").click()
    page.get_by_role("button", name="Kirim jawaban saya").click()
    page.context.set_offline(False)

    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    expect(page).to_have_url(f"{live_server.url}/kuis/percobaan/{attempt.pk}/hasil/")
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.SUBMITTED
    assert attempt.answers.get(position=1).selected == correct_ids(questions[0])


def test_answers_wait_on_the_phone_while_she_is_logged_out_and_go_once_she_is_back(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Sesi berakhir")
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    page.context.clear_cookies(name="sessionid")  # the session ended while she was reading
    _answer(page, 1, "Pelaporan benar")
    expect(page.get_by_role("status")).to_contain_text(
        "Anda tidak lagi masuk. Masuk lagi (di tab lain); jawaban yang disimpan di perangkat ini lalu "
        "dikirim otomatis."
    )
    _log_in(page, live_server, participant)  # logged in again in another tab
    expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan", timeout=15000)
    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    assert attempt.answers.get(position=1).selected == correct_ids(questions[0])


def test_without_javascript_each_question_is_still_its_own_page(live_server, browser, participant):
    """The whole attempt in the page is an enhancement: without JavaScript only the asked question shows and
    every button posts, as before."""
    quiz, questions = _quiz_for(participant, "Tanpa JavaScript")
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="id-ID", java_script_enabled=False
    )
    page = context.new_page()
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    _answer(page, 1, "Pelaporan benar")
    expect(page.get_by_text("Rujukan: langkah mana")).to_have_count(0)  # only in an inert template
    page.get_by_role("button", name="Simpan dan lanjut").click()
    expect(page).to_have_url(re.compile(r"/soal/2/$"))
    _answer(page, 2, "Rujukan benar")
    page.get_by_role("navigation", name="Soal", exact=True).get_by_role(
        "button", name=re.compile(r"^\w+ 5$")
    ).click()
    expect(page).to_have_url(re.compile(r"/soal/5/$"))
    page.get_by_role("button", name="Selesaikan kuis").click()
    expect(page).to_have_url(re.compile(r"/selesai/$"))
    expect(page.get_by_text("Anda sudah menjawab 2 dari 5 soal.")).to_be_visible()
    page.get_by_role("button", name="Kirim jawaban saya").click()
    expect(page.get_by_test_id("attempt-score")).to_contain_text("40%")
    context.close()


# page.route() cannot hold what the service worker fetches for the page (static/js/sw/sinergi-sw.js).
@pytest.mark.browser_context_args(service_workers="block")
def test_a_pick_made_before_the_script_arrives_is_saved_too(live_server, page: Page, participant):
    """On a slow phone the question shows before quizzes.js has run: a choice tapped then is saved too."""
    quiz, questions = _quiz_for(participant, "Skrip lambat")
    _log_in(page, live_server, participant)
    page.goto(f"{live_server.url}/kuis/{quiz.pk}/")
    held = []
    script = re.compile(r"/quizzes/quizzes(\.[0-9a-f]+)?\.js$")  # hashed under the production settings
    page.route(script, lambda route: held.append(route))
    page.get_by_role("button", name="Mulai kuis").click()
    _answer(page, 1, "Pelaporan benar")
    for _ in range(50):
        if held:
            break
        page.wait_for_timeout(100)
    held[0].continue_()
    page.unroute(script)
    expect(page.locator("[data-save-status]")).to_have_text("Jawaban tersimpan")
    attempt = Attempt.objects.get(user=participant, quiz=quiz)
    assert attempt.answers.get(position=1).selected == correct_ids(questions[0])


def test_a_double_tap_on_next_moves_one_question(live_server, page: Page, participant):
    quiz, questions = _quiz_for(participant, "Ketuk dua kali")
    _log_in(page, live_server, participant)
    _start(page, live_server, quiz)
    page.wait_for_load_state()
    _answer(page, 1, "Pelaporan benar")
    # Two taps in quick succession: the second lands on the next question's button, in the same place.
    page.evaluate(
        """() => {
            document.querySelector("[data-quiz-stage] button[value=next]").click();
            document.querySelector("[data-quiz-stage] button[value=next]").click();
        }"""
    )
    expect(page.get_by_text("Soal 2 dari 5")).to_be_visible()
    page.wait_for_timeout(500)
    expect(page.get_by_text("Soal 2 dari 5")).to_be_visible()


# page.route() cannot refuse what the service worker fetches for the page.
@pytest.mark.browser_context_args(service_workers="block")
def test_the_logout_page_warns_when_quiz_answers_still_wait_on_the_phone(
    live_server, page: Page, participant
):
    quiz, questions = _quiz_for(participant, "Keluar menunggu")
    _log_in(page, live_server, participant)
    page.goto(f"{live_server.url}/kuis/{quiz.pk}/")
    # The signal is too weak for a save to arrive (refused before the attempt page opens, not while it loads).
    page.route("**/jawab/", lambda route: route.abort())
    page.get_by_role("button", name="Mulai kuis").click()
    _answer(page, 1, "Pelaporan benar")
    expect(page.locator("[data-save-status]")).to_have_text(
        "Belum terkirim: server tidak menjawab. Dicoba lagi otomatis."
    )
    page.goto(f"{live_server.url}/akun/logout/")
    expect(page.get_by_text("jawaban kuis yang belum terkirim")).to_be_visible()
