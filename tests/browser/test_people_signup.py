"""A teacher signs up on her phone, confirms her e-mail, completes her profile, logs out and back in."""

import re

from django.core import mail
from playwright.sync_api import Page, expect

from people.models import ConsentRecord, Profile

EMAIL = "bu.siti@contoh.id"
PASSWORD = "Linggau-aman-2025"


def confirmation_path(body: str) -> str:
    return re.search(r"https?://[^/\s]+(/akun/confirm-email/[^\s]+/)", body).group(1)


def test_signup_confirm_profile_logout_login(live_server, page: Page):
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Butuh bantuan?")).to_be_visible()
    page.get_by_role("link", name="Daftar gratis").click()

    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label(re.compile(r"^Kata sandi")).fill(PASSWORD)
    page.get_by_label("Ulangi kata sandi").fill("Linggau-aman-2024")
    page.get_by_role("button", name="Daftar").click()
    expect(page.locator(".field__error").first).to_be_visible()  # mistyped confirmation is explained
    page.get_by_label(re.compile(r"^Kata sandi")).fill(PASSWORD)
    page.get_by_label("Ulangi kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Daftar").click()
    expect(page.get_by_role("heading", name=re.compile("Verifikasi", re.I))).to_be_visible()

    assert len(mail.outbox) == 1
    page.goto(live_server.url + confirmation_path(mail.outbox[0].body))
    page.get_by_role("button", name="Konfirmasi").click()

    # Logged in and sent straight to the profile.
    expect(page.get_by_role("heading", name="Profil saya")).to_be_visible()
    page.get_by_label("Nama lengkap").fill("Siti Aminah, S.Pd.")
    page.get_by_label("Pekerjaan").select_option(label="Guru")
    page.get_by_label("Nomor WhatsApp (tidak wajib)").fill("0812 3456 789")
    page.get_by_label("Kecamatan tempat Anda bertugas").select_option(label="Lubuklinggau Timur I")
    page.get_by_text("Lembaga saya tidak ada di daftar").click()
    page.get_by_label("Nama lembaga Anda, jika tidak ada di daftar").fill("SD Negeri 45 Lubuklinggau")
    page.get_by_role("button", name="Simpan profil").click()
    expect(page.get_by_text("Mohon setujui kebijakan privasi")).to_be_visible()
    # Nothing typed was lost.
    expect(page.get_by_label("Nama lengkap")).to_have_value("Siti Aminah, S.Pd.")
    page.get_by_label(re.compile("Saya setuju DPPPAPM")).check()
    page.get_by_role("button", name="Simpan profil").click()
    expect(page.get_by_text("Profil Anda sudah disimpan.")).to_be_visible()

    profile = Profile.objects.get(user__email=EMAIL)
    assert profile.full_name == "Siti Aminah, S.Pd."
    assert profile.whatsapp == "+628123456789"
    assert profile.institution.name == "SD Negeri 45 Lubuklinggau"
    assert ConsentRecord.objects.filter(user__email=EMAIL).count() == 1

    # "Keluar" in the header asks first (allauth's confirmation page); only the confirmation logs out.
    page.get_by_role("link", name="Keluar").click()
    expect(page.get_by_text("Anda yakin ingin keluar?")).to_be_visible()
    expect(page.get_by_role("link", name="Profil saya", exact=True)).to_be_visible()
    page.locator("main").get_by_role("button", name="Keluar").click()
    expect(page.get_by_role("link", name="Masuk")).to_be_visible()

    page.get_by_role("link", name="Masuk").click()
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label(re.compile(r"^Kata sandi")).fill(PASSWORD)
    page.locator("form.form").get_by_role("button", name="Masuk").click()
    expect(page.get_by_role("link", name="Profil saya", exact=True)).to_be_visible()
    page.get_by_role("link", name="Profil saya", exact=True).click()
    expect(page.get_by_label("Nama lengkap")).to_have_value("Siti Aminah, S.Pd.")
