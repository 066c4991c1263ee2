"""The officers' dashboard, the participant table and the full XLSX export at 1,000 and 10,000 participants.

Prints the dashboard's median server time and query count at both sizes (the count must not change), the
participant table's first page, and the full XLSX export's time and peak Python memory (tracemalloc) at both
sizes (the peak must not grow with the rows). The synthetic city is made by reports.seeding, the code behind
`manage.py seed_load` (which refuses to run without DEBUG, as these production settings have it off).
"""

import sys
import time
import tracemalloc

import common
from django.db import connection
from django.test import Client
from django.urls import reverse

from people.choices import Role
from people.models import User
from people.services import add_to_role
from reports.seeding import seed

SIZES = [int(arg) for arg in sys.argv[1:]] or [1000, 10000]


def officer_client() -> Client:
    officer = User.objects.filter(email="petugas-bench@sinergi.test").first()
    if officer is None:  # a DATABASE_URL given from outside may be measured again
        officer = User.objects.create_user(email="petugas-bench@sinergi.test", password="x")
        add_to_role(officer, Role.OFFICER)
    client = Client()
    client.force_login(officer)
    return client


def download(client: Client, url: str) -> int:
    connection.close()
    response = client.get(url, {"export": "xlsx"})
    return sum(len(chunk) for chunk in response.streaming_content)


def export(client: Client, url: str) -> tuple[float, float, int]:
    """Seconds and bytes of one full XLSX download read to the end, then the peak MiB of another one
    (tracemalloc slows Python down several times, so it is not on while timing)."""
    start = time.perf_counter()
    size = download(client, url)
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    download(client, url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 2**20, size


def main():
    client = None
    for size in SIZES:
        started = time.perf_counter()
        seed(size)
        common.report(f"seed_{size}_s", time.perf_counter() - started, "s")
        client = client or officer_client()
        dashboard = reverse("reports:dashboard")
        median, queries = common.measure(client, dashboard, runs=15)
        common.report(f"dashboard_{size}_median", median, "ms")
        common.report(f"dashboard_{size}_queries", queries, "queries")
        median, queries = common.measure(client, dashboard + "?kecamatan=1&occupation=guru", runs=15)
        common.report(f"dashboard_{size}_filtered_median", median, "ms")
        common.report(f"dashboard_{size}_filtered_queries", queries, "queries")
        participants = reverse("reports:participants")
        median, queries = common.measure(client, participants, runs=15)
        common.report(f"participants_first_page_{size}_median", median, "ms")
        common.report(f"participants_first_page_{size}_queries", queries, "queries")
        if size > 10000:
            continue  # the export's target is for 10,000; province scale measures the pages only
        seconds, peak, size_bytes = export(client, participants)
        common.report(f"export_xlsx_{size}_time", seconds, "s")
        common.report(f"export_xlsx_{size}_peak_memory", peak, "MiB")
        common.report(f"export_xlsx_{size}_size", size_bytes // 1024, "KiB")


if __name__ == "__main__":
    main()
