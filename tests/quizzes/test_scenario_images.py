"""A case image on a question comes in the size a phone needs, as AVIF or WebP, while answering and in the
review."""

import re

import pytest
from django.urls import reverse

from quizzes import services
from tests.courses.conftest import make_image

from .conftest import in_a_course, make_question, make_quiz, take

pytestmark = pytest.mark.django_db


def picture(html: str) -> str:
    found = re.search(r"<picture>.*?</picture>", html, re.S)
    assert found, "the case image is missing"
    return found.group(0)


def test_the_case_image_is_responsive_while_answering_and_in_the_review(client, participant):
    case = make_image("Kasus")
    question = make_question(scenario="<p>Rani ditawari kerja di kota.</p>", scenario_image=case)
    quiz = make_quiz(questions=[question], review_show_correctness=True)
    in_a_course(quiz, participant)
    client.force_login(participant)

    attempt = services.start_attempt(user=participant, quiz=quiz)
    html = client.get(reverse("quizzes:question", args=[attempt.pk, 1])).content.decode()
    image = picture(html)
    assert re.search(r'srcset="[^"]+\.avif 400w, [^"]+\.avif 800w"[^>]*type="image/avif"', image)
    assert re.search(r'<img[^>]+srcset="[^"]+\.webp 400w, [^"]+\.webp 800w"', image)
    assert re.search(r'<img[^>]+height="266"', image) and 'width="400"' in image
    assert "quiz-case__image" in image

    services.submit_attempt(attempt=attempt)
    html = client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
    review = picture(html)
    assert 'type="image/avif"' in review and 'loading="lazy"' in review


def test_a_question_without_an_image_shows_none(client, participant):
    quiz = make_quiz(questions=[make_question(scenario="<p>Kasus tanpa gambar.</p>")])
    in_a_course(quiz, participant)
    attempt = take(participant, quiz)
    client.force_login(participant)
    assert "<picture" not in client.get(reverse("quizzes:result", args=[attempt.pk])).content.decode()
