"""What the h5p app does: check and unpack uploaded packages, record results."""

import json
import logging
import uuid
from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from sinergi.errors import AppError

from . import validation, xapi
from .choices import PackageState
from .models import H5PActivity, H5PResult, H5PUserData
from .signals import play_allowed, result_recorded

logger = logging.getLogger(__name__)


class H5PError(AppError):
    pass


def limits() -> validation.Limits:
    from django.conf import settings

    return validation.Limits(**getattr(settings, "H5P_LIMITS", {}))


def check_on_commit(activity: H5PActivity) -> None:
    from .tasks import check_package

    activity_id, package_name = activity.pk, activity.package.name
    transaction.on_commit(lambda: check_package.enqueue(activity_id=activity_id, package_name=package_name))


def remove_on_commit(*, files: list[str], prefix: str = "") -> None:
    """Remove uploads and an unpacked package from storage once the change that dropped them is saved."""

    def remove():
        for name in files:
            default_storage.delete(name)
        if prefix:
            _delete_tree(prefix)

    transaction.on_commit(remove)


def _delete_tree(prefix: str) -> None:
    directories, files = default_storage.listdir(prefix)
    for name in files:
        default_storage.delete(f"{prefix}/{name}")
    for directory in directories:
        _delete_tree(f"{prefix}/{directory}")


def process_upload(*, activity_id: int, package_name: str) -> str:
    """Check an uploaded package and unpack it into a fresh prefix. Returns the activity's new state.

    Safe to run twice or late: a package that is no longer the activity's current upload is left alone.
    """
    activity = H5PActivity.objects.filter(pk=activity_id, package=package_name).first()
    if activity is None:
        return "superseded"
    prefix = f"h5p/content/{activity_id}/{uuid.uuid4().hex}"
    try:
        with default_storage.open(package_name, "rb") as upload:
            info = validation.unpack_package(upload, storage=default_storage, prefix=prefix, limits=limits())
    except validation.PackageError as error:
        H5PActivity.objects.filter(pk=activity_id, package=package_name).update(
            state=PackageState.REJECTED, rejection_code=error.code, rejection_reason=str(error)
        )
        return PackageState.REJECTED
    except FileNotFoundError:
        H5PActivity.objects.filter(pk=activity_id, package=package_name).update(
            state=PackageState.REJECTED,
            rejection_code="missing",
            rejection_reason=_("The upload was not found."),
        )
        return PackageState.REJECTED
    with transaction.atomic():
        current = H5PActivity.objects.select_for_update().filter(pk=activity_id, package=package_name).first()
        if current is None:  # replaced while this one was being checked
            transaction.on_commit(lambda: _delete_tree(prefix))
            return "superseded"
        old_prefix = current.content_prefix
        H5PActivity.objects.filter(pk=activity_id).update(
            state=PackageState.READY,
            rejection_code="",
            rejection_reason="",
            title=info.title,
            main_library=info.main_library,
            size_bytes=info.total_bytes,
            file_count=info.file_count,
            content_prefix=prefix,
        )
        if old_prefix:
            transaction.on_commit(lambda: _delete_tree(old_prefix))
    return PackageState.READY


def may_record(*, user, activity: H5PActivity) -> bool:
    """Asked of the apps above (courses): is the participant enrolled where a live module uses it?"""
    return any(
        answer is True
        for _receiver, answer in play_allowed.send(sender=H5PActivity, user=user, activity=activity)
    )


def record_result(*, user, activity: H5PActivity, statement: dict) -> H5PResult:
    """Store one result the browser reported. Every result is kept; `result_recorded` goes out on commit."""
    if not user.is_authenticated:
        raise H5PError(_("Log in to save your result."), code="anonymous")
    outcome = xapi.read_statement(statement, expected_max=activity.max_score)
    if not may_record(user=user, activity=activity):
        raise H5PError(_("Your result is saved only in a course you are enrolled in."), code="not_allowed")
    result = H5PResult.objects.create(
        user=user,
        activity=activity,
        verb=outcome.verb,
        score=outcome.score,
        max_score=outcome.max_score,
        completed=outcome.completed,
        passed=outcome.passed,
        statement=statement,
    )
    transaction.on_commit(partial(_announce, user=user, activity=activity, result=result))
    return result


def _announce(*, user, activity: H5PActivity, result: H5PResult) -> None:
    # What receivers answer (courses: the modules this result completed) is kept for the response.
    result.announced = result_recorded.send(sender=H5PResult, user=user, activity=activity, result=result)


def save_state(*, user, activity: H5PActivity, state: str) -> None:
    """Keep where the participant left the activity. JSON text, capped in size, for a participant who may
    record results for it; an empty state (H5P's reset) removes it."""
    from django.conf import settings

    if len(state.encode()) > settings.H5P_USER_DATA_MAX_BYTES:
        raise H5PError(_("The saved state is too large."), code="state_too_large")
    if state:
        try:
            json.loads(state)
        except ValueError as error:
            raise H5PError(_("The saved state could not be read."), code="invalid") from error
    if not may_record(user=user, activity=activity):
        raise H5PError(_("Your result is saved only in a course you are enrolled in."), code="not_allowed")
    if not state:
        H5PUserData.objects.filter(user=user, activity=activity).delete()
        return
    H5PUserData.objects.update_or_create(user=user, activity=activity, defaults={"state": state})
