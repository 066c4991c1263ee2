"""The account pages are named the same way in the tab title, the heading and the header's link, in English
as in Indonesian (allauth's own titles mix "Signup" and "Sign Up", and the header said "Log in")."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "login", "signup"), [("en", "Sign In", "Sign Up"), ("id", "Masuk", "Daftar")]
)
def test_login_and_signup_are_named_alike_everywhere(client, language, login, signup):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    for url, name in ((reverse("account_login"), login), (reverse("account_signup"), signup)):
        page = BeautifulSoup(client.get(url).content, "html.parser")
        assert page.title.get_text(" ", strip=True).split(" · ")[0].strip() == name, url
        assert page.find("h1").get_text(strip=True) == name, url
        header_links = [a.get_text(strip=True) for a in page.select("header a")]
        assert login in header_links and signup in header_links, header_links
