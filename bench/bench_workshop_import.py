"""Workshops: reading a 50,000-row participant list (CSV and XLSX), as the import preview does.

Prints the parse time and the peak Python memory (tracemalloc) while parsing, not counting the file's own
bytes, which the upload already holds. Every tenth row has a problem, so error messages are kept too.
Then the preview's database side for those 50,000 rows (which accounts exist, who is registered) and the
confirm of a 500-row list of new participants (accounts, profiles, registrations, one transaction).
"""

import io
import time
import tracemalloc

import common  # sets up Django first
from django.utils import translation
from openpyxl import Workbook

from people.demo import seed_accounts, seed_institutions
from people.models import Kecamatan, User
from workshops import list_import
from workshops.importing import parse_participants
from workshops.models import WorkshopIndexPage, WorkshopPage

ROWS = 50_000
HEADER = ["Nama", "Email", "No HP", "Pekerjaan", "Instansi", "Kecamatan"]
SPELLINGS = ["Lubuklinggau Timur II", "lubuk linggau timur 2", "Kec. Lubuk Linggau Barat I", "Utara 1"]


def make_rows():
    for i in range(ROWS):
        email = f"peserta{i}@contoh.id" if i % 10 else f"peserta{i}-at-contoh.id"
        yield [
            f"Peserta Nomor {i}, S.Pd.",
            email,
            f"0812{i:08d}",
            "Guru",
            f"SD Negeri {i % 300}",
            SPELLINGS[i % len(SPELLINGS)],
        ]


def make_csv() -> bytes:
    lines = [";".join(HEADER)] + [";".join(row) for row in make_rows()]
    return ("\ufeff" + "\r\n".join(lines)).encode()


def make_xlsx() -> bytes:
    # A normal (not write-only) workbook stores text in the shared-strings table, as Excel does.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in make_rows():
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def measure(data: bytes, filename: str, names: list[str]) -> tuple[float, float, int]:
    """Parse once for the time, then again under tracemalloc (which slows Python down) for the memory."""
    start = time.perf_counter()
    # What the preview keeps: every row's compact result.
    rows = list(parse_participants(io.BytesIO(data), filename, kecamatan_names=names))
    elapsed = time.perf_counter() - start
    if len(rows) != ROWS:
        raise SystemExit(f"expected {ROWS} rows, read {len(rows)}")
    errors = sum(1 for row in rows if row.errors)
    del rows
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    kept = list(parse_participants(io.BytesIO(data), filename, kecamatan_names=names))
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    del kept
    return elapsed, peak / 2**20, errors


def make_workshop() -> WorkshopPage:
    index = WorkshopIndexPage.objects.get()
    workshop = WorkshopPage(
        title="Lokakarya Bench",
        slug="lokakarya-bench",
        description="<p>Bench</p>",
        venue="Hotel Smart",
        capacity=1000,
        hours_jp=8,
    )
    index.add_child(instance=workshop)
    return workshop


def bench_database(data: bytes, names: list[str]) -> None:
    seed_institutions()
    seed_accounts()
    officer = User.objects.get(email="petugas@sinergi.test")
    workshop = make_workshop()
    rows = list(parse_participants(io.BytesIO(data), "peserta.csv", kecamatan_names=names))
    start = time.perf_counter()
    list_import.build_preview(rows, workshop=workshop)
    common.report("workshop_import_50000_rows_preview_database_time", time.perf_counter() - start, "s")

    small = rows[:500]
    start = time.perf_counter()
    result = list_import.confirm_import(
        rows=small, data={"f": "bench-nothing-stored.csv"}, workshop=workshop, by=officer
    )
    elapsed = time.perf_counter() - start
    common.report("workshop_import_confirm_500_rows_time", elapsed, "s")
    common.report("workshop_import_confirm_500_rows_accounts_created", result.created, "accounts")


def main() -> None:
    translation.activate("id")
    names = list(Kecamatan.objects.values_list("name", flat=True))
    csv_data = make_csv()
    for kind, data in (("csv", csv_data), ("xlsx", make_xlsx())):
        elapsed, peak, errors = measure(data, f"peserta.{kind}", names)
        common.report(f"workshop_import_{kind}_50000_rows_file_size", len(data) / 2**20, "MiB")
        common.report(f"workshop_import_{kind}_50000_rows_parse_time", elapsed, "s")
        common.report(f"workshop_import_{kind}_50000_rows_peak_memory", peak, "MiB")
        common.report(f"workshop_import_{kind}_50000_rows_with_errors", errors, "rows")
    bench_database(csv_data, names)


if __name__ == "__main__":
    main()
