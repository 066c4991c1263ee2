import pytest

pytestmark = pytest.mark.django_db


def test_home_page_explains_the_programme_in_indonesian(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="id"' in html
    assert "Sinergi" in html
    assert "DPPPAPM Kota Lubuklinggau" in html
