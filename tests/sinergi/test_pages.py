"""Site-wide pages: home, help panel, language, errors."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_page_carries_the_help_panel(client, participant):
    for url in ["/", reverse("account_login"), reverse("account_signup"), reverse("people:privacy")]:
        html = client.get(url).content.decode()
        assert "Butuh bantuan?" in html, url
        assert 'href="tel:129"' in html
        assert "08111-129-129" in html
        assert "UPTD PPA Kota Lubuklinggau" in html
        assert 'href="tel:110"' in html
    client.force_login(participant)
    assert "Butuh bantuan?" in client.get(reverse("people:profile")).content.decode()


def test_indonesian_even_when_the_phone_asks_for_english(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="id"' in html
    assert "Daftar gratis" in html


def test_the_language_switch_turns_the_site_english_and_back(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert 'lang="en"' in html
    assert "Sign up for free" in html
    assert "Need help?" in html
    client.post(reverse("set_language"), {"language": "id", "next": "/"})
    assert "Daftar gratis" in client.get("/").content.decode()


def test_unknown_urls_get_a_styled_indonesian_404(client):
    response = client.get("/halaman-yang-tidak-ada/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert "Butuh bantuan?" in html
    assert "/static/css/sinergi.css" in html


def test_pages_have_a_skip_link_and_a_labelled_main(client):
    html = client.get("/").content.decode()
    assert 'href="#main"' in html
    assert 'id="main"' in html


def test_static_files_are_self_hosted(client):
    html = client.get("/").content.decode()
    assert "cdn" not in html.lower()
    assert client.get("/static/css/sinergi.css").status_code == 200


def test_privacy_policy_names_the_law_and_the_version(client, settings):
    html = client.get(reverse("people:privacy")).content.decode()
    assert "UU PDP" in html
    assert settings.PRIVACY_POLICY_VERSION in html


def test_home_page_leads_to_the_course_catalogue_and_to_my_learning(client, participant):
    html = client.get("/").content.decode()
    assert 'href="/kursus/"' in html
    client.force_login(participant)
    html = client.get("/").content.decode()
    assert f'href="{reverse("courses:my_learning")}"' in html
    assert "Lanjutkan belajar" in html


def test_sitemap_lists_the_catalogue_and_courses_but_not_lessons(client, db):
    from courses.models import CourseIndexPage
    from tests.courses.conftest import make_course, make_module

    catalogue = CourseIndexPage.objects.get()
    course = make_course(catalogue, title="Kursus Publik")
    module = make_module(course)
    draft = make_course(catalogue, live=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert f"{course.url}</loc>" in xml and f"{catalogue.url}</loc>" in xml
    assert module.url not in xml and draft.slug not in xml


def test_hotlines_are_buttons_that_call_or_open_whatsapp(client):
    from wagtail.models import Site

    from sinergi.models import HelpSettings

    settings = HelpSettings.for_site(Site.objects.get(is_default_site=True))
    settings.uptd_phone = "(0733) 451 234"
    settings.uptd_whatsapp = "0812-7000-1234"
    settings.save()
    html = client.get("/").content.decode()
    # One tap dials a number a phone understands (no spaces or brackets) or opens a WhatsApp chat.
    assert '<a class="hotline" href="tel:129">' in html
    assert '<a class="hotline" href="tel:0733-451-234">' in html
    assert '<a class="hotline hotline--whatsapp" href="https://wa.me/628111129129"' in html
    assert '<a class="hotline hotline--whatsapp" href="https://wa.me/6281270001234"' in html
    assert '<a class="hotline" href="tel:110">' in html


def test_log_out_in_the_header_asks_first(client, participant):
    client.force_login(participant)
    html = client.get("/").content.decode()
    logout = reverse("account_logout")
    # The header links to the confirmation page instead of posting the logout form at one tap.
    assert f'<li class="site-nav__logout"><a href="{logout}">Keluar</a></li>' in html
    page = client.get(logout)
    assert "Anda yakin ingin keluar?" in page.content.decode()
    assert client.get(reverse("people:profile")).status_code == 200  # still logged in


def test_flash_messages_are_items_of_a_real_list(client, participant):
    """axe `listitem`: a role on the <ul> itself (role="status") takes away its list, leaving bare <li>s."""
    from html.parser import HTMLParser

    class Parents(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.message_parents = [], []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "li" and "message" in (attrs.get("class") or "").split():
                self.message_parents.append(self.stack[-1] if self.stack else None)
            if tag not in {"br", "img", "input", "meta", "link", "hr"}:
                self.stack.append((tag, attrs.get("role")))

        def handle_endtag(self, tag):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    client.force_login(participant)
    client.post(reverse("account_logout"))
    response = client.get("/")  # "Anda telah keluar." is waiting
    parser = Parents()
    parser.feed(response.content.decode())
    assert parser.message_parents, "the page shows a flash message"
    assert all(parent in {("ul", None), ("ol", None), ("ul", "list")} for parent in parser.message_parents)
    assert 'role="status"' in response.content.decode(), "messages are still announced"
