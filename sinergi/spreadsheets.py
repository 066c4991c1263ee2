"""Spreadsheet exports that cannot run code on the officer's computer.

A cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel,
LibreOffice and Google Sheets ("CSV injection"): a participant who types `=HYPERLINK(...)` as their name
would otherwise get a live formula into the agency's report. Such text is prefixed with a single quote,
which every spreadsheet shows as plain text. Numbers, dates and empty values are left alone.
"""

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from sinergi.admin_display import yes_no

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Any) -> Any:
    """Return `value` safe for a spreadsheet cell: text that a spreadsheet would run gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def escape_row(values: Iterable[Any]) -> list[Any]:
    return [escape_cell(value) for value in values]


def csv_lines(rows: Iterable[Iterable[Any]], *, delimiter: str = ";") -> Iterator[str]:
    """Yield an escaped CSV file line by line (for a StreamingHttpResponse), starting with a UTF-8 BOM.

    The BOM makes Excel read the file as UTF-8 (names with accents); `;` is the list separator of Excel
    set to Indonesian, so the columns open split without an import wizard.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    yield "\ufeff"
    for row in rows:
        writer.writerow(escape_row(row))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


class EscapedExportMixin:
    """For Wagtail index and report views with `list_export`: every exported text cell is escaped.

    Wagtail's own export writes CSV cells as they are; mix this in before Wagtail's view class:
    `class WorkshopReportView(EscapedExportMixin, ReportView)`.
    """

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, bool):  # "Ya"/"Tidak" as the listing shows it, not True/False
            return yes_no(value)
        return escape_cell(super().preprocess_field_value(field, value, export_format))


class EscapedSnippetIndexView(EscapedExportMixin, SnippetIndexView):
    """A snippet listing whose CSV/XLSX export escapes formula-like cells (set as `index_view_class`)."""
