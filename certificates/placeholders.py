"""The placeholders a certificate template may use, in one table: label, sample and how to evaluate.

Pure: no database. The values are printed in Indonesian whatever language the viewer uses, because the
certificate is an Indonesian official document (month names, decimal comma, kind of activity).
"""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .codes import format_number

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
KIND_ID = {"course": "pelatihan daring", "workshop": "lokakarya"}
TOKEN = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class CertificateData:
    """Everything a certificate prints, already frozen: what the placeholders evaluate."""

    recipient_name: str
    subject_title: str
    subject_kind: str
    date_start: datetime.date
    date_end: datetime.date | None
    hours: Decimal | None
    number: str
    code: str
    institution: str
    issuer: str
    place: str
    issued_on: datetime.date
    verification_url: str


def format_date(day: datetime.date) -> str:
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def format_date_range(start: datetime.date, end: datetime.date | None) -> str:
    """5 November 2025; 10–12 November 2025; 28 Oktober – 2 November 2025; across years in full."""
    if end is None or end == start:
        return format_date(start)
    if end < start:
        start, end = end, start
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS_ID[start.month - 1]} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_hours(hours: Decimal | None) -> str:
    """12 or 2,5 (Indonesian decimal comma); empty when unknown."""
    if hours is None:
        return ""
    hours = Decimal(hours).normalize()
    text = f"{hours:f}"
    return text.replace(".", ",")


@dataclass(frozen=True)
class Placeholder:
    key: str
    label: str | Promise
    sample: str
    evaluate: Callable[[CertificateData], str]

    @property
    def token(self) -> str:
        return "{" + self.key + "}"


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("nama", _("Participant's name"), "Siti Aminah, S.Pd.", lambda d: d.recipient_name),
    Placeholder(
        "kegiatan",
        _("Course or workshop title"),
        "Pencegahan Kekerasan terhadap Anak di Sekolah",
        lambda d: d.subject_title,
    ),
    Placeholder(
        "jenis",
        _("Kind of activity"),
        "pelatihan daring",
        lambda d: KIND_ID.get(d.subject_kind, d.subject_kind),
    ),
    Placeholder(
        "tanggal",
        _("Date or date range"),
        "10–12 November 2025",
        lambda d: format_date_range(d.date_start, d.date_end),
    ),
    Placeholder("jp", _("Hours (JP)"), "12", lambda d: format_hours(d.hours)),
    Placeholder("nomor", _("Certificate number"), format_number("SNG", 2025, 11, 123), lambda d: d.number),
    Placeholder("kode", _("Verification code"), "7KQ2-M9XD-R4TB-HW3N", lambda d: _group(d.code)),
    Placeholder(
        "instansi", _("Participant's institution"), "SD Negeri 1 Lubuklinggau", lambda d: d.institution
    ),
    Placeholder("penerbit", _("Issuer"), "Dinas PPPAPM Kota Lubuklinggau", lambda d: d.issuer),
    Placeholder("tempat", _("Place of issue"), "Lubuklinggau", lambda d: d.place),
    Placeholder("tanggal_terbit", _("Date of issue"), "12 November 2025", lambda d: format_date(d.issued_on)),
)
BY_KEY = {placeholder.key: placeholder for placeholder in PLACEHOLDERS}


def _group(code: str) -> str:
    from .codes import group_code

    return group_code(code)


def evaluate_all(data: CertificateData) -> dict[str, str]:
    return {placeholder.key: placeholder.evaluate(data) for placeholder in PLACEHOLDERS}


def fill(text: str, values: dict[str, str]) -> str:
    """Replace every known {token}; unknown ones stay visible so a typo is noticed in the preview."""
    return TOKEN.sub(lambda match: values.get(match.group(1), match.group(0)), text or "")


def unknown_tokens(text: str) -> list[str]:
    return [key for key in TOKEN.findall(text or "") if key not in BY_KEY]


def sample_data(
    *, place: str = "Lubuklinggau", issuer: str = "Dinas PPPAPM Kota Lubuklinggau"
) -> CertificateData:
    """What the admin preview prints."""
    return CertificateData(
        recipient_name=BY_KEY["nama"].sample,
        subject_title=BY_KEY["kegiatan"].sample,
        subject_kind="course",
        date_start=datetime.date(2025, 11, 10),
        date_end=datetime.date(2025, 11, 12),
        hours=Decimal("12"),
        number=BY_KEY["nomor"].sample,
        code="7KQ2M9XDR4TBHW3N",
        institution=BY_KEY["instansi"].sample,
        issuer=issuer,
        place=place,
        issued_on=datetime.date(2025, 11, 12),
        verification_url="https://sinergi.example/verifikasi/7KQ2-M9XD-R4TB-HW3N/",
    )


def certificate_data(certificate, *, place: str | None = None) -> CertificateData:
    """What a certificate prints, from its own fields. `place` is the template's when it is first issued;
    later the place printed then, kept with the certificate, is used."""
    return CertificateData(
        recipient_name=certificate.recipient_name,
        subject_title=certificate.subject_title,
        subject_kind=certificate.subject_kind,
        date_start=certificate.date_start,
        date_end=certificate.date_end,
        hours=certificate.hours,
        number=certificate.number,
        code=certificate.code,
        institution=certificate.institution_name,
        issuer=certificate.issuer_name,
        place=place if place is not None else (certificate.printed or {}).get("tempat", ""),
        issued_on=timezone.localtime(certificate.issued_at).date(),
        verification_url=certificate.verification_url,
    )
