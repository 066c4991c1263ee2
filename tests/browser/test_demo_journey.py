"""On the demo content, a teacher goes from sign-up to a verified certificate, on her phone.

Sign up, confirm the e-mail, complete the profile, enrol in the starter course, pass each module's quiz by
choosing the answers the curriculum marks as correct, find the certificate and open its verification page.
"""

import re
from pathlib import Path

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from certificates.demo import seed_certificate_template
from certificates.models import Certificate
from curriculum.course import COURSE
from demo.curriculum import load_curriculum
from people.demo import seed_institutions
from tests.demo.conftest import correct_texts

from . import stack

pytestmark = pytest.mark.stack  # also runs against `make stack` (.ci/run's third stage)

EMAIL = "bu.rahma@contoh.id"
PASSWORD = "Linggau-aman-2025"
FULL_NAME = "Rahmawati, S.Pd."
SHOTS = Path("/tmp/shots/demo")  # noqa: S108 (screenshots for people to look at)
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_site(db):
    seed_institutions()
    load_curriculum(certificate_template=seed_certificate_template())


def shoot(page: Page, name: str) -> None:
    """The page at phone width, then at desktop width (the journey carries on at phone width)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-phone.png"), full_page=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=str(SHOTS / f"{name}-desktop.png"), full_page=True)
    page.set_viewport_size(PHONE)


def sign_up_and_complete_profile(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.get_by_role("link", name="Daftar gratis").click()
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label(re.compile(r"^Kata sandi")).fill(PASSWORD)
    page.get_by_label("Ulangi kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Daftar").click()
    expect(page.get_by_role("heading", name=re.compile("Verifikasi", re.I))).to_be_visible()

    (message,) = mail.outbox
    path = re.search(r"https?://[^/\s]+(/akun/confirm-email/[^\s]+/)", message.body).group(1)
    page.goto(base_url + path)
    page.get_by_role("button", name="Konfirmasi").click()

    expect(page.get_by_role("heading", name="Profil saya")).to_be_visible()
    page.get_by_label("Nama lengkap").fill(FULL_NAME)
    page.get_by_label("Pekerjaan").select_option(label="Guru")
    page.get_by_label("Kecamatan tempat Anda bertugas").select_option(label="Lubuklinggau Timur I")
    # The demo institutions are realistic choices: her school is in the list.
    page.locator("select[name=institution]").select_option(
        label="SMP Negeri 1 Lubuklinggau — Lubuklinggau Timur I"
    )
    page.get_by_label(re.compile("Saya setuju DPPPAPM")).check()
    page.get_by_role("button", name="Simpan profil").click()
    expect(page.get_by_text("Profil Anda sudah disimpan.")).to_be_visible()


def answer_every_question(page: Page) -> int:
    """Pick exactly the correct choices of each question, one page per question; return how many."""
    answered = 0
    while True:
        text = page.locator(".quiz-question__text").inner_text().strip()
        for choice in correct_texts(text):
            page.get_by_label(choice, exact=True).check()
        answered += 1
        last = page.get_by_role("button", name="Simpan dan periksa")
        if last.count():
            last.click()
            return answered
        page.get_by_role("button", name="Simpan dan lanjut").click()
        expect(page.locator(".quiz-question__count")).to_contain_text(f"Soal {answered + 1} dari")


def pass_module_quiz(page: Page, module, *, screenshots: bool = False) -> None:
    expect(page.get_by_role("heading", level=1, name=module.title)).to_be_visible()
    if screenshots:
        shoot(page, "module")
    page.locator(".quiz-card").get_by_role("link", name="Mulai kuis").click()
    expect(page.get_by_role("heading", name=module.quiz.title)).to_be_visible()
    page.get_by_role("button", name="Mulai kuis").click()
    if screenshots:
        shoot(page, "quiz-question")
    assert answer_every_question(page) == len(module.quiz.questions)
    page.get_by_role("button", name="Kirim jawaban saya").click()
    score = page.get_by_test_id("attempt-score")
    expect(score).to_contain_text("Lulus")
    expect(score).to_contain_text("100%")
    if screenshots:
        shoot(page, "quiz-result")
    page.get_by_test_id("back-link").click()
    expect(page.get_by_role("heading", name=re.compile("sudah menyelesaikan modul ini"))).to_be_visible()


def test_sign_up_learn_the_demo_course_and_verify_the_certificate(live_server, page: Page, demo_site):
    base_url = live_server.url
    sign_up_and_complete_profile(page, base_url)

    page.goto(base_url + "/kursus/")
    page.get_by_role("link", name=COURSE.title).click()
    page.get_by_role("button", name="Daftar kursus ini").click()

    for number, module in enumerate(COURSE.modules):
        pass_module_quiz(page, module, screenshots=number == 0)
        if number + 1 < len(COURSE.modules):
            page.get_by_role("link", name=f"Lanjutkan: {COURSE.modules[number + 1].title}").click()
    expect(page.get_by_text("Anda sudah menyelesaikan seluruh kursus")).to_be_visible()
    stack.certificates_rendered(Certificate.objects.filter(user__email=EMAIL))

    page.get_by_role("link", name="Sertifikat saya").first.click()
    expect(page.get_by_role("heading", name="Sertifikat saya")).to_be_visible()
    expect(page.get_by_text(COURSE.title)).to_be_visible()
    shoot(page, "certificates")
    page.get_by_role("link", name="Halaman verifikasi").click()
    expect(page.get_by_text("Sah", exact=True)).to_be_visible()
    expect(page.get_by_text(FULL_NAME)).to_be_visible()
    shoot(page, "verification")

    certificate = Certificate.objects.get(user__email=EMAIL)
    assert certificate.status == "valid" and certificate.subject_title == COURSE.title
    assert page.url.endswith(f"/verifikasi/{certificate.display_code}/")
    # The PDF the worker rendered is in the media storage (the S3 bucket, on the stack), and it is the file
    # she downloads.
    pdf = stack.stored_pdf(certificate)
    assert pdf.startswith(b"%PDF")
    page.goto(base_url + "/sertifikat/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Unduh PDF").click()
    assert Path(download.value.path()).read_bytes() == pdf
    share = page.request.get(base_url + f"/sertifikat/{certificate.pk}/gambar/")
    assert share.ok and share.headers["content-type"] == "image/png"
    assert share.body().startswith(b"\x89PNG")
