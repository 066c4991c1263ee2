"""Downloading an admin export and reading it back as rows, the way an officer's spreadsheet opens it."""

import csv
import io
import re
from decimal import Decimal

import openpyxl

FORMATS = ("csv", "xlsx")


def read_export(response, export_format: str) -> list[list]:
    """The rows of a CSV or XLSX download, heading first. Empty XLSX cells read as ""."""
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        assert response["Content-Type"].startswith("text/csv")
        text = body.decode("utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
        return [row for row in csv.reader(io.StringIO(text, newline=""), dialect) if row]
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    return [
        ["" if value is None else value for value in row]
        for row in workbook.active.iter_rows(values_only=True)
    ]


def download(client, url: str, export_format: str, **params) -> list[list]:
    return read_export(client.get(url, {**params, "export": export_format}), export_format)


def column(rows: list[list], heading: str) -> list:
    """The values under `heading` (the rows after the heading row)."""
    index = [str(cell) for cell in rows[0]].index(heading)
    return [row[index] for row in rows[1:]]


def as_text(value) -> str:
    """A cell as text, so CSV and XLSX rows compare alike: a whole number reads "25" whether the file holds
    25, 25.0 or "25.00"."""
    text = str(value)
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        number = Decimal(text)
        if number == number.to_integral_value():
            return str(int(number))
    return text
