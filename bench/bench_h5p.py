"""H5P: checking a 20 MB package, and recording a result.

Prints the seconds to check (and to check and unpack into storage) a 20 MB package, the peak Python memory of
the check beside the package's largest member, and the median server time and query count of the results
endpoint for a participant enrolled in 10 courses of 5 modules that all use the activity (a result after the
modules are complete, and one that meets no requirement yet).
"""

import io
import json
import os
import random
import statistics
import time
import tracemalloc
import zipfile

import common
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from courses import services as course_services
from courses.models import CourseIndexPage, CoursePage, ModulePage
from h5p.models import H5PActivity
from h5p.services import process_upload
from h5p.validation import check_package, unpack_package
from people.demo import seed_accounts, seed_institutions
from people.models import User
from tests.h5p.packages import package_files

COURSES, MODULES = 10, 5
VERB = "http://adlnet.gov/expapi/verbs/"


def twenty_mb_package() -> tuple[bytes, int]:
    """The tiny library's package with 20 MB of media: incompressible audio and images, compressible text."""
    files = package_files()
    for n in range(14):
        files[f"content/audio/klip-{n}.mp3"] = os.urandom(1024 * 1024)
    for n in range(40):
        files[f"content/images/foto-{n}.jpg"] = os.urandom(150 * 1024)
    words = [
        "tanda",
        "lowongan",
        "kerja",
        "palsu",
        "gaji",
        "tinggi",
        "tanpa",
        "kontrak",
        "dokumen",
        "ditahan",
        "agen",
        "calo",
        "luar",
        "negeri",
    ]
    rng = random.Random(12)  # noqa: S311 - sample text, not a secret
    text = " ".join(rng.choice(words) for _ in range(400_000))
    files["content/transkrip.txt"] = text.encode()[: 2 * 1024 * 1024]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue(), max(len(data) for data in files.values())


def bench_validation() -> None:
    data, largest = twenty_mb_package()
    common.report("h5p_package_size", len(data) / 1024 / 1024, "MB")
    times = []
    for _ in range(5):
        start = time.perf_counter()
        check_package(io.BytesIO(data))
        times.append(time.perf_counter() - start)
    common.report("h5p_check_20mb_median", sorted(times)[2], "s")
    tracemalloc.start()
    check_package(io.BytesIO(data))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    common.report("h5p_check_peak_python_memory", peak / 1024 / 1024, "MB")
    common.report("h5p_largest_member", largest / 1024 / 1024, "MB")
    start = time.perf_counter()
    unpack_package(io.BytesIO(data), storage=default_storage, prefix="h5p/bench/unpack")
    common.report("h5p_check_and_unpack_20mb", time.perf_counter() - start, "s")


def statement(verb: str, raw: int) -> str:
    score = {"min": 0, "raw": raw, "max": 3}
    return json.dumps({"statement": {"verb": {"id": VERB + verb}, "result": {"score": score}}})


def bench_endpoint() -> None:
    seed_institutions()
    seed_accounts()
    activity = H5PActivity(max_score=3)
    activity.package.save("bench.h5p", ContentFile(_tiny()), save=False)
    activity.save()
    # Production settings queue the check for a db_worker; the benchmark runs it here.
    process_upload(activity_id=activity.pk, package_name=activity.package.name)
    activity.refresh_from_db()
    if not activity.content_prefix:
        raise SystemExit(activity.rejection_reason)
    participant = User.objects.get(email="peserta@sinergi.test")  # the demo participant, profile complete
    index = CourseIndexPage.objects.get()
    block = {
        "type": "h5p",
        "value": {"activity": activity.pk, "requirement": "completed", "pass_percent": None},
    }
    with transaction.atomic():
        for c in range(COURSES):
            course = CoursePage(
                title=f"Kursus {c}",
                slug=f"kursus-h5p-{c}",
                summary="Ringkas.",
                learning_outcomes="<p>x</p>",
                audience="Guru",
                duration_jp=2,
                require_read=False,
                require_quiz=True,
                sequential=False,
            )
            index.add_child(instance=course)
            for m in range(MODULES):
                course.add_child(instance=ModulePage(title=f"Modul {m}", slug=f"modul-{m}", body=[block]))
            course_services.enrol(user=participant, course=course)
    client = Client()
    client.force_login(participant)
    url = f"/h5p/aktivitas/{activity.pk}/hasil/"
    first = client.post(url, statement("completed", 3), content_type="application/json")
    if not first.json().get("module_completed"):
        raise SystemExit(first.content)
    median, queries = _measure_post(client, url, statement("completed", 3))
    common.report("h5p_result_completed_median", median, "ms")
    common.report("h5p_result_completed_queries", queries, "queries")
    median, queries = _measure_post(client, url, statement("answered", 1))
    common.report("h5p_result_answered_median", median, "ms")
    common.report("h5p_result_answered_queries", queries, "queries")


def _tiny() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in package_files().items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _measure_post(client, url, body, runs=50, warmup=3):
    """Like common.measure, for a JSON POST (connection closed before each request, as in production)."""
    times, queries = [], 0
    for i in range(warmup + runs):
        connection.close()
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.post(url, body, content_type="application/json")
            elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}: {response.content[:200]}")
        if i >= warmup:
            times.append(elapsed)
            queries = len(ctx.captured_queries)
    return statistics.median(times), queries


if __name__ == "__main__":
    bench_validation()
    bench_endpoint()
