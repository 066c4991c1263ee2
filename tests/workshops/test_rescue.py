"""Invitations from an imported list whose worker was killed while sending them. Production's task rows and
real `db_worker` (tests/background.py); the import itself runs in the officer's request."""

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks import TaskResultStatus
from wagtail.models import PageLogEntry

from people.models import User
from sinergi.task_rescue import task_rows
from tests.background import DB_BACKEND, kill_worker_mid_task, rescue, run_worker
from workshops.list_import import send_invitation

from .test_import_views import HEADER, preview_url, upload

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _setup(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.TASKS = DB_BACKEND
    settings.TASK_STALE_AFTER = 600


@pytest.fixture
def imported(client, officer, workshop, django_capture_on_commit_callbacks):
    """An officer imports two new participants; their invitations wait for a worker."""
    client.force_login(officer)
    lines = [HEADER, "Siti Aminah;siti@contoh.id;;;;", "Rahmat Hidayat;rahmat@contoh.id;;;;"]
    url = preview_url(upload(client, workshop, "\r\n".join(lines).encode()))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url + "simpan/")
    return User.objects.get(email="siti@contoh.id")


def invitation_rows(user, workshop):
    return task_rows(send_invitation, user_id=user.pk, workshop_id=workshop.pk)


def sent_to(address: str) -> int:
    return sum(message.to == [address] for message in mail.outbox)


def test_an_invitation_left_running_by_a_killed_worker_is_sent_once(imported, workshop):
    dead = kill_worker_mid_task(invitation_rows(imported, workshop).get())
    run_worker()  # the other invitation goes; Siti's stays RUNNING for ever without the rescue
    assert (sent_to("rahmat@contoh.id"), sent_to("siti@contoh.id")) == (1, 0)

    assert "1 workshop invitation(s) queued again, 1 task(s) of dead workers closed" in rescue()
    assert "0 workshop invitation(s) queued again, 0 task(s)" in rescue()  # a second run adds nothing
    dead.refresh_from_db()
    assert dead.status == TaskResultStatus.FAILED
    run_worker()
    assert (sent_to("rahmat@contoh.id"), sent_to("siti@contoh.id")) == (1, 1)
    [invitation] = [message for message in mail.outbox if message.to == ["siti@contoh.id"]]
    assert workshop.title in invitation.subject and "Buat kata sandi" in invitation.body

    rescue()
    run_worker()
    assert len(mail.outbox) == 2


def test_no_second_invitation_once_the_participant_has_a_password(imported, workshop):
    kill_worker_mid_task(invitation_rows(imported, workshop).get())
    imported.set_password("Kata-sandi-baru-2025")  # e.g. through "Lupa kata sandi"
    imported.save()
    assert "0 workshop invitation(s) queued again, 1 task(s) of dead workers closed" in rescue()
    run_worker()
    assert sent_to("siti@contoh.id") == 0


def test_an_invitation_lost_again_and_again_is_reported_to_the_officer(settings, client, imported, workshop):
    settings.TASK_MAX_RESCUES = 1
    kill_worker_mid_task(invitation_rows(imported, workshop).get())
    rescue()
    kill_worker_mid_task(invitation_rows(imported, workshop).get(status=TaskResultStatus.READY))
    assert "0 workshop invitation(s) queued again, 1 task(s) of dead workers closed, 1 given up" in rescue()
    run_worker()
    assert sent_to("siti@contoh.id") == 0
    assert PageLogEntry.objects.filter(page=workshop, action="workshops.invitation_lost").count() == 1
    history = client.get(reverse("wagtailadmin_pages:history", args=[workshop.pk])).content.decode()
    assert "Undangan ke siti@contoh.id tidak terkirim" in history
    assert "Lupa kata sandi" in history
