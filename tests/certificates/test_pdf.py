"""The pure renderer: the PDF's bytes are parsed back, as a reader's viewer would."""

import dataclasses
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from certificates import demo
from certificates.fonts import pdf_font
from certificates.models import DEFAULT_BODY
from certificates.pdf import Layout, SignatoryLayout, page_dimensions, render_pdf, safe_filename
from certificates.pdfimages import ImageSource, RenderError, qr_matrix
from certificates.placeholders import sample_data
from certificates.textfit import fit_name


def full_layout(**changes) -> Layout:
    layout = Layout(
        background=ImageSource("test-bg", "background", data=demo.background_jpeg(600, 424)),
        logos=(ImageSource("test-logo", "logo", data=demo.logo_png(size=120)),),
        body=DEFAULT_BODY,
        signatories=(
            SignatoryLayout(
                "Dra. Hj. Nurhayati, M.Si.",
                "Kepala Dinas",
                "196805121994032005",
                ImageSource("test-sig1", "signature", data=demo.signature_png(1, 300, 110)),
            ),
            SignatoryLayout(
                "Ahmad Fauzi, S.Sos.",
                "Ketua Panitia",
                "",
                ImageSource("test-sig2", "signature", data=demo.signature_png(2, 300, 110)),
            ),
        ),
    )
    return dataclasses.replace(layout, **changes)


def text_of(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_one_landscape_a4_page_with_name_number_and_filename():
    data = sample_data()
    filename, content_type, content = render_pdf(full_layout(), data)
    reader = PdfReader(io.BytesIO(content))
    assert content_type == "application/pdf"
    assert filename == "SNG-2025-11-000123-Siti-Aminah-S.Pd.pdf"
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = text_of(content)
    assert "Siti Aminah, S.Pd." in text
    assert "SNG/2025/11/000123" in text
    assert "7KQ2-M9XD-R4TB-HW3N" in text
    assert "10–12 November 2025" in text


def _images(content: bytes):
    page = PdfReader(io.BytesIO(content)).pages[0]
    return [image.image for image in page.images]


def test_the_qr_code_on_the_page_is_the_verification_url():
    data = sample_data()
    _, _, content = render_pdf(full_layout(), data)
    expected = qr_matrix(data.verification_url)
    size = len(expected)
    candidates = [image for image in _images(content) if image.size == (size, size)]
    assert len(candidates) == 1, "exactly one QR-sized image"
    pixels = candidates[0].convert("L").load()
    found = [[pixels[x, y] < 128 for x in range(size)] for y in range(size)]
    assert found == expected
    other = qr_matrix("https://sinergi.example/verifikasi/0000-0000-0000-0000/")
    assert found != other


@pytest.mark.parametrize(
    "name",
    [
        "Andi O'Neil",
        "Ni Luh Putu Ayu Ṡaraswati Dewi",
        "José Ñuñez Çağlar",
        "<b>Budi</b> & <script>alert(1)</script>",
    ],
)
def test_names_print_exactly_as_typed(name):
    _, _, content = render_pdf(full_layout(), dataclasses.replace(sample_data(), recipient_name=name))
    assert name in text_of(content)


def test_a_120_character_name_shrinks_and_stays_on_the_page():
    name = ("Muhammad Ridwan Abdurrahman Al-Fatih Nasution " * 3)[:120].strip()
    _, _, content = render_pdf(full_layout(), dataclasses.replace(sample_data(), recipient_name=name))
    text = " ".join(text_of(content).split())
    assert name in text
    width, _height = page_dimensions("A4", "landscape")
    font = pdf_font("serif", bold=True)
    size, lines = fit_name(name, font, max_size=32, min_size=18, width=width * 0.86)
    assert size < 32 and len(lines) in (1, 2)
    assert all(stringWidth(line, font, size) <= width * 0.86 + 0.01 for line in lines)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="latin-1", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=120
    )
)
def test_any_name_fits_the_width(name):
    font = pdf_font("serif", bold=True)
    size, lines = fit_name(name, font, max_size=32, min_size=18, width=600)
    assert all(stringWidth(line, font, size) <= 600.01 for line in lines)
    assert " ".join(lines) == name


def test_portrait_and_every_qr_position_render():
    for orientation in ("portrait", "landscape"):
        for position in ("bottom_left", "bottom_center", "top_right", "top_left"):
            layout = full_layout(orientation=orientation, qr_position=position, page_size="F4")
            _, _, content = render_pdf(layout, sample_data())
            assert "Siti Aminah" in text_of(content)


def test_a_missing_image_stops_the_render_with_its_name():
    layout = full_layout(background=ImageSource("gone", "background image", path="/nonexistent/latar.jpg"))
    with pytest.raises(RenderError) as error:
        render_pdf(layout, sample_data())
    assert error.value.code == "missing_image"
    assert "background image" in str(error.value)

    broken = full_layout(logos=(ImageSource("broken", "logo", data=b"not an image"),))
    with pytest.raises(RenderError):
        render_pdf(broken, sample_data())


def test_images_keep_their_transparency():
    _, _, content = render_pdf(full_layout(), sample_data())
    page = PdfReader(io.BytesIO(content)).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    masked = [name for name, ref in xobjects.items() if "/SMask" in ref.get_object()]
    assert len(masked) >= 3  # the logo and both signatures


def test_safe_filenames():
    assert (
        safe_filename("SNG/2025/11/000123", "Siti Aminah, S.Pd.") == "SNG-2025-11-000123-Siti-Aminah-S.Pd.pdf"
    )
    assert safe_filename("SNG/2025/11/000124", "José O'Neil") == "SNG-2025-11-000124-Jose-O-Neil.pdf"
    assert safe_filename("SNG/2025/11/000125", "../../etc/passwd") == "SNG-2025-11-000125-etc-passwd.pdf"
    assert safe_filename("SNG/2025/11/000126", "张伟") == "SNG-2025-11-000126.pdf"


def test_the_background_jpeg_is_embedded_as_is():
    _, _, content = render_pdf(full_layout(), sample_data())
    page = PdfReader(io.BytesIO(content)).pages[0]
    filters = [ref.get_object().get("/Filter") for ref in page["/Resources"]["/XObject"].values()]
    assert any("/DCTDecode" in str(value) for value in filters)
    assert Image.open(io.BytesIO(demo.background_jpeg(600, 424))).format == "JPEG"
