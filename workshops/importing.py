"""Reading a list of participants from the CSV or XLSX file an officer uploads. No database here.

`parse_participants(data, filename, kecamatan_names=...)` checks what the file really is, finds the columns
by their header (Indonesian or English), then yields one compact `ParsedRow` per non-empty row, streaming:
a 50,000-row file is never held as a whole list of cells. Anything wrong with the file as a whole raises
`ImportFileError`; anything wrong in a row is kept on that row as `(column, message)` pairs, in Indonesian.

Formulas are never evaluated: XLSX files are opened with openpyxl's `data_only=True`, so a formula cell
gives the value the spreadsheet program saved with it, or nothing (then the row says the cell is empty).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import difflib
import functools
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from people.choices import InstitutionKind, Occupation
from people.validators import normalize_whatsapp

MAX_ROWS = 100_000
# Spreadsheets often carry formatted but empty rows below the data; after this many in a row, the data ended.
MAX_EMPTY_RUN = 1_000
MAX_CELL_LENGTH = 200
# A 50,000-row workbook unpacks to about 30 MB; a "zip bomb" unpacks to gigabytes.
MAX_XLSX_UNPACKED = 300 * 1024 * 1024

XLSX_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"


class ImportFileError(Exception):
    """The file as a whole cannot be read as a participant list; the message is for the officer."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.code = code


# The columns, in the order the template and the error file use. Header aliases are compared after
# `_header_key` (lower case, punctuation and spaces squeezed), so "E-mail", "e mail" and "EMAIL" all match.
COLUMNS = {
    "name": gettext_lazy("Name"),
    "email": gettext_lazy("E-mail"),
    "whatsapp": gettext_lazy("WhatsApp"),
    "occupation": gettext_lazy("Occupation"),
    "institution": gettext_lazy("Institution"),
    "kecamatan": gettext_lazy("Kecamatan"),
}
REQUIRED_COLUMNS = ("name", "email")
HEADER_ALIASES = {
    "name": ["nama", "nama lengkap", "nama peserta", "name", "full name"],
    "email": ["email", "e mail", "surel", "alamat email", "alamat e mail", "alamat surel", "email address"],
    "whatsapp": [
        "whatsapp",
        "wa",
        "no wa",
        "nomor wa",
        "no whatsapp",
        "nomor whatsapp",
        "no hp",
        "nomor hp",
        "no hp wa",
        "hp",
        "no telp",
        "telepon",
        "phone",
        "whatsapp number",
        "mobile",
    ],
    "occupation": ["pekerjaan", "jabatan", "profesi", "occupation", "job", "position"],
    "institution": [
        "instansi",
        "asal instansi",
        "lembaga",
        "sekolah",
        "asal sekolah",
        "unit kerja",
        "institution",
        "school",
        "organisation",
        "organization",
    ],
    "kecamatan": ["kecamatan", "kec", "sub district", "subdistrict", "district"],
}
_ALIAS_TO_COLUMN = {alias: column for column, aliases in HEADER_ALIASES.items() for alias in aliases}

# Words people write for each occupation, compared after `_header_key`.
OCCUPATION_WORDS = {
    Occupation.TEACHER: ["guru", "teacher", "pengajar", "pendidik", "guru kelas", "guru bk", "wali kelas"],
    Occupation.PRINCIPAL: ["kepala sekolah", "kepsek", "principal", "school principal", "headmaster"],
    Occupation.SUBDISTRICT_STAFF: [
        "staf kecamatan",
        "staff kecamatan",
        "pegawai kecamatan",
        "staf kelurahan",
        "staff kelurahan",
        "pegawai kelurahan",
        "lurah",
        "camat",
        "kecamatan kelurahan staff",
    ],
    Occupation.AGENCY_STAFF: [
        "staf dinas",
        "staff dinas",
        "pegawai dinas",
        "asn dinas",
        "city department staff",
        "agency staff",
    ],
    Occupation.OTHER: ["lainnya", "lain lain", "other", "others"],
}


@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One participant as read from the file. `number` is the row number the spreadsheet shows."""

    number: int
    name: str
    email: str
    whatsapp: str
    occupation: str
    institution: str
    kecamatan: str
    errors: tuple[tuple[str, str], ...] = ()
    # The cells as written, in COLUMNS order, kept only for rows with errors (for the error file).
    raw: tuple[str, ...] = ()

    @property
    def is_valid(self) -> bool:
        return not self.errors

    def error_items(self) -> list[tuple[str, str]]:
        """(column label, message) for each problem, for the preview table."""
        return [(str(COLUMNS[column]), message) for column, message in self.errors]

    def error_text(self) -> str:
        """Every problem of the row in one line, for the error file."""
        return " ".join(
            _("Column %(column)s: %(message)s") % {"column": label, "message": message}
            for label, message in self.error_items()
        )


# ---------------------------------------------------------------------------------------------------------
# Normalising


def _ascii_lower(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _ascii_lower(text)).split())


def _clean(value) -> str:
    """A cell as text: numbers from Excel lose a trailing `.0`, whitespace is squeezed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


_EXCEL_MOBILE = re.compile(r"8\d{8,11}")
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "i": "i", "ii": "ii", "iii": "iii", "iv": "iv"}
# Leading words that name no kecamatan: "Kec.", "Kota", and LLG, the usual short form of Lubuklinggau.
_KECAMATAN_PREFIXES = {"kecamatan", "kec", "kota", "llg"}


def _kecamatan_key(text: str) -> tuple[str, str]:
    """("lubuklinggautimur", "ii") for "Kec. Lubuk Linggau Timur 2": letters glued together, number apart."""
    words = re.sub(r"([a-z])(\d)", r"\1 \2", re.sub(r"[^a-z0-9]+", " ", _ascii_lower(text))).split()
    while words and words[0] in _KECAMATAN_PREFIXES:
        words.pop(0)
    number = ""
    if words and words[-1] in _ROMAN:
        number = _ROMAN[words.pop()]
    return "".join(words), number


class KecamatanMatcher:
    """Finds which known kecamatan a spelling means, tolerating spaces, case, "Kec." and small typos.

    The number (I/II, 1/2) must agree exactly, since "Timur I" and "Timur II" differ only there; the words
    are compared with difflib, both whole and without the part every name shares (the city, "Lubuklinggau").
    """

    CUTOFF = 0.8

    def __init__(self, names: Iterable[str]):
        self.by_key: dict[tuple[str, str], str] = {}
        for name in names:
            self.by_key[_kecamatan_key(name)] = name
        words = [word for word, _number in self.by_key]
        shared = _common_prefix(words) if len(words) > 1 else ""
        self.short: dict[str, list[tuple[str, str]]] = {}
        for key in self.by_key:
            for variant in {key[0], key[0][len(shared) :]}:
                if variant:
                    self.short.setdefault(variant, []).append(key)
        self._memo: dict[str, tuple[str, str]] = {}

    def match(self, text: str) -> tuple[str, str]:
        """Return (known name, "") or ("", Indonesian reason)."""
        if text not in self._memo:
            result = self._match(text)
            if len(self._memo) < 10_000:
                self._memo[text] = result
            return result
        return self._memo[text]

    def _match(self, text: str) -> tuple[str, str]:
        word, number = _kecamatan_key(text)
        if (word, number) in self.by_key:
            return self.by_key[(word, number)], ""
        close = difflib.get_close_matches(word, list(self.short), n=3, cutoff=self.CUTOFF)
        keys = []
        for variant in close:
            for key in self.short[variant]:
                if key not in keys and (not number or key[1] == number):
                    keys.append(key)
            if keys:
                break  # the closest spelling wins; later ones are further away
        if len(keys) == 1:
            return self.by_key[keys[0]], ""
        if len(keys) > 1:
            return "", _("“%(value)s” could be %(names)s: add the number (I or II).") % {
                "value": text,
                "names": " / ".join(self.by_key[key] for key in keys),
            }
        return "", _("“%(value)s” is not a kecamatan of Kota Lubuklinggau.") % {"value": text}


def _common_prefix(words: list[str]) -> str:
    prefix = words[0]
    for word in words[1:]:
        while not word.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


_OCCUPATION_BY_WORD = {
    _header_key(word): occupation.value for occupation, words in OCCUPATION_WORDS.items() for word in words
}


@functools.lru_cache(maxsize=1024)
def match_occupation(text: str) -> str:
    """The Occupation value for what people write ("Guru", "Kepala Sekolah", "Teacher"), or ""."""
    key = _header_key(text)
    if key in _OCCUPATION_BY_WORD:
        return _OCCUPATION_BY_WORD[key]
    for value, label in Occupation.choices:
        if key in {_header_key(value), _header_key(str(label))}:
            return value
    # "Guru Matematika", "Guru SD": the first word says it.
    first = key.split(" ", 1)[0] if key else ""
    return _OCCUPATION_BY_WORD.get(first, "")


_INSTITUTION_KINDS = [
    (
        re.compile(r"^(sd|sdn|sdit|smp|smpn|sma|sman|smk|smkn|mi|min|mts|mtsn|ma|man|tk|paud|slb)\b|sekolah"),
        InstitutionKind.SCHOOL,
    ),
    (re.compile(r"^(kantor )?kecamatan\b|^kec\b"), InstitutionKind.KECAMATAN_OFFICE),
    (re.compile(r"^(kantor )?kelurahan\b|^kel\b|^desa\b"), InstitutionKind.KELURAHAN_OFFICE),
    (re.compile(r"^(dinas|badan|bappeda|inspektorat|sekretariat|rsud|puskesmas)\b"), InstitutionKind.AGENCY),
]


def guess_institution_kind(name: str) -> str:
    """The InstitutionKind value an institution's name suggests ("SDN 5 Lubuklinggau" is a school)."""
    key = _header_key(name)
    kind = next((kind for pattern, kind in _INSTITUTION_KINDS if pattern.search(key)), InstitutionKind.OTHER)
    return kind.value


# ---------------------------------------------------------------------------------------------------------
# Reading the file


def sniff_kind(head: bytes, filename: str) -> str:
    """ "csv" or "xlsx" when the content is what the name says; otherwise ImportFileError."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "xls":
        raise ImportFileError(
            _("Old Excel files (.xls) cannot be read. Open the file in Excel and save it as .xlsx or .csv."),
            code="old_excel",
        )
    if extension not in {"csv", "xlsx"}:
        raise ImportFileError(
            _("Upload a .csv or .xlsx file (“%(name)s” is neither).") % {"name": filename},
            code="wrong_extension",
        )
    looks_zip = head.startswith(b"PK\x03\x04")
    looks_binary = b"\x00" in head or head.startswith((b"MZ", b"\x7fELF", b"%PDF", b"\xd0\xcf\x11\xe0"))
    if extension == "xlsx" and not looks_zip:
        raise ImportFileError(
            _("“%(name)s” is not a real Excel .xlsx file. Open it in Excel and save it again as .xlsx.")
            % {"name": filename},
            code="not_xlsx",
        )
    if extension == "csv" and (looks_zip or looks_binary):
        raise ImportFileError(
            _("“%(name)s” is not a text CSV file. Save the list from Excel as “CSV (comma delimited)”.")
            % {"name": filename},
            code="not_csv",
        )
    return extension


def _check_xlsx(stream: IO[bytes], filename: str) -> None:
    """An .xlsx is a zip whose content types declare an ordinary (macro-free) workbook."""
    refused = ImportFileError(
        _("“%(name)s” is not a real Excel .xlsx file. Open it in Excel and save it again as .xlsx.")
        % {"name": filename},
        code="not_xlsx",
    )
    try:
        with zipfile.ZipFile(stream) as archive, archive.open("[Content_Types].xml") as types:
            content_types = types.read(1_000_000)
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as error:
        raise refused from error
    if XLSX_MAIN_TYPE not in content_types:
        raise refused
    # zipfile never unpacks a member past its declared size, so the declared total bounds the work.
    if unpacked > MAX_XLSX_UNPACKED:
        raise ImportFileError(
            _("“%(name)s” is too large once unpacked. Split the list into smaller files.")
            % {"name": filename},
            code="too_large",
        )


def _decode_csv(stream: IO[bytes]) -> io.TextIOBase:
    """UTF-8 (with or without BOM) when the whole file is valid UTF-8, otherwise Windows-1252.

    The check reads the file once in chunks with an incremental decoder, so a large file is never held
    as one string; then the stream is rewound and wrapped for the csv reader.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    encoding = "utf-8-sig"
    try:
        while chunk := stream.read(1 << 16):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        encoding = "cp1252"
    stream.seek(0)
    # cp1252 leaves five bytes undefined; replacing them loses one character instead of the whole file.
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")


def _csv_records(stream: IO[bytes]) -> Iterator[list[str]]:
    text = _decode_csv(stream)
    try:
        sample = text.read(1 << 14)
        text.seek(0)
        first_line = next((line for line in sample.splitlines() if line.strip()), "")
        # Indonesian Excel writes `;`; a header has no quoted separators, so counting them is reliable.
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        if first_line.count("\t") > first_line.count(delimiter):
            delimiter = "\t"
        yield from csv.reader(text, delimiter=delimiter)
    except csv.Error as error:
        raise ImportFileError(
            _("The CSV file is damaged (%(error)s). Save it again from Excel.") % {"error": error},
            code="bad_csv",
        ) from error
    finally:
        # Hand the binary stream back open: a dropped TextIOWrapper would close it. (When the caller
        # closed the stream before dropping an unfinished reader, there is nothing to hand back.)
        with contextlib.suppress(ValueError):
            text.detach()


def _xlsx_records(stream: IO[bytes], filename: str) -> Iterator[tuple]:
    from openpyxl import load_workbook

    _check_xlsx(stream, filename)
    stream.seek(0)
    try:
        workbook = load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds of errors on damaged files
        raise ImportFileError(
            _("“%(name)s” could not be opened as an Excel workbook. Save it again as .xlsx.")
            % {"name": filename},
            code="bad_xlsx",
        ) from error
    try:
        # The first sheet holds the list (a workbook of only chart sheets has none: then the file is empty).
        if workbook.worksheets:
            yield from workbook.worksheets[0].iter_rows(values_only=True)
    finally:
        workbook.close()


def _find_columns(header: Iterable) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        column = _ALIAS_TO_COLUMN.get(_header_key(_clean(cell)))
        if column and column not in positions:
            positions[column] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in positions]
    if missing:
        raise ImportFileError(
            _(
                "The first row must name the columns. Missing: %(missing)s. Expected columns: "
                "%(expected)s (or in English: %(english)s); %(optional)s may be left out."
            )
            % {
                "missing": ", ".join(str(COLUMNS[column]) for column in missing),
                "expected": "Nama, Email, WhatsApp, Pekerjaan, Lembaga, Kecamatan",
                "english": "Name, Email, WhatsApp, Occupation, Institution, Kecamatan",
                "optional": "WhatsApp, Pekerjaan, Lembaga, Kecamatan",
            },
            code="missing_columns",
        )
    return positions


def parse_participants(
    stream: IO[bytes], filename: str, *, kecamatan_names: Iterable[str]
) -> Iterator[ParsedRow]:
    """Yield the file's non-empty rows in order. `stream` is a seekable binary file.

    Raises ImportFileError (before the first row, or when the file turns out damaged or too long).
    """
    stream.seek(0)
    kind = sniff_kind(stream.read(4096), filename)
    stream.seek(0)
    records = _csv_records(stream) if kind == "csv" else _xlsx_records(stream, filename)
    header = None
    header_number = 0
    for record in records:
        header_number += 1
        if any(_clean(cell) for cell in record):
            header = _find_columns(record)
            break
    if header is None:
        raise ImportFileError(_("The file is empty."), code="empty_file")
    yield from _rows(records, header, header_number, KecamatanMatcher(kecamatan_names))


def _rows(records, header: dict[str, int], number: int, kecamatan: KecamatanMatcher) -> Iterator[ParsedRow]:
    first_row_of_email: dict[str, int] = {}
    count = empty_run = 0
    for record in records:
        number += 1
        cells = {column: _clean(record[i]) if i < len(record) else "" for column, i in header.items()}
        if not any(cells.values()):
            empty_run += 1
            if empty_run >= MAX_EMPTY_RUN:
                return
            continue
        empty_run = 0
        count += 1
        if count > MAX_ROWS:
            raise ImportFileError(
                _("The file has more than %(max)d participants. Split it into smaller files.")
                % {"max": MAX_ROWS},
                code="too_many_rows",
            )
        yield _parse_row(number, cells, kecamatan, first_row_of_email)


def _parse_row(number: int, cells: dict[str, str], kecamatan: KecamatanMatcher, seen: dict) -> ParsedRow:
    errors: list[tuple[str, str]] = []
    written = {column: cells.get(column, "") for column in COLUMNS}
    for column, value in cells.items():
        if len(value) > MAX_CELL_LENGTH:
            errors.append((column, _("longer than %(max)d characters.") % {"max": MAX_CELL_LENGTH}))
            cells[column] = value[:MAX_CELL_LENGTH]

    name = cells.get("name", "")
    if not name:
        errors.append(("name", _("empty.")))
    elif len(name) < 3 or not any(char.isalpha() for char in name):
        errors.append(("name", _("“%(value)s” is not a full name.") % {"value": name}))

    email = cells.get("email", "").lower()
    if not email:
        errors.append(("email", _("empty.")))
    else:
        try:
            validate_email(email)
        except ValidationError:
            errors.append(("email", _("“%(value)s” is not an e-mail address.") % {"value": email}))
        else:
            if email in seen:
                errors.append(
                    ("email", _("the same address is already in row %(row)d.") % {"row": seen[email]})
                )
            else:
                seen[email] = number

    whatsapp = cells.get("whatsapp", "")
    if whatsapp:
        if _EXCEL_MOBILE.fullmatch(whatsapp):
            # Excel stores 0812… as the number 812…: the leading zero is lost on the way.
            whatsapp = "0" + whatsapp
        try:
            whatsapp = normalize_whatsapp(whatsapp)
        except ValidationError:
            errors.append(
                ("whatsapp", _("“%(value)s” is not an Indonesian mobile number.") % {"value": whatsapp})
            )

    occupation_text = cells.get("occupation", "")
    occupation = match_occupation(occupation_text) if occupation_text else ""
    if occupation_text and not occupation:
        errors.append(
            (
                "occupation",
                _("“%(value)s” is not known; write one of: %(choices)s.")
                % {
                    "value": occupation_text,
                    "choices": ", ".join(str(label) for _v, label in Occupation.choices),
                },
            )
        )

    kecamatan_name = ""
    if cells.get("kecamatan"):
        kecamatan_name, problem = kecamatan.match(cells["kecamatan"])
        if problem:
            errors.append(("kecamatan", problem))
    institution = cells.get("institution", "")
    if institution and not cells.get("kecamatan"):
        errors.append(("kecamatan", _("empty; it is needed to find the institution.")))

    return ParsedRow(
        number=number,
        name=name,
        email=email,
        whatsapp=whatsapp,
        occupation=occupation,
        institution=institution,
        kecamatan=kecamatan_name,
        errors=tuple(errors),
        raw=tuple(written.values()) if errors else (),
    )
