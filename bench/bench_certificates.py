"""Certificates: one PDF (background, logos, two signatures, QR), issuing 1,000, and a 1,000-file ZIP.

Prints the median milliseconds per PDF from the renderer alone and per certificate issued end to end
(numbering, rendering, storing, e-mail), the seconds to stream a ZIP of 1,000 stored certificates through the
officers' admin view, and the peak Python memory while streaming it.
"""

import statistics
import tempfile
import time
import tracemalloc

import common
from django.conf import settings

settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="sinergi-bench-media-")

from django.db import transaction  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from wagtail.models import Page  # noqa: E402

from certificates.demo import seed_certificate_template  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from certificates.pdf import render_pdf  # noqa: E402
from certificates.placeholders import certificate_data  # noqa: E402
from certificates.rendering import template_layout  # noqa: E402
from certificates.services import issue_certificate  # noqa: E402
from certificates.subjects import course_subject  # noqa: E402
from people.choices import Occupation, Role  # noqa: E402
from people.demo import seed_accounts, seed_institutions  # noqa: E402
from people.models import Institution, Profile, User  # noqa: E402

COUNT = 1000


def make_participants(count: int) -> list[User]:
    institution = Institution.objects.exclude(kecamatan=None).first()
    with transaction.atomic():
        users = User.objects.bulk_create(User(email=f"peserta{i}@bench.test") for i in range(count))
        Profile.objects.bulk_create(
            Profile(
                user=user,
                full_name=f"Peserta Ke-{i} bin Abdurrahman Al-Fatih, S.Pd.",
                occupation=Occupation.TEACHER,
                institution=institution,
                kecamatan=institution.kecamatan,
            )
            for i, user in enumerate(users)
        )
    return list(User.objects.filter(email__endswith="@bench.test").select_related("profile"))


def bench_renderer(template, certificate) -> None:
    layout = template_layout(template)
    data = certificate_data(certificate)
    render_pdf(layout, data)  # warm up: fonts registered, images read once
    times = []
    for i in range(200):
        sample = data.__class__(
            **{**data.__dict__, "recipient_name": f"Peserta Nomor {i}", "code": data.code}
        )
        start = time.perf_counter()
        render_pdf(layout, sample)
        times.append((time.perf_counter() - start) * 1000)
    common.report("certificate_pdf_render_median", statistics.median(times), "ms")
    common.report("certificate_pdf_render_p95", sorted(times)[int(len(times) * 0.95)], "ms")


IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"


def bench_issue(users, course) -> None:
    times = []
    start_all = time.perf_counter()
    for user in users:
        start = time.perf_counter()
        issue_certificate(user=user, subject=course_subject(course))  # renders, stores and mails right away
        times.append((time.perf_counter() - start) * 1000)
    common.report("certificate_issue_render_store_median", statistics.median(times), "ms")
    common.report("certificate_issue_1000_total", time.perf_counter() - start_all, "s")


def bench_zip() -> None:
    officer = User.objects.get(email="petugas@sinergi.test")
    client = Client()
    client.force_login(officer)
    tracemalloc.start()
    start = time.perf_counter()
    response = client.get("/admin/certificates_admin/zip/download/", {"status": "valid"})
    if response.status_code != 200:
        raise SystemExit(f"ZIP answered {response.status_code}")
    size = 0
    for chunk in response.streaming_content:
        size += len(chunk)
    elapsed = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    common.report("certificate_zip_1000_seconds", elapsed, "s")
    common.report("certificate_zip_1000_size", size / 1_000_000, "MB")
    common.report("certificate_zip_peak_python_memory", peak / 1_000_000, "MB")


def main() -> None:
    seed_institutions()
    seed_accounts()
    template = seed_certificate_template()
    course = Page.objects.get(depth=1).add_child(
        instance=Page(title="Pencegahan Kekerasan terhadap Anak di Sekolah", slug="bench-kursus")
    )
    course.duration_jp = 12
    users = make_participants(COUNT)
    # Production renders in `db_worker` processes; here the task runs inline, so the figure is the whole work.
    with override_settings(TASKS={"default": {"BACKEND": IMMEDIATE}}):
        bench_issue(users, course)
    if Certificate.objects.filter(status="valid").count() != COUNT:
        raise SystemExit("not every certificate was made")
    bench_renderer(template, Certificate.objects.first())
    bench_zip()
    if not User.objects.filter(groups__name=Role.OFFICER).exists():
        raise SystemExit("the demo officer is missing")


if __name__ == "__main__":
    main()
