"""Names in any script print on the certificate: every glyph drawn exists in the font embedded for it (no
empty boxes), Arabic is joined and right to left, emoji are dropped cleanly. The PDF is parsed back with pypdf
and its embedded fonts with fontTools; the share image is read back with Pillow."""

import dataclasses
import io
import re
import unicodedata

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

from certificates.pdf import render_pdf
from certificates.placeholders import sample_data
from certificates.share import share_png

from .test_pdf import full_layout

ARABIC = "محمد عبد الرحمن"


def _to_unicode(font) -> dict[int, str]:
    """The font's ToUnicode map, as reportlab writes it (one <code> <unicode> pair a line)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    return {
        int(code, 16): "".join(chr(int(data[i : i + 4], 16)) for i in range(0, len(data), 4))
        for code, data in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]+)>", data)
    }


def _drawn(content: bytes) -> str:
    """Every character the page draws, in the order drawn (so left to right within a line); fails on any code
    whose glyph in the embedded font is missing or .notdef (an empty box in a viewer)."""
    reader = PdfReader(io.BytesIO(content))
    page = reader.pages[0]
    fonts = {}
    for key, ref in page["/Resources"]["/Font"].items():
        font = ref.get_object()
        if "/FontDescriptor" in font:
            program = TTFont(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_object().get_data()))
            fonts[key] = (str(font["/BaseFont"]), program["cmap"].tables[0].cmap, _to_unicode(font))
        else:
            fonts[key] = None  # reportlab's initial Helvetica, never used for text here
    drawn, current = [], None
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"Tf":
            current = fonts[operands[0]]
        elif operator in (b"Tj", b"TJ"):
            strings = (
                operands if operator == b"Tj" else [s for s in operands[0] if not isinstance(s, float | int)]
            )
            base_font, cmap, unicode_of = current
            for string in strings:
                for code in string.original_bytes if hasattr(string, "original_bytes") else bytes(string):
                    glyph = cmap.get(code)
                    assert glyph not in (None, ".notdef"), f"{base_font} has no glyph for code {code}"
                    assert unicode_of.get(code, "\0") != "\0", f"{base_font}: code {code} stands for nothing"
                    drawn.append(unicode_of[code])
    return unicodedata.normalize("NFKC", "".join(drawn))


def _pdf(name: str) -> bytes:
    return render_pdf(full_layout(), dataclasses.replace(sample_data(), recipient_name=name))[2]


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Siti Nurhaliza Ṣāliḥ", "Siti Nurhaliza Ṣāliḥ"),
        ("Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai"),
        # Arabic reads right to left: drawn from the left, the last letter comes first.
        (ARABIC, ARABIC[::-1]),
        ("Budi " + ARABIC + " Santoso", "Budi " + ARABIC[::-1] + " Santoso"),
        ("Dewi 👩🏽‍🏫 Lestari 🙏", "Dewi Lestari"),
    ],
)
def test_every_glyph_of_the_name_exists_in_its_embedded_font(name, printed):
    assert printed in _drawn(_pdf(name))


def test_arabic_letters_are_drawn_in_their_joined_forms():
    """Shaped: the PDF's glyphs are the initial/medial/final forms (Arabic Presentation Forms-B), not the bare
    letters that would print as separate, unjoined characters."""
    reader = PdfReader(io.BytesIO(_pdf(ARABIC)))
    text = reader.pages[0].extract_text()
    joined = [char for char in text if 0xFE70 <= ord(char) <= 0xFEFF]
    assert len(joined) >= 10
    assert "\ufee3\ufea4\ufee4\ufeaa" in text  # م‍ح‍م‍د: initial, medial, medial, final


def _name_band(png: bytes) -> Image.Image:
    """The name's line on the share image, as black-and-white ink."""
    image = Image.open(io.BytesIO(png)).convert("L")
    return image.crop((80, 135, 780, 215)).point(lambda v: 255 if v < 128 else 0, mode="1")


def _ink_blocks(band: Image.Image) -> int:
    """Runs of columns with ink, separated by blank columns: one per joined word part, one per box."""
    inked = [band.crop((x, 0, x + 1, band.height)).getbbox() is not None for x in range(band.width)]
    return sum(1 for x, ink in enumerate(inked) if ink and (x == 0 or not inked[x - 1]))


def test_share_image_joins_arabic_letters_instead_of_printing_boxes():
    band = _name_band(share_png(dataclasses.replace(sample_data(), recipient_name=ARABIC)))
    assert band.getbbox() is not None
    # محمد | عبد | ا‍لرحمن: four joined pieces; boxes or unjoined letters would be 13 blocks.
    assert 3 <= _ink_blocks(band) <= 6


def test_share_image_drops_emoji_cleanly():
    with_emoji = share_png(dataclasses.replace(sample_data(), recipient_name="Dewi 👩🏽‍🏫 Lestari 🙏"))
    plain = share_png(dataclasses.replace(sample_data(), recipient_name="Dewi Lestari"))
    assert _name_band(with_emoji).tobytes() == _name_band(plain).tobytes()


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40))
def test_any_text_splits_into_runs_each_font_can_draw(text):
    """Whatever is typed (any script, emoji, controls, marks), every character kept is drawn by a font that
    has it, nothing is drawn twice, and a line with no character any font has prints nothing, not boxes."""
    from certificates.fonts import font_chain  # new in this change: the other tests run without it

    chain = font_chain("serif", bold=True)
    runs = chain.runs(text)
    for run in runs:
        assert all(ord(char) in chain.coverage.charsets[run.face] for char in run.text if char != " ")
    drawn = sorted("".join(run.text for run in runs).replace(" ", ""))
    printable, _ = chain.coverage.printable(text)
    assert drawn == sorted(printable.replace(" ", ""))
    assert chain.width(text, 20) >= 0


def test_share_image_draws_the_arabic_name_with_the_arabic_font_shaped_right_to_left():
    """The name on the image is exactly what Noto Naskh Arabic draws for it, shaped right to left by libraqm,
    on the line where names go (the same image with a name that prints nothing shows where that is)."""
    drawn = Image.open(io.BytesIO(share_png(dataclasses.replace(sample_data(), recipient_name=ARABIC))))
    empty = Image.open(io.BytesIO(share_png(dataclasses.replace(sample_data(), recipient_name="🙏"))))
    name_box = ImageChops.difference(drawn.convert("RGB"), empty.convert("RGB")).getbbox()
    assert name_box is not None and name_box[0] >= 80 and name_box[2] <= 780
    from certificates.fonts import NOTO, font_path  # NOTO is new in this change

    naskh = ImageFont.truetype(str(NOTO / "NotoNaskhArabic-Bold.ttf"), 52)
    expected = empty.convert("RGB")
    baseline = 140 + ImageFont.truetype(str(font_path("serif", bold=True)), 52).getmetrics()[0]
    ImageDraw.Draw(expected).text(
        (80, baseline), ARABIC, font=naskh, fill=(31, 35, 40), anchor="ls", direction="rtl"
    )
    assert drawn.convert("RGB").tobytes() == expected.tobytes()
