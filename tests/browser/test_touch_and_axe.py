"""Every participant page, on the demo content at 390×844: big enough tap targets, and no WCAG 2.1 AA
violation that axe-core finds.

Tap targets. Every visible `a, button, input, select, textarea, summary, [role=button]` (and the label of
a radio or check box, which is where a finger lands) is at least 44×44 CSS px. WCAG 2.2's 2.5.8 asks for
24 px; we aim for the 44 px of 2.5.5 (AAA) because participants are teachers on mid-range Android phones.
Exempt, as 2.5.8 exempts them:
- inline links in running text: an `a` laid out inline (CSS display: inline) within a sentence, that is
  inside a block with more text than the link: a `p` anywhere ("Someone wants to check a certificate?
  Verify a certificate", a consent text), or a `p`, `li`, `td`, `dd`, `blockquote` or `figcaption` of
  editor-written text (`.rich-text`: lessons, course and workshop descriptions). Never exempt: anything in
  the header, the footer, the help panel or a `nav`, links in lists outside editor-written text (an
  overview of questions is a list of targets, not a sentence), and any link styled as a block or a button;
- controls the browser draws at its own size (hidden inputs, radio buttons and check boxes whose label is the
  target: the label is measured instead);
- the skip link, which is off screen until focused (then it is a big button).

axe-core comes from npm (package.json, node_modules/axe-core); the test evaluates it in the page through
Playwright's `evaluate`, which runs over the DevTools protocol and is not subject to the site's
Content-Security-Policy, so the pages are checked exactly as the site serves them (no `bypass_csp`).
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from certificates.demo import seed_certificate_template, seed_course_certificate_template
from certificates.models import Certificate
from courses import services as course_services
from courses.models import CourseIndexPage, CoursePage, ModuleProgress
from demo.curriculum import load_curriculum
from demo.ledger import Report
from demo.workshops import load_workshops
from people.demo import seed_accounts, seed_institutions
from people.models import User
from quizzes.models import Attempt
from workshops.models import WorkshopIndexPage, WorkshopPage

from .conftest import PHONE

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
MIN = 44
DESKTOP = {"width": 1280, "height": 800}
# Screenshots for a human to look at, only when asked: SHOTS_DIR=/tmp/shots pytest tests/browser/...
SHOTS = Path(os.environ["SHOTS_DIR"]) / "touch" if os.environ.get("SHOTS_DIR") else None
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Measured in the page: every visible interactive element that is not an inline link, as described above.
MEASURE = r"""(min) => {
    const isInline = (el) => {
        if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
        if (el.closest('.site-header, .site-footer, .help-panel, nav')) return false;
        const running = el.closest('.rich-text') ? 'p, li, td, dd, blockquote, figcaption' : 'p';
        const block = el.parentElement && el.parentElement.closest(running);
        if (!block) return false;
        const own = el.textContent.trim().length;
        return block.textContent.trim().length > own + 3;
    };
    const visible = (el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
    };
    const targets = [];
    const selector = 'a, button, input, select, textarea, summary, [role=button]';
    for (const el of document.querySelectorAll(selector)) {
        if (el.matches('.skip-link')) continue;
        let target = el;
        if (el.matches('input[type=hidden]')) continue;
        if (el.matches('input[type=radio], input[type=checkbox]')) {
            target = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
            if (!target) target = el;
        }
        if (!visible(target) || isInline(el)) continue;
        const box = target.getBoundingClientRect();
        if (box.width < min - 0.5 || box.height < min - 0.5) {
            const name = (el.getAttribute('aria-label') || el.textContent || el.value || el.name || '')
                .trim().replace(/\s+/g, ' ').slice(0, 40);
            const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
            targets.push(`${el.tagName.toLowerCase()} "${name}" ${size}`);
        }
    }
    return targets;
}"""


def log_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


@pytest.fixture
def demo_pages(db):
    """The demo content: the starter course, a past workshop with certificates, and the demo participant."""
    seed_institutions()
    seed_accounts()
    template = seed_certificate_template()
    load_curriculum(certificate_template=seed_course_certificate_template(), report=Report())
    load_workshops(certificate_template=template, report=Report())
    participant = User.objects.get(email="peserta@sinergi.test")
    course = CoursePage.objects.live().first()
    enrollment, _ = course_services.enrol(user=participant, course=course)
    modules = list(course.modules().live())
    module = modules[0]
    # The last module (the referral map's hotlines) opens without the four before it: a completed module
    # always stays open.
    ModuleProgress.objects.create(enrollment=enrollment, module=modules[-1], completed_at=timezone.now())
    attempt = Attempt.objects.filter(user=participant).exclude(submitted_at=None).first()
    certificate = Certificate.objects.filter(user=participant).first()
    workshop = WorkshopPage.objects.live().first()
    return {
        "participant": participant,
        "public": {
            "home": "/",
            "catalogue": CourseIndexPage.objects.live().first().url,
            "course": course.url,
            "login": "/akun/login/",
            "sign-up": "/akun/signup/",
            "verification form": "/verifikasi/",
            "verification": f"/verifikasi/{certificate.display_code}/",
            "workshop list": WorkshopIndexPage.objects.live().first().url,
            "workshop": workshop.url,
            "password reset": "/akun/password/reset/",
            "privacy policy": "/privasi/",
            "offline page": "/luring/",
        },
        "participant pages": {
            "home": "/",
            "catalogue": CourseIndexPage.objects.live().first().url,
            "course": course.url,
            "module": module.url,
            "last module (referral map)": modules[-1].url,
            "my learning": "/belajar/",
            "search": "/belajar/cari/?q=TPPO",
            "profile": "/profil/",
            "certificates": "/sertifikat/",
            "verification": f"/verifikasi/{certificate.display_code}/",
            "my workshops": "/lokakarya-saya/",
            "workshop": workshop.url,
            "quiz result": f"/kuis/percobaan/{attempt.pk}/hasil/",
            "log out confirmation": "/akun/logout/",
        },
        "module": module,
    }


def axe_violations(page) -> list[str]:
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    found = []
    for violation in result["violations"]:
        nodes = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        found.append(f"{violation['id']} ({violation['impact']}): {nodes}")
    return found


def path_of(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def shoot(page, name: str) -> None:
    """The page and its help panel at phone width, then at desktop width."""
    if SHOTS is None:
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    name = name.replace(" ", "-")
    for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(SHOTS / f"{name}-{size}.png"))
        page.locator(".help-panel").screenshot(path=str(SHOTS / f"{name}-help-{size}.png"))
        page.locator(".site-footer").screenshot(path=str(SHOTS / f"{name}-footer-{size}.png"))
        if page.locator(".lesson-help").count():
            page.locator(".lesson-help").first.screenshot(path=str(SHOTS / f"{name}-lesson-help-{size}.png"))
    page.set_viewport_size(PHONE)


def check(page, url: str, name: str, small: list[str], axe: list[str]) -> None:
    response = page.goto(url)
    assert response.ok, f"{name}: {url} answered {response.status}"
    assert path_of(page.url) == path_of(url), f"{name}: {url} led to {page.url}"
    # static/js/pwa.js shows the "available offline" controls once it has looked at what the phone stores.
    expect(page.locator("[data-offline-course][hidden]")).to_have_count(0)
    small.extend(f"{name}: {target}" for target in page.evaluate(MEASURE, MIN))
    axe.extend(f"{name}: {violation}" for violation in axe_violations(page))


def test_participant_pages_have_big_targets_no_axe_violation_and_a_text_size_control(
    browser, live_server, demo_pages
):
    assert AXE.is_file(), "axe-core is missing: run `make assets`"
    small, axe = [], []

    visitor = browser.new_context(viewport=PHONE, locale="id-ID")
    page = visitor.new_page()
    for name, path in demo_pages["public"].items():
        check(page, live_server.url + path_of(path), f"visitor {name}", small, axe)
        if name == "home":
            shoot(page, "visitor-home")
    visitor.close()

    context = browser.new_context(viewport=PHONE, locale="id-ID")
    log_in(context, live_server, demo_pages["participant"])
    page = context.new_page()
    for name, path in demo_pages["participant pages"].items():
        check(page, live_server.url + path_of(path), name, small, axe)
        if name in ("home", "module", "log out confirmation"):
            shoot(page, name)

    # The quiz: its intro, a question, then the help panel's numbers were measured on every page above.
    module = demo_pages["module"]
    page.goto(live_server.url + path_of(module.url))
    quiz_link = page.locator("a[href*='/kuis/']").first
    page.goto(live_server.url + path_of(quiz_link.get_attribute("href")))
    check(page, page.url, "quiz intro", small, axe)
    page.locator("form[action*='/mulai/'] button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/soal/"))
    check(page, page.url, "quiz question", small, axe)
    page.get_by_role("button", name="Selesaikan kuis").click()
    page.wait_for_url(re.compile(r"/selesai/"))
    check(page, page.url, "quiz finish confirmation", small, axe)
    # The result of a module's quiz: its next steps and the folded review, one question opened.
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/hasil/"))
    check(page, page.url, "module quiz result", small, axe)
    page.locator("details[data-testid=review-item] summary").first.click()
    small.extend(f"module quiz result, opened: {target}" for target in page.evaluate(MEASURE, MIN))
    axe.extend(f"module quiz result, opened: {violation}" for violation in axe_violations(page))
    shoot(page, "module quiz result")

    # Text size: "A++" doubles the text on this phone, the choice survives a reload, and no page gets wider
    # than the screen (nothing to scroll sideways) at 200 %.
    page.goto(live_server.url + path_of(module.url))
    page.get_by_role("button", name="A++ terbesar").click()
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "32px"
    for path in ("/", path_of(module.url), "/belajar/", "/profil/", "/sertifikat/"):
        page.goto(live_server.url + path)
        assert page.get_by_role("button", name="A++ terbesar").get_attribute("aria-pressed") == "true"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width} px wide at 200 % text"
        small.extend(f"{path} at 200 %: {target}" for target in page.evaluate(MEASURE, MIN))
    if SHOTS is not None:
        page.goto(live_server.url + path_of(module.url))
        page.screenshot(path=str(SHOTS / "module-200-phone.png"))
    page.get_by_role("button", name="A normal").click()
    assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == "16px"

    # Logging out: a page with a flash message ("Anda telah keluar.") is checked too.
    page.goto(live_server.url + "/akun/logout/")
    page.locator("main").get_by_role("button", name="Keluar").click()
    page.locator(".messages").wait_for()
    small.extend(f"after logging out: {target}" for target in page.evaluate(MEASURE, MIN))
    axe.extend(f"after logging out: {violation}" for violation in axe_violations(page))
    context.close()

    assert not small and not axe, (
        f"{len(small)} tap targets under {MIN}×{MIN} px:\n"
        + "\n".join(small)
        + f"\n{len(axe)} WCAG 2.1 AA violations (axe-core):\n"
        + "\n".join(axe)
    )


def test_the_axe_check_finds_what_it_should(page):
    """The harness itself: axe runs in the page and reports a known WCAG failure (an image without alt text,
    an unlabelled field), and the tap-target measure catches a small link."""
    page.set_content(
        '<html lang="id"><body><main><h1>Uji</h1><img src="data:,">'
        '<input type="text"><p><a href="#x">x</a></p></main></body></html>'
    )
    found = " ".join(axe_violations(page))
    assert "image-alt" in found and "label" in found
    assert any(target.startswith('a "x"') for target in page.evaluate(MEASURE, MIN))
