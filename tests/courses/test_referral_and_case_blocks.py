"""The referral map reads the agency's contacts from the same setting as the help panel; case scenarios
fold their model answer until the participant opens it."""

import pytest

from courses.models import Enrollment
from sinergi.models import HelpSettings

from .conftest import make_module

pytestmark = pytest.mark.django_db


def referral_map(*services: str) -> dict:
    return {
        "type": "referral_map",
        "value": {
            "intro": "Siapa melakukan apa di kota kita.",
            "services": [
                {"service": key, "name": f"Layanan {key}", "role": f"Peran layanan {key}."}
                for key in services
            ],
        },
    }


def case(**fields) -> dict:
    value = {
        "title": "Kasus Lina",
        "story": "<p>Lina mengirim lokasinya dari rumah penampungan.</p>",
        "questions": ["Siapa yang dihubungi lebih dulu?"],
        "model_answer": "",
        "optional": False,
    }
    value.update(fields)
    return {"type": "case_scenario", "value": value}


def lesson_html(client, participant, course, body) -> str:
    module = make_module(course, body=body)
    Enrollment.objects.get_or_create(user=participant, course=course)
    client.force_login(participant)
    return client.get(module.url).content.decode()


def test_the_referral_map_and_the_help_panel_read_one_setting(client, participant, course):
    settings = HelpSettings.for_site(course.get_site())
    settings.uptd_phone = "0733-111222"
    settings.unit_ppa_whatsapp = "0812-3456-7890"
    settings.unit_ppa_address = "Jl. Contoh No. 1"
    settings.save()

    html = lesson_html(client, participant, course, [referral_map("uptd_ppa", "unit_ppa", "bapas")])

    # The agency's number appears in the map and in the site-wide help panel: one copy, two places.
    assert html.count('href="tel:0733-111222"') == 2
    assert 'href="https://wa.me/6281234567890"' in html and "Jl. Contoh No. 1" in html
    # A service the agency has not filled in says so, never a guessed number.
    bapas = html.split("Layanan bapas", 1)[1].split("</li>", 1)[0]
    assert "Kontak belum diisi." in bapas and "tel:" not in bapas
    assert "SAPA 129 dapat menghubungkan Anda" in html


def test_a_map_with_every_contact_filled_has_no_waiting_note(client, participant, course):
    settings = HelpSettings.for_site(course.get_site())
    settings.puskesmas_phone = "0733-000111"
    settings.save()
    html = lesson_html(client, participant, course, [referral_map("puskesmas")])
    assert 'href="tel:0733-000111"' in html
    assert "Kontak belum diisi" not in html and "Dinas masih melengkapi" not in html


def test_the_model_answer_is_folded_and_the_optional_case_says_so(client, participant, course):
    answer = "<ol><li>Polisi di 110, dengan lokasi yang dikirim Lina.</li></ol>"
    html = lesson_html(
        client,
        participant,
        course,
        [case(model_answer=answer, optional=True), case(title="Kasus tanpa jawaban")],
    )
    details = html.split('<details class="case-scenario__answer">', 1)[1].split("</details>", 1)[0]
    assert "Contoh jawaban" in details and "Polisi di 110" in details
    # Closed until opened, and only where there is an answer.
    assert (
        html.count('<details class="case-scenario__answer">') == 1
        and 'case-scenario__answer" open' not in html
    )
    assert "diskusi opsional" in html.split("Kasus Lina", 1)[0].rsplit("case-scenario__kind", 1)[1]
    assert (
        "diskusi opsional" not in html.split("Kasus tanpa jawaban", 1)[0].rsplit("case-scenario__kind", 1)[1]
    )
