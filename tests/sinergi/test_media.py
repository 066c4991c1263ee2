"""Uploaded documents never run as pages of the site: only lesson file types are accepted, every document
downloads as an attachment through Wagtail's document view, and the media folder serves none of them."""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import clear_url_caches, reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from tests.courses.conftest import make_document, make_image

pytestmark = pytest.mark.django_db

HTML = b"<html><body><script>fetch('/admin/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


def upload(client, name: str, content: bytes):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    "name", ["materi.html", "materi.htm", "poster.svg", "data.xml", "skrip.js", "halaman.xhtml"]
)
def test_a_trainer_cannot_upload_html_svg_or_scripts_as_documents(client, trainer, name):
    client.force_login(trainer)

    response = upload(client, name, SVG if name.endswith("svg") else HTML)

    assert response.status_code == 200  # the form again, with the reason
    assert not get_document_model().objects.exists()
    assert "file" in response.context["form"].errors


@pytest.mark.parametrize("name", ["modul.pdf", "lembar-kerja.docx", "rekap.xlsx", "slide.pptx", "video.mp4"])
def test_lesson_files_are_accepted(client, trainer, name):
    client.force_login(trainer)

    response = upload(client, name, b"%PDF-1.4 isi")

    assert response.status_code == 302, response.context["form"].errors
    assert get_document_model().objects.get().title == name


@pytest.mark.parametrize(("name", "content"), [("modul.pdf", b"%PDF-1.4"), ("lama.html", HTML)])
def test_documents_download_as_attachments_that_cannot_run(client, participant, name, content):
    # "lama.html": a document uploaded before the list of file types existed.
    document = make_document("Materi", name, content)
    client.force_login(participant)

    response = client.get(document.url)

    assert document.url == reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content


@pytest.fixture
def development(settings):
    """The URLs as `make run` builds them (DEBUG on), put back afterwards."""
    import sinergi.urls

    settings.DEBUG = True
    importlib.reload(sinergi.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(sinergi.urls)
    clear_url_caches()


def test_in_development_the_media_folder_serves_images_but_no_document(client, participant, development):
    document = make_document("Materi", "serangan.html", HTML)
    pdf = make_document("Materi", "modul.pdf", b"%PDF-1.4")
    image = make_image()
    client.force_login(participant)

    for stored in (document.file.name, pdf.file.name):
        assert stored.startswith("documents/")
        assert client.get(f"/media/{stored}").status_code == 404
    rendition = image.get_rendition("width-400")
    for path in (image.file.name, rendition.file.name):
        response = client.get(f"/media/{path}")
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("image/")
    # Certificates and H5P packages have their own views; their files are not in reach either.
    from django.core.files.storage import default_storage

    for name in ("certificates/2026/abc/sertifikat.pdf", "h5p/uploads/paket.h5p", "h5p/content/1/index.html"):
        stored = default_storage.save(name, ContentFile(b"x"))
        try:
            assert client.get(f"/media/{stored}").status_code == 404
        finally:
            default_storage.delete(stored)
