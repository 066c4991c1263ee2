"""H5P fixtures: an activity unpacked from the tiny library's package, in a private media folder."""

import shutil

import pytest
from django.core.files.base import ContentFile

from h5p.models import H5PActivity

from .packages import build


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    yield
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


def make_activity(data: bytes | None = None, **fields) -> H5PActivity:
    """An activity saved as the admin saves it; the check runs when the transaction commits."""
    activity = H5PActivity(**fields)
    activity.package.save("aktivitas.h5p", ContentFile(data if data is not None else build()), save=False)
    activity.save()
    return activity


@pytest.fixture
def activity(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = make_activity()
    made.refresh_from_db()
    return made
