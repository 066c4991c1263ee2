"""The starter course's interactive check: "Kenali tanda lowongan kerja palsu", an H5P package of our own.

Its content type, H5P.SinergiSignals, lives in `h5p_package/` in the H5P library format: statements to tick,
scored one point per statement judged right. The package is zipped from those files and uploaded as a trainer
would upload one, so the h5p app checks and unpacks it in its background task.
"""

import io
import zipfile
from pathlib import Path

from django.core.files.base import ContentFile

from h5p.models import H5PActivity

from . import ledger

PACKAGE = Path(__file__).resolve().parent / "h5p_package"
KEY = "h5p:tanda-lowongan-palsu"


def package_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(PACKAGE.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(PACKAGE).as_posix())
    return buffer.getvalue()


def ensure_activity(report: ledger.Report) -> H5PActivity:
    """The activity made by an earlier run if it still exists, untouched; else a new one."""
    activity = ledger.find(KEY, H5PActivity)
    if activity is not None:
        report.add("H5P activity", activity, created=False)
        return activity
    activity = H5PActivity(max_score=6)
    activity.package.save("tanda-lowongan-palsu.h5p", ContentFile(package_bytes()), save=False)
    activity.save()  # checked and unpacked by the h5p app's task once the seed commits
    ledger.remember(KEY, activity)
    report.add("H5P activity", activity, created=True)
    return activity


def activity_block(activity: H5PActivity) -> dict:
    """Practice only: the module is still completed by its quiz, so certificates rest on a server score."""
    return {"type": "h5p", "value": {"activity": activity.pk, "requirement": "none", "pass_percent": None}}
