import pytest

pytestmark = pytest.mark.django_db


def test_catalogue_and_course_pages_render(client, catalogue, course, modules):
    assert client.get(catalogue.url).status_code == 200
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Mencegah TPPO di Sekolah" in response.content.decode()


def test_module_page_renders_for_enrolled(client, participant, enrollment, modules):
    client.force_login(participant)
    response = client.get(modules[0].url)
    assert response.status_code == 200, response
    assert "Bagian 1" in response.content.decode()
