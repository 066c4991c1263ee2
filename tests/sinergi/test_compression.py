"""Pages leave the app server gzipped for a browser that accepts it; files that are compressed already
(documents, videos, PDFs, images) leave as they are."""

import gzip
import re

import pytest
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.urls import reverse
from wagtail.documents import get_document_model

from sinergi.middleware import TextGZipMiddleware

pytestmark = pytest.mark.django_db


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


def without_tokens(html: str) -> str:
    return re.sub(r'(name="csrfmiddlewaretoken" value|data-csrf)="[^"]+"', "", html)


def test_a_page_is_sent_gzipped_when_the_browser_accepts_it(client, participant):
    client.force_login(participant)
    plain = client.get(reverse("people:profile"))
    assert "Content-Encoding" not in plain
    assert "accept-encoding" in vary(plain), "a cache must not hand the plain page to a gzip browser"

    packed = client.get(reverse("people:profile"), HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed["Content-Encoding"] == "gzip"
    assert "accept-encoding" in vary(packed) and "cookie" in vary(packed)
    html = gzip.decompress(packed.content).decode()
    assert without_tokens(html) == without_tokens(plain.content.decode())
    assert len(packed.content) < len(plain.content) / 3
    assert int(packed["Content-Length"]) == len(packed.content)


def test_the_home_page_for_a_visitor_too(client):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode().rstrip().endswith("</html>")


@pytest.mark.parametrize("content_type", ["application/pdf", "video/mp4", "image/webp", "application/zip"])
def test_files_compressed_already_are_sent_as_they_are(rf, content_type):
    body = b"%PDF-1.4 " + b"0" * 4000
    response = TextGZipMiddleware(lambda request: HttpResponse(body, content_type=content_type))(
        rf.get("/sertifikat/1/unduh/", HTTP_ACCEPT_ENCODING="gzip")
    )
    assert "Content-Encoding" not in response
    assert response.content == body


@pytest.mark.parametrize("content_type", ["text/csv; charset=utf-8", "application/json"])
def test_csv_and_json_are_compressed(rf, content_type):
    body = b"nama,kecamatan\n" * 300
    response = TextGZipMiddleware(lambda request: HttpResponse(body, content_type=content_type))(
        rf.get("/laporan/ekspor.csv", HTTP_ACCEPT_ENCODING="gzip")
    )
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == body


def test_a_lesson_video_file_is_sent_as_stored(client, officer):
    document = get_document_model().objects.create(
        title="Video kasus", file=ContentFile(b"\0" * 4096, name="kasus.mp4")
    )
    client.force_login(officer)
    response = client.get(document.url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response.get("Content-Encoding") != "gzip"
    assert b"".join(response.streaming_content) == b"\0" * 4096
