"""Images for the renderer: read once per process, JPEGs passed through untouched, and the QR code."""

import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import segno
from PIL import Image
from reportlab.lib.utils import ImageReader

QR_OPTIONS = {"error": "m", "micro": False, "mask": 0}  # a fixed mask: choosing the "best" one costs 6 ms


class RenderError(Exception):
    def __init__(self, message: str, *, code: str, label: str = ""):
        super().__init__(message)
        self.code = code
        self.label = label


@dataclass(frozen=True)
class ImageSource:
    """An image to draw. `key` identifies its content (for caching); `label` names it in error messages."""

    key: str
    label: str
    path: str | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Picture:
    """What reportlab draws (a JPEG file name or an ImageReader) and its pixel size."""

    drawable: ImageReader | str
    width: int
    height: int


@lru_cache(maxsize=64)
def _cached_reader(key: str, path: str | None, data: bytes | None) -> Picture:
    if data is None:
        with open(path, "rb") as handle:
            data = handle.read()
    image = Image.open(io.BytesIO(data))
    image.load()
    if image.format == "JPEG" and image.mode in ("RGB", "L", "CMYK"):
        # Given a JPEG file name, reportlab copies its bytes straight into the PDF: no decoding, hashing and
        # re-compressing of a page-sized picture for every certificate.
        return Picture(path or _spill(key, data), *image.size)
    return Picture(ImageReader(image), *image.size)


def _spill(key: str, data: bytes) -> str:
    folder = Path(tempfile.gettempdir()) / "sinergi-certificate-images"
    folder.mkdir(exist_ok=True)
    target = folder / (hashlib.sha256(key.encode()).hexdigest() + ".jpg")
    if not target.exists():
        partial = target.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(target)
    return str(target)


def image_reader(source: ImageSource) -> Picture:
    try:
        return _cached_reader(source.key, source.path, source.data)
    except (OSError, ValueError, SyntaxError) as error:
        raise RenderError(
            f"The image “{source.label}” cannot be read: {error}", code="missing_image", label=source.label
        ) from error


def qr_image(url: str) -> Image.Image:
    """The QR code of `url`, one pixel per module, without quiet zone (drawn on a white square instead)."""
    qr = segno.make(url, **QR_OPTIONS)
    matrix = list(qr.matrix)
    image = Image.new("L", (len(matrix[0]), len(matrix)), 255)
    image.putdata([0 if cell else 255 for row in matrix for cell in row])
    return image


def qr_matrix(url: str) -> list[list[bool]]:
    return [[bool(cell) for cell in row] for row in segno.make(url, **QR_OPTIONS).matrix]
