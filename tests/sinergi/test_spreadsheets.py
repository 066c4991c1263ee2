"""Exported spreadsheet cells never start a formula, and nothing else about them changes."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from sinergi.spreadsheets import FORMULA_PREFIXES, EscapedExportMixin, csv_lines, escape_cell, escape_row


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil","klik")', '\'=HYPERLINK("http://evil","klik")'),
        ("+62 812 3456", "'+62 812 3456"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Siti Aminah", "Siti Aminah"),
        ("", ""),
        (" =1+1", " =1+1"),
        ("a=b", "a=b"),
    ],
)
def test_text_that_a_spreadsheet_would_run_gets_a_leading_quote(value, expected):
    assert escape_cell(value) == expected


@pytest.mark.parametrize("value", [None, 0, -5, 3.5, Decimal("-1.5"), True, datetime.date(2025, 11, 3)])
def test_numbers_dates_and_empty_values_are_left_alone(value):
    assert escape_cell(value) is value


@given(st.text())
def test_escaping_never_starts_a_formula_and_loses_nothing(text):
    escaped = escape_cell(text)

    assert not escaped.startswith(FORMULA_PREFIXES)
    assert escaped in {text, "'" + text}
    assert (escaped != text) == text.startswith(FORMULA_PREFIXES)


@given(
    st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=5), max_size=10)
)
def test_csv_export_reads_back_as_the_escaped_cells(rows):
    text = "".join(csv_lines(rows))

    assert text.startswith("\ufeff")
    read = list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))
    assert read == [escape_row(row) for row in rows]


def test_csv_export_of_a_typical_row():
    text = "".join(csv_lines([["Nama", "Skor"], ["=cmd|' /C calc'!A0", -3]]))

    assert text == "\ufeffNama;Skor\r\n'=cmd|' /C calc'!A0;-3\r\n"


def test_the_mixin_escapes_what_wagtails_export_would_write_as_it_is():
    class Base:
        def preprocess_field_value(self, field, value, export_format):
            return value

    class Export(EscapedExportMixin, Base):
        pass

    export = Export()
    assert export.preprocess_field_value("name", "=1+1", "csv") == "'=1+1"
    assert export.preprocess_field_value("score", -4, "xlsx") == -4

    workbook = Workbook()
    workbook.active.append([export.preprocess_field_value("name", "@SUM(A1:A9)", "xlsx")])
    output = io.BytesIO()
    workbook.save(output)
    cell = load_workbook(io.BytesIO(output.getvalue())).active["A1"]
    assert (cell.data_type, cell.value) == ("s", "'@SUM(A1:A9)")
