"""The player page, its files, and what the player reports back (results, saved state).

Why a sandbox rather than `Content-Disposition: attachment` alone: an H5P package *is* script (its libraries'
JavaScript), so it cannot be made inert; it can only be kept out of the site's origin. The lesson page frames
the player with `sandbox="allow-scripts"` (no allow-same-origin), and the player page sends the same sandbox
as a CSP header, so even opened on its own it gets an opaque origin: package code never sees the site's
cookies, its pages or its CSRF token. The browser therefore sends no cookies from the player, so the player
and its files are authorised by a signed play token in the URL (h5p/tokens.py), issued only by a lesson page
that Wagtail and ModulePage.serve have already shown to this person. The package's own HTML, SVG and XML files
are in addition served as attachments with `CSP: sandbox`, and every file with `nosniff`. Results reach the
server through the lesson page (postMessage from the frame, then a CSRF-protected POST with the session).
"""

import json
import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_POST

from sinergi.errors import AppError

from . import services, tokens
from .models import H5PActivity, H5PUserData

# Served as downloads: a browser must never render these as a page of ours, even if someone opens the link.
ATTACHMENT_EXTENSIONS = {"html", "htm", "xhtml", "svg", "xml"}
MAX_STATEMENT_BYTES = 64 * 1024
FILES_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"


def _playable(token: str) -> tuple[tokens.Play, H5PActivity]:
    play = tokens.read(token)
    if play is None:
        raise Http404
    activity = H5PActivity.objects.filter(pk=play.activity_id).exclude(content_prefix="").first()
    if activity is None:
        raise Http404
    return play, activity


def _safe_path(path: str) -> str:
    if not path or "\\" in path or path.startswith("/") or any(ord(char) < 32 for char in path):
        raise Http404
    normal = posixpath.normpath(path)
    if normal != path or normal.startswith("..") or normal.split("/", 1)[0] in {".", ".."}:
        raise Http404
    return normal


@require_GET
def package_file(request, token: str, path: str):
    """One file of an unpacked package, streamed from storage."""
    _play, activity = _playable(token)
    path = _safe_path(path)
    try:
        handle = default_storage.open(f"{activity.content_prefix}/{path}", "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    extension = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if content_type.startswith("text/") or extension in {"js", "json", "css", "svg", "xml"}:
        content_type = f"{content_type}; charset=utf-8"
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=extension in ATTACHMENT_EXTENSIONS,
        filename=posixpath.basename(path),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILES_CSP
    # The player's opaque origin fetches these without cookies; the signed token is the credential.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, max-age=3600"
    return response


def _player_csp(request) -> str:
    origin = request.build_absolute_uri("/").rstrip("/")
    here = f"'self' {origin}"
    return "; ".join(
        [
            # The sandbox without allow-same-origin gives the page an opaque origin even when opened alone.
            "sandbox allow-scripts allow-downloads",
            "default-src 'none'",
            # H5P core writes its frames with inline scripts, and some content types evaluate code.
            f"script-src {here} 'unsafe-inline' 'unsafe-eval'",
            f"style-src {here} 'unsafe-inline'",
            f"img-src {here} data: blob:",
            f"media-src {here} data: blob:",
            f"font-src {here} data:",
            f"connect-src {here}",
            f"frame-src {here} about: blob: data:",
            "frame-ancestors 'self'",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )


@require_GET
@xframe_options_sameorigin
def player(request, token: str):
    """The page inside the lesson's frame: h5p-standalone plays the package, and a small bridge posts its
    meaningful xAPI statements to the lesson page, which sends them on with the participant's session."""
    play, activity = _playable(token)
    state = (
        H5PUserData.objects.filter(user_id=play.user_id, activity=activity)
        .values_list("state", flat=True)
        .first()
    )
    config = {
        "h5pJsonPath": request.build_absolute_uri(f"/h5p/berkas/{token}"),
        "frameJs": request.build_absolute_uri(static("vendor/h5p-standalone/frame.bundle.js")),
        "frameCss": request.build_absolute_uri(static("vendor/h5p-standalone/styles/h5p.css")),
        "id": str(activity.pk),
        # This page is the frame: H5P's own nested frame could not be reached inside the sandbox, whose
        # every document gets a fresh opaque origin, so the content is placed directly in this page.
        "embedType": "div",
        "frame": False,
        "copyright": False,
        "export": False,
        "icon": False,
        "fullScreen": False,
        "xAPIObjectIRI": request.build_absolute_uri(f"/h5p/aktivitas/{activity.pk}/"),
        # H5P core hands a saved state to the content only when saving is on. It cannot save from here (no
        # user is configured, so its own save is a no-op); the bridge asks the content for its state and the
        # lesson page saves it.
        "saveFreq": 30,
    }
    if state:
        config["contentUserData"] = [{"state": state}]
    response = render(request, "h5p/player.html", {"activity": activity, "config": config})
    response["Content-Security-Policy"] = _player_csp(request)
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def record_result(request, activity_id: int):
    """The lesson page posts a statement its player frame reported (CSRF-protected, session user)."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": gettext("Log in to save your result.")}, status=403)
    if len(request.body) > MAX_STATEMENT_BYTES:
        return JsonResponse({"error": gettext("The result could not be read.")}, status=400)
    activity = H5PActivity.objects.filter(pk=activity_id).exclude(content_prefix="").first()
    if activity is None:
        raise Http404
    try:
        statement = json.loads(request.body).get("statement")
    except (ValueError, AttributeError):
        return JsonResponse({"error": gettext("The result could not be read.")}, status=400)
    try:
        with transaction.atomic():
            result = services.record_result(user=request.user, activity=activity, statement=statement)
    except AppError as error:
        status = 403 if error.code in {"not_allowed", "anonymous"} else 400
        return JsonResponse({"error": str(error), "code": error.code}, status=status)
    completed = any(answer for _receiver, answer in getattr(result, "announced", []))
    message = gettext("Result saved: %(score)d of %(max)d.") % {
        "score": result.score,
        "max": result.max_score,
    }
    return JsonResponse({"message": message, "percent": result.percent, "module_completed": completed})


@require_POST
def save_state(request, activity_id: int):
    """The lesson page posts the state its player frame reported (CSRF-protected, session user)."""
    if not request.user.is_authenticated:
        return JsonResponse({"error": gettext("Log in to save your result.")}, status=403)
    activity = H5PActivity.objects.filter(pk=activity_id).exclude(content_prefix="").first()
    if activity is None:
        raise Http404
    if len(request.body) > settings.H5P_USER_DATA_MAX_BYTES + 1024:
        return JsonResponse(
            {"error": gettext("The saved state is too large."), "code": "state_too_large"}, status=400
        )
    try:
        state = json.loads(request.body).get("state")
    except (ValueError, AttributeError):
        state = None
    if not isinstance(state, str):
        return JsonResponse(
            {"error": gettext("The saved state could not be read."), "code": "invalid"}, status=400
        )
    try:
        services.save_state(user=request.user, activity=activity, state=state)
    except AppError as error:
        status = 403 if error.code == "not_allowed" else 400
        return JsonResponse({"error": str(error), "code": error.code}, status=status)
    return JsonResponse({"saved": True})
