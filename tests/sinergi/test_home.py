import pytest

pytestmark = pytest.mark.django_db


def test_home_page_explains_the_programme_in_indonesian(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="id"' in html
    assert "Sinergi" in html
    assert "DPPPAPM Kota Lubuklinggau" in html


def test_home_page_leads_to_the_catalogue_and_the_workshops(client):
    from courses.models import CourseIndexPage
    from workshops.models import WorkshopIndexPage

    html = client.get("/").content.decode()
    assert f'href="{CourseIndexPage.objects.get().url}"' in html and "Lihat kursus" in html
    assert f'href="{WorkshopIndexPage.objects.get().url}"' in html
