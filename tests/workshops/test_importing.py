"""Reading participant lists: each file shape officers really have, and every way a file can be wrong."""

import csv
import io
import re
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from workshops import importing
from workshops.importing import ImportFileError, KecamatanMatcher, parse_participants

KECAMATAN = [
    "Lubuklinggau Barat I",
    "Lubuklinggau Barat II",
    "Lubuklinggau Selatan I",
    "Lubuklinggau Selatan II",
    "Lubuklinggau Timur I",
    "Lubuklinggau Timur II",
    "Lubuklinggau Utara I",
    "Lubuklinggau Utara II",
]
ID_HEADER = ["Nama", "Email", "No HP", "Pekerjaan", "Instansi", "Kecamatan"]
EN_HEADER = ["Name", "E-mail", "WhatsApp", "Occupation", "Institution", "Sub-district"]
SITI = ["Siti Aminah, S.Pd.", "Siti.Aminah@Contoh.id", "0812-3456-7890", "Guru", "SD Negeri 1", "Timur II"]
BUDI = ["Budi Santoso", "budi@contoh.id", "", "Kepala Sekolah", "SMP Negeri 2", "lubuklinggau barat 1"]


def csv_bytes(rows, *, delimiter=";", encoding="utf-8", bom=False) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode(encoding)


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def parse(data: bytes, filename: str = "peserta.csv"):
    return list(parse_participants(io.BytesIO(data), filename, kecamatan_names=KECAMATAN))


def errors_of(row) -> dict:
    return dict(row.errors)


# --- File shapes ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delimiter", "bom", "header"),
    [(";", True, ID_HEADER), (";", False, ID_HEADER), (",", True, EN_HEADER), (",", False, EN_HEADER)],
    ids=["semicolon-bom-id", "semicolon-id", "comma-bom-en", "comma-en"],
)
def test_csv_in_indonesian_or_english_with_either_separator_and_with_or_without_bom(delimiter, bom, header):
    rows = parse(csv_bytes([header, SITI, BUDI], delimiter=delimiter, bom=bom))

    assert [row.number for row in rows] == [2, 3]
    siti, budi = rows
    assert siti.is_valid and budi.is_valid
    assert siti.name == "Siti Aminah, S.Pd."
    assert siti.email == "siti.aminah@contoh.id"
    assert siti.whatsapp == "+6281234567890"
    assert siti.occupation == "guru"
    assert siti.institution == "SD Negeri 1"
    assert siti.kecamatan == "Lubuklinggau Timur II"
    assert budi.occupation == "kepala_sekolah"
    assert budi.kecamatan == "Lubuklinggau Barat I"
    assert budi.whatsapp == ""


def test_header_names_are_matched_whatever_their_case_spacing_and_punctuation():
    header = ["  NAMA LENGKAP ", "Alamat E-Mail", "No. HP / WA", "jabatan", "Asal Sekolah", "Kec."]
    header[2] = "No. HP"
    [row] = parse(csv_bytes([header, SITI]))

    assert row.is_valid
    assert (row.name, row.email, row.whatsapp) == (
        "Siti Aminah, S.Pd.",
        "siti.aminah@contoh.id",
        "+6281234567890",
    )
    assert (row.institution, row.kecamatan) == ("SD Negeri 1", "Lubuklinggau Timur II")


def test_columns_may_come_in_any_order_and_optional_ones_may_be_missing():
    [row] = parse(csv_bytes([["Surel", "Nama"], ["ani@contoh.id", "Ani Lestari"]], delimiter=","))

    assert row.is_valid
    assert (row.name, row.email, row.kecamatan, row.institution) == ("Ani Lestari", "ani@contoh.id", "", "")


def test_windows_1252_file_keeps_accented_names():
    data = csv_bytes(
        [ID_HEADER, ["José Müller Raphaël", "jose@contoh.id", "", "Guru", "SD 3", "Utara II"]],
        encoding="cp1252",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")

    [row] = parse(data)

    assert row.name == "José Müller Raphaël"
    assert row.is_valid


def test_utf8_accented_names_are_not_mistaken_for_windows_1252():
    [row] = parse(csv_bytes([ID_HEADER, ["Zoë Ñañez", "zoe@contoh.id", "", "", "", ""]], bom=False))

    assert row.name == "Zoë Ñañez"


def test_a_real_xlsx_file_is_read_with_numbers_from_excel_cleaned_up():
    data = xlsx_bytes([ID_HEADER, [*SITI[:2], 81234567890, *SITI[3:]], BUDI])

    siti, budi = parse(data, "peserta.xlsx")

    # Excel drops the leading zero of 0812…; the number is still understood.
    assert siti.whatsapp == "+6281234567890"
    assert siti.is_valid and budi.is_valid
    assert (siti.number, budi.number) == (2, 3)
    assert budi.kecamatan == "Lubuklinggau Barat I"


def _with_cached_value(data: bytes, cell: str, cached: str) -> bytes:
    """Give a formula cell the value Excel would have saved with it (openpyxl writes none)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(
                    rf'<c r="{cell}"([^>]*)><f>(.*?)</f><v\s*/>'.encode(),
                    rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{cached}</v>'.encode(),
                    content,
                )
                content = re.sub(
                    rf'<c r="{cell}"([^>]*)><f>(.*?)</f></c>'.encode(),
                    rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{cached}</v></c>'.encode(),
                    content,
                )
                assert cached.encode() in content
            target.writestr(item, content)
    return output.getvalue()


def test_a_formula_cell_gives_its_saved_value_and_is_never_evaluated():
    data = xlsx_bytes([ID_HEADER, ['=CONCATENATE("Dewi", " ", "Sartika")', "dewi@contoh.id", "", "", "", ""]])

    [row] = parse(_with_cached_value(data, "A2", "Dewi Kartika"), "peserta.xlsx")

    # The saved value, not what evaluating the formula would give ("Dewi Sartika").
    assert row.name == "Dewi Kartika"
    assert row.is_valid


def test_a_formula_without_a_saved_value_is_refused_as_an_empty_cell():
    [row] = parse(xlsx_bytes([ID_HEADER, ["=1+1", "dewi@contoh.id", "", "", "", ""]]), "peserta.xlsx")

    assert row.name == ""
    assert "name" in errors_of(row)


def test_empty_rows_are_skipped_and_row_numbers_still_match_the_spreadsheet():
    rows = parse(csv_bytes([[], ID_HEADER, SITI, ["", "", "", "", "", ""], [" ", ""], BUDI, []]))

    assert [row.number for row in rows] == [3, 6]
    assert all(row.is_valid for row in rows)


def test_a_quoted_cell_over_two_lines_counts_as_one_row():
    rows = parse(csv_bytes([ID_HEADER, ["Siti\nAminah", "siti@contoh.id", "", "", "", ""], BUDI]))

    assert [row.number for row in rows] == [2, 3]
    assert rows[0].name == "Siti Aminah"


# --- Kecamatan ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "Lubuklinggau Timur II",
        "Lubuk Linggau Timur II",
        "lubuklinggau timur 2",
        "Kec. Lubuk Linggau Timur II",
        "Kecamatan Lubuklinggau Timur II",
        "LUBUKLINGGAU TIMUR II",
        "Lubuklingau Timur II",
        "Timur II",
        "timur 2",
        "LLG Timur II",
        "Lubuklinggau Timur-II",
    ],
)
def test_kecamatan_spelled_with_small_variations_is_recognised(written):
    assert KecamatanMatcher(KECAMATAN).match(written) == ("Lubuklinggau Timur II", "")


@pytest.mark.parametrize("written", ["Lubuklinggau Timur", "Timur"])
def test_kecamatan_without_its_number_is_not_guessed(written):
    name, problem = KecamatanMatcher(KECAMATAN).match(written)

    assert name == ""
    assert "Lubuklinggau Timur I" in problem and "Lubuklinggau Timur II" in problem


@pytest.mark.parametrize("written", ["Jakarta Selatan", "Lubuklinggau Timur III", "Musi Rawas", "12"])
def test_unknown_kecamatan_is_an_error_on_its_row_and_column(written):
    [row] = parse(csv_bytes([ID_HEADER, [*SITI[:5], written]]))

    assert row.kecamatan == ""
    assert list(errors_of(row)) == ["kecamatan"]
    assert written in errors_of(row)["kecamatan"]


def test_an_institution_needs_its_kecamatan():
    [row] = parse(csv_bytes([ID_HEADER, [*SITI[:5], ""]]))

    assert list(errors_of(row)) == ["kecamatan"]


# --- Rows with errors -------------------------------------------------------------------------------------


def test_duplicate_emails_are_flagged_on_the_later_row_whatever_their_case():
    rows = parse(csv_bytes([ID_HEADER, SITI, BUDI, ["Siti A.", "SITI.AMINAH@contoh.ID", "", "", "", ""]]))

    assert [row.is_valid for row in rows] == [True, True, False]
    assert list(errors_of(rows[2])) == ["email"]
    assert "2" in errors_of(rows[2])["email"]


def test_each_bad_cell_is_named_by_its_column():
    row = ["X", "bukan-email", "12345", "Astronot", "", ""]

    [parsed] = parse(csv_bytes([ID_HEADER, row]))

    assert set(errors_of(parsed)) == {"name", "email", "whatsapp", "occupation"}
    assert parsed.raw == tuple(row)
    assert "bukan-email" in parsed.error_text()


def test_required_cells_left_empty_are_errors():
    [row] = parse(csv_bytes([ID_HEADER, ["", "", "0812 3456 7890", "", "", ""]]))

    assert set(errors_of(row)) == {"name", "email"}


def test_occupations_are_understood_in_the_words_people_use():
    words = ["guru", "Guru Matematika", "Teacher", "Kepsek", "staf kelurahan", "Staf Dinas", "Lainnya"]
    rows = parse(
        csv_bytes(
            [ID_HEADER] + [[f"Peserta {i}", f"p{i}@contoh.id", "", w, "", ""] for i, w in enumerate(words)]
        )
    )

    assert [row.occupation for row in rows] == [
        "guru",
        "guru",
        "guru",
        "kepala_sekolah",
        "staf_kecamatan",
        "staf_dinas",
        "lainnya",
    ]


def test_errors_are_written_in_indonesian():
    from django.utils import translation

    with translation.override("id"):
        [row] = parse(csv_bytes([ID_HEADER, ["Siti Aminah", "", "", "", "", ""]]))
        text = row.error_text()

    assert "kolom" in text.lower() and "E-mail" in text
    assert "empty" not in text


# --- Files that are refused as a whole -------------------------------------------------------------------


EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 200
    + b"This program cannot be run in DOS mode"
)


@pytest.mark.parametrize(
    ("data", "filename", "code"),
    [
        (EXE, "peserta.xlsx", "not_xlsx"),
        (EXE, "peserta.csv", "not_csv"),
        (b"Nama;Email\r\nSiti\x00;siti@contoh.id\r\n", "peserta.csv", "not_csv"),
        (xlsx_bytes([ID_HEADER, SITI]), "peserta.csv", "not_csv"),
        (csv_bytes([ID_HEADER, SITI]), "peserta.xlsx", "not_xlsx"),
        (b"%PDF-1.7\n", "peserta.csv", "not_csv"),
        (csv_bytes([ID_HEADER, SITI]), "peserta.exe", "wrong_extension"),
        (csv_bytes([ID_HEADER, SITI]), "peserta", "wrong_extension"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "peserta.xls", "old_excel"),
    ],
    ids=[
        "exe-as-xlsx",
        "exe-as-csv",
        "nul-in-csv",
        "xlsx-as-csv",
        "csv-as-xlsx",
        "pdf-as-csv",
        "exe-extension",
        "no-extension",
        "old-xls",
    ],
)
def test_files_that_are_not_what_their_name_says_are_refused(data, filename, code):
    with pytest.raises(ImportFileError) as refused:
        parse(data, filename)

    assert refused.value.code == code


WORD_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
MACRO_TYPES = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def _zip_with(files: dict) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return output.getvalue()


@pytest.mark.parametrize(
    "files",
    [
        {"payload.exe": EXE},
        {"[Content_Types].xml": f'<Types><Override ContentType="{WORD_TYPES}"/></Types>'},
        {"[Content_Types].xml": f'<Types><Override ContentType="{MACRO_TYPES}"/></Types>'},
    ],
    ids=["zip-of-exe", "word-document", "macro-workbook"],
)
def test_zip_files_that_are_not_plain_workbooks_are_refused(files):
    with pytest.raises(ImportFileError) as refused:
        parse(_zip_with(files), "peserta.xlsx")

    assert refused.value.code == "not_xlsx"


def test_wrong_columns_give_one_error_listing_what_is_expected():
    with pytest.raises(ImportFileError) as refused:
        parse(csv_bytes([["No", "Nama Sekolah", "Alamat"], ["1", "SD 1", "Jl. Yos Sudarso"]]))

    assert refused.value.code == "missing_columns"
    message = str(refused.value)
    for column in ["Nama", "Email", "WhatsApp", "Pekerjaan", "Lembaga", "Kecamatan"]:
        assert column in message


@pytest.mark.parametrize(
    "data", [b"", b"\xef\xbb\xbf", b";;;\r\n\r\n;;\r\n"], ids=["empty", "bom-only", "blank-rows"]
)
def test_an_empty_file_is_refused(data):
    with pytest.raises(ImportFileError) as refused:
        parse(data)

    assert refused.value.code == "empty_file"


def test_a_file_longer_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    data = csv_bytes([ID_HEADER] + [[f"Peserta {i}", f"p{i}@contoh.id", "", "", "", ""] for i in range(5)])

    with pytest.raises(ImportFileError) as refused:
        parse(data)

    assert refused.value.code == "too_many_rows"


def test_the_callers_file_is_left_open_for_the_next_read():
    stream = io.BytesIO(csv_bytes([ID_HEADER, SITI]))

    assert len(list(parse_participants(stream, "a.csv", kecamatan_names=KECAMATAN))) == 1
    assert len(list(parse_participants(stream, "a.csv", kecamatan_names=KECAMATAN))) == 1


# --- Any text survives the round trip ---------------------------------------------------------------------

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda text: sum(char.isalpha() for char in text) >= 3 and len(" ".join(text.split())) >= 3)


@settings(max_examples=150, deadline=None)
@given(name=names, delimiter=st.sampled_from([";", ","]), bom=st.booleans())
def test_any_name_written_by_a_csv_writer_is_read_back_as_written(name, delimiter, bom):
    [row] = parse(csv_bytes([["Nama", "Email"], [name, "a@contoh.id"]], delimiter=delimiter, bom=bom))

    assert row.name == " ".join(name.split())[: importing.MAX_CELL_LENGTH]


def test_a_workbook_that_unpacks_to_too_much_is_refused(monkeypatch):
    monkeypatch.setattr(importing, "MAX_XLSX_UNPACKED", 10_000)
    data = xlsx_bytes([ID_HEADER] + [[f"Peserta {i}", f"p{i}@contoh.id", "", "", "", ""] for i in range(500)])

    with pytest.raises(ImportFileError) as refused:
        parse(data, "peserta.xlsx")

    assert refused.value.code == "too_large"
