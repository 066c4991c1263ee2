"""Certificates that never came: a render worker killed mid-task, or no worker at all.

These run with django-tasks-db's real task rows and its real `db_worker`, as production does; a worker killed
mid-render is simulated by leaving its row as a dead worker leaves it (RUNNING, started long ago).
"""

from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from certificates import services
from certificates.choices import CertificateStatus
from certificates.models import Certificate
from certificates.rescue import RENDER_TASK_PATH, rescue_late_renders
from certificates.services import issue_certificate
from tests.background import DB_BACKEND, LONG_AGO, at_the_same_moment, kill_worker_mid_task, run_worker
from tests.background import rescue as run_rescue

from .conftest import subject_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def db_tasks(settings):
    """Production's task backend: rendering waits in the database for a `db_worker`."""
    settings.TASKS = DB_BACKEND
    settings.CERTIFICATE_RENDER_STALE_AFTER = 300


@pytest.fixture
def queue(template, course_page, django_capture_on_commit_callbacks):
    """Issue a certificate, as a completion does; its render task is queued once the issue commits."""

    def _queue(user):
        with django_capture_on_commit_callbacks(execute=True):
            certificate, _created = issue_certificate(user=user, subject=subject_for(course_page))
        return certificate

    return _queue


@pytest.fixture
def renders():
    """Counts PDFs drawn by the renderer itself."""
    with mock.patch.object(services, "render_pdf", wraps=services.render_pdf) as spy:
        yield spy


def kill_worker_mid_render(certificate):
    task = kill_worker_mid_task(render_rows(certificate).get(status=TaskResultStatus.READY))
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=task.started_at)
    return task


def test_the_rescue_watches_the_real_render_task():
    from certificates.tasks import render_certificate

    assert render_certificate.module_path == RENDER_TASK_PATH


def render_rows(certificate):
    return DBTaskResult.objects.filter(
        task_path=RENDER_TASK_PATH, args_kwargs__kwargs__certificate_id=certificate.pk
    )


def rescue() -> str:
    return run_rescue("rescue_certificates")  # the name the stack's timer called first: it stays


def test_a_task_left_running_by_a_killed_worker_is_queued_again_and_renders_once(
    db_tasks, participant, queue, renders, mailoutbox
):
    certificate = queue(participant)
    dead = kill_worker_mid_render(certificate)
    run_worker()  # a new worker does not touch a RUNNING task: before the rescue, nothing would ever happen
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.PENDING and renders.call_count == 0

    output = rescue()
    assert "1 certificate(s) queued again" in output
    dead.refresh_from_db()
    assert dead.status == TaskResultStatus.FAILED and dead.exception_class_path.endswith("WorkerLost")
    assert render_rows(certificate).filter(status=TaskResultStatus.READY).count() == 1

    run_worker()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and certificate.pdf
    assert renders.call_count == 1
    assert len(mailoutbox) == 1
    assert ModelLogEntry.objects.filter(action="certificates.render_requeued").count() == 1

    # Later runs find nothing to do, and the worker finds nothing to draw again.
    assert "0 certificate(s) queued again" in rescue()
    run_worker()
    assert renders.call_count == 1 and len(mailoutbox) == 1


def test_running_the_rescue_twice_queues_one_render(db_tasks, participant, queue, renders):
    certificate = queue(participant)
    kill_worker_mid_render(certificate)
    rescue()
    second = rescue()
    assert "0 certificate(s) queued again" in second
    assert render_rows(certificate).filter(status=TaskResultStatus.READY).count() == 1
    assert render_rows(certificate).count() == 2  # the dead one, closed, and one new
    run_worker()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and renders.call_count == 1
    assert Certificate.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_rescues_at_the_same_moment_queue_one_render(settings, participant, template, course_page):
    settings.TASKS = DB_BACKEND
    certificate, _created = issue_certificate(user=participant, subject=subject_for(course_page))
    kill_worker_mid_render(certificate)
    reports = at_the_same_moment(rescue_late_renders)
    assert sum(report.requeued for report in reports) == 1
    assert render_rows(certificate).filter(status=TaskResultStatus.READY).count() == 1


def test_with_no_worker_running_the_rescue_adds_nothing_and_says_so(db_tasks, participant, queue, renders):
    certificate = queue(participant)
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - LONG_AGO)
    output = rescue()
    assert "queued for more than 300 s and not taken by any worker" in output
    assert "db_worker" in output
    assert render_rows(certificate).count() == 1
    run_worker()  # the worker comes back
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and renders.call_count == 1


def test_a_certificate_whose_task_was_never_queued_is_queued_by_the_rescue(
    db_tasks, participant, template, course_page, renders
):
    # The web process died between committing the certificate and queuing its render: no task exists.
    certificate, _created = issue_certificate(user=participant, subject=subject_for(course_page))
    assert not render_rows(certificate).exists()
    assert "0 certificate(s) queued again" in rescue()  # not late yet: it is left alone
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - LONG_AGO)
    assert "1 certificate(s) queued again" in rescue()
    run_worker()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and renders.call_count == 1


def test_without_a_worker_backend_the_rescue_makes_it_at_once(participant, template, course_page, mailoutbox):
    # The embedded set-up runs tasks in the process: a render lost there is simply made by the rescue.
    certificate, _created = issue_certificate(user=participant, subject=subject_for(course_page))
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - LONG_AGO)
    rescue()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and len(mailoutbox) == 1


def test_a_certificate_that_kills_its_worker_every_time_is_marked_not_made(
    db_tasks, settings, participant, officer, queue, client
):
    settings.CERTIFICATE_RENDER_MAX_RESCUES = 2
    certificate = queue(participant)
    for _attempt in range(2):
        kill_worker_mid_render(certificate)
        rescue()
    kill_worker_mid_render(certificate)
    assert "0 certificate(s) queued again, 1 task(s) of dead workers closed, 1 given up" in rescue()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.FAILED
    assert "2 kali" in certificate.render_error  # stored in Indonesian, for officers
    assert not render_rows(certificate).filter(status__in=["READY", "RUNNING"]).exists()
    client.force_login(officer)
    assert "1 sertifikat gagal dibuat" in client.get(reverse("wagtailadmin_home")).content.decode()
    # The officer's retry starts the count again.
    client.post(reverse("certificates_admin:retry", args=[certificate.pk]))
    run_worker()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


def test_an_officer_retries_a_certificate_stuck_with_a_dead_worker(
    db_tasks, participant, officer, queue, client, renders
):
    certificate = queue(participant)
    kill_worker_mid_render(certificate)
    client.force_login(officer)
    inspect = client.get(reverse("certificates_admin:inspect", args=[certificate.pk])).content.decode()
    retry_url = reverse("certificates_admin:retry", args=[certificate.pk])
    assert f'action="{retry_url}"' in inspect and "Coba lagi" in inspect
    listing = client.get(reverse("certificates_admin:index")).content.decode()
    assert retry_url in listing

    response = client.post(retry_url, follow=True)
    html = response.content.decode()
    assert f"Sertifikat {certificate.number} diantrekan untuk dibuat ulang" in html
    assert render_rows(certificate).filter(status=TaskResultStatus.READY).count() == 1
    assert render_rows(certificate).filter(status=TaskResultStatus.RUNNING).count() == 0
    # A second click queues nothing more.
    client.post(retry_url)
    assert render_rows(certificate).filter(status=TaskResultStatus.READY).count() == 1
    run_worker()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and renders.call_count == 1
    assert ModelLogEntry.objects.filter(action="certificates.retry", user=officer).count() == 2


def test_a_retry_while_a_live_worker_is_making_it_is_refused(db_tasks, participant, officer, queue, client):
    certificate = queue(participant)
    task = render_rows(certificate).get()
    DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.RUNNING, started_at=timezone.now())
    client.force_login(officer)
    html = client.post(
        reverse("certificates_admin:retry", args=[certificate.pk]), follow=True
    ).content.decode()
    assert "Sertifikat ini sedang dibuat" in html
    assert render_rows(certificate).count() == 1


@pytest.mark.parametrize("who", ["participant", "trainer"])
def test_only_officers_may_retry(db_tasks, request, who, participant, queue, client):
    certificate = queue(participant)
    kill_worker_mid_render(certificate)
    client.force_login(request.getfixturevalue(who))
    response = client.post(reverse("certificates_admin:retry", args=[certificate.pk]))
    # Wagtail answers a refused admin action with 403, or a redirect away from it with its own message.
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] != reverse("certificates_admin:inspect", args=[certificate.pk])
    assert render_rows(certificate).get().status == TaskResultStatus.RUNNING
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.PENDING
    assert not ModelLogEntry.objects.filter(action="certificates.retry").exists()


def test_the_admin_home_warns_about_late_certificates(
    db_tasks, participant, other_participant, officer, trainer, queue, client, course_page
):
    from wagtail.models import Page

    late = queue(participant)
    Certificate.objects.filter(pk=late.pk).update(issued_at=timezone.now() - LONG_AGO)
    other_page = Page.objects.get(depth=1).add_child(instance=Page(title="Kursus TPPO", slug="kursus-tppo"))
    fresh, _created = issue_certificate(user=other_participant, subject=subject_for(other_page))
    client.force_login(officer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 sertifikat sudah menunggu lebih dari 5 menit untuk dibuat" in html
    link = reverse("certificates_admin:index") + "?late=1"
    assert link in html
    listing = client.get(link).content.decode()
    assert late.number in listing and fresh.number not in listing

    client.force_login(trainer)
    assert "menunggu lebih dari" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_no_warning_while_certificates_are_made_in_time(db_tasks, participant, officer, queue, client):
    queue(participant)
    client.force_login(officer)
    assert "menunggu lebih dari" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_participant_is_told_honestly_when_a_certificate_is_late(db_tasks, participant, queue, client):
    certificate = queue(participant)
    client.force_login(participant)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert "Sertifikat Anda sedang disiapkan" in html
    Certificate.objects.filter(pk=certificate.pk).update(issued_at=timezone.now() - LONG_AGO)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert "lebih lama dari biasanya" in html and "petugas" in html.lower()
    assert "Sertifikat Anda sedang disiapkan" not in html
