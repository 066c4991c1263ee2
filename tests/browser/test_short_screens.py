"""Short screens, on module 1 of the demo curriculum at 390×844: the section navigator and the module's next
step are on the first screen and stay there while reading (sticky); the quiz result shows its outcome and next
step on the first screen with every question of the review folded."""

import re

from certificates.demo import seed_course_certificate_template
from courses import services as course_services
from courses.models import CoursePage, ModuleQuiz
from demo.curriculum import load_curriculum
from demo.ledger import Report
from people.demo import seed_accounts, seed_institutions
from people.models import User
from quizzes import services as quiz_services

from .conftest import PHONE
from .test_touch_and_axe import log_in, path_of


def on_screen(page, selector: str) -> dict:
    """The element's box, asserted to lie wholly within the phone's screen."""
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not shown"
    assert box["y"] >= -0.5 and box["y"] + box["height"] <= PHONE["height"] + 0.5, (
        f"{selector} is off screen: {box}"
    )
    return box


def demo_module_one(participant):
    load_curriculum(certificate_template=seed_course_certificate_template(), report=Report())
    course = CoursePage.objects.live().first()
    course_services.enrol(user=participant, course=course)
    return course.modules().live().first()


def test_module_one_keeps_its_sections_and_next_step_in_view_and_the_result_leads_with_the_outcome(
    browser, live_server, db
):
    seed_institutions()
    seed_accounts()
    participant = User.objects.get(email="peserta@sinergi.test")
    module = demo_module_one(participant)
    context = browser.new_context(viewport=PHONE, locale="id-ID")
    log_in(context, live_server, participant)
    page = context.new_page()
    page.goto(live_server.url + path_of(module.url))

    # The first screen: where the participant is, and the module's next step.
    on_screen(page, ".lesson-bar__summary")
    on_screen(page, "[data-testid=bar-action]")
    assert page.locator("[data-testid=course-position]").inner_text().startswith("Modul 1 dari 5")
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height > 8 * PHONE["height"], "module 1 is a long lesson: the rest of this test means something"

    # Far down the lesson: the bar is still on the screen, names the section being read, and the reading bar
    # has moved on.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    page.wait_for_function("document.querySelector('[data-lesson-where]').textContent.startsWith('Bagian ')")
    on_screen(page, "[data-testid=bar-action]")
    where = page.locator("[data-lesson-where]").inner_text()
    number, total = map(int, re.match(r"Bagian (\d+) dari (\d+)", where).groups())
    assert total == 7 and 1 < number < total, where
    assert 20 < page.locator("[data-lesson-reading]").evaluate("bar => bar.value") < 90

    # The navigator jumps to a section and lands below the bar, not under it; the contents close.
    page.locator(".lesson-bar__summary").click()
    page.get_by_role("link", name="Apa yang dapat Bapak/Ibu lakukan").click()
    heading = page.locator("#apa-yang-dapat-bapakibu-lakukan")
    page.wait_for_function("() => !document.querySelector('[data-lesson-menu]').open")
    bar_bottom = page.locator(".lesson-bar").bounding_box()
    heading_box = on_screen(page, "#apa-yang-dapat-bapakibu-lakukan")
    assert heading_box["y"] >= bar_bottom["y"] + bar_bottom["height"] - 1, (
        "the heading is hidden under the bar"
    )
    assert page.url.endswith("#apa-yang-dapat-bapakibu-lakukan") and heading.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # The quiz result, after a failed attempt: outcome and next step first, every question folded.
    quiz = ModuleQuiz.objects.get(module=module).quiz
    attempt = quiz_services.start_attempt(user=participant, quiz=quiz, return_url=path_of(module.url))
    attempt, _ = quiz_services.submit_attempt(attempt=attempt)
    page.goto(f"{live_server.url}/kuis/percobaan/{attempt.pk}/hasil/")
    on_screen(page, "[data-testid=attempt-score]")
    assert "Belum lulus" in page.locator("[data-testid=attempt-score]").inner_text()
    first_action = on_screen(page, "[data-testid=result-actions] .button")
    assert first_action is not None
    assert page.locator("[data-testid=result-actions] .button").first.inner_text().strip() == "Coba lagi"
    folds = page.locator("details[data-testid=review-item]")
    assert folds.count() == 10
    assert page.locator("details[data-testid=review-item][open]").count() == 0
    result_height = page.evaluate("document.documentElement.scrollHeight")
    assert result_height < 5 * PHONE["height"], f"the result page is {result_height} px tall"
    folds.first.locator("summary").click()
    assert folds.first.locator(".quiz-review__choices").is_visible(), "a question opens with one tap"
    context.close()
