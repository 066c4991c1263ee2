"""Thin HTTP views: register/cancel, calendar file, "Workshop saya", roster, QR screen and self check-in."""

import time
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from people.access import sees_contact_details
from people.decorators import profile_required

from . import calendar, checkin, queries, services
from .access import may_see_workshop
from .forms import WalkInForm
from .models import WorkshopIndexPage, WorkshopPage, WorkshopSession

PENDING_KEY = "workshops_checkin"
# A participant who opened a valid code but had to log in first keeps it this long.
LOGIN_GRACE_SECONDS = 10 * 60


def _public_workshop(pk: int) -> WorkshopPage:
    workshop = WorkshopPage.objects.live().public().filter(pk=pk).first()
    if workshop is None:
        raise Http404
    return workshop


def _can_manage(user) -> bool:
    return user.is_authenticated and user.has_perm("workshops.manage_attendance")


def _managed_workshop(user, pk: int) -> WorkshopPage:
    """Officers run every workshop; a trainer only their own (workshops.access): the roster is a list of
    people, not to be browsed across the city."""
    workshop = get_object_or_404(WorkshopPage, pk=pk)
    if not may_see_workshop(user, workshop.pk):
        raise PermissionDenied
    return workshop


def _managed_session(request, session_id: int) -> WorkshopSession:
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not _can_manage(request.user):
        raise PermissionDenied
    session = get_object_or_404(WorkshopSession.objects.select_related("page"), pk=session_id)
    if not may_see_workshop(request.user, session.page_id):
        raise PermissionDenied
    return session


@require_POST
@profile_required
def register(request, pk: int):
    workshop = _public_workshop(pk)
    try:
        registration = services.register(workshop=workshop, user=request.user)
    except services.WorkshopError as error:
        messages.error(request, str(error))
    else:
        if registration.status == "waitlisted":
            messages.info(
                request, _("The workshop is full: you are on the waiting list. We will e-mail you.")
            )
        else:
            messages.success(request, _("You are registered. See you there!"))
    return redirect(workshop.url)


@require_POST
@login_required
def cancel(request, pk: int):
    workshop = _public_workshop(pk)
    try:
        services.cancel(workshop=workshop, user=request.user)
    except services.WorkshopError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your registration is cancelled."))
    return redirect(workshop.url)


def calendar_file(request, pk: int):
    workshop = _public_workshop(pk)
    response = HttpResponse(
        calendar.workshop_ics(workshop, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="lokakarya-{workshop.slug}.ics"'
    return response


@login_required
def mine(request):
    context = queries.my_workshops(user=request.user)
    index = WorkshopIndexPage.objects.live().first()
    context["index_url"] = index.url if index else ""
    return render(request, "workshops/mine.html", context)


@never_cache
def manage(request, pk: int):
    """The organiser's start screen for a workshop: each session's roster and QR code."""
    if not _can_manage(request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    workshop = _managed_workshop(request.user, pk)
    return render(
        request,
        "workshops/manage.html",
        {
            "workshop": workshop,
            "sessions": list(workshop.sessions.order_by("date", "start_time")),
            "current": queries.current_session(workshop),
            "seats_taken": workshop.registrations.filter(status="registered").count(),
        },
    )


@require_POST
def register_other(request, pk: int):
    """An organiser registers someone who has an account (lists go through the import)."""
    if not _can_manage(request.user):
        raise PermissionDenied
    workshop = _managed_workshop(request.user, pk)
    email = request.POST.get("email", "").strip()
    user = get_user_model().objects.filter(email__iexact=email).first() if email else None
    if user is None:
        messages.error(request, _("There is no account with this e-mail address."))
    else:
        try:
            registration = services.register(workshop=workshop, user=user, by=request.user)
        except services.WorkshopError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("%(email)s: %(status)s.")
                % {"email": user.email, "status": registration.get_status_display()},
            )
    return redirect("workshops:manage", pk=workshop.pk)


@never_cache
def roster(request, session_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    session = _managed_session(request, session_id)
    search = request.GET.get("q", "").strip()[:100]
    with_contact = sees_contact_details(request.user)
    rows = queries.roster(session=session, search=search, with_contact=with_contact)
    return render(
        request,
        "workshops/roster.html",
        {
            "session": session,
            "workshop": session.page,
            "rows": rows,
            "search": search,
            "present_count": session.attendances.count(),
            "walk_in_form": WalkInForm(),
        },
    )


@require_POST
def mark(request, session_id: int):
    session = _managed_session(request, session_id)
    user_id = request.POST.get("user", "")
    if not user_id.isdigit():  # a damaged form: nobody to mark (it used to answer 500)
        raise Http404
    user = get_object_or_404(get_user_model(), pk=user_id)
    if request.POST.get("present") == "0":
        services.unmark(session=session, user=user, by=request.user)
        present = False
    else:
        services.mark_present(session=session, user=user, by=request.user)
        present = True
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"present": present})
    return redirect(_roster_url(session, request.POST.get("q", ""), anchor=f"p{user.pk}"))


@require_POST
def walk_in(request, session_id: int):
    session = _managed_session(request, session_id)
    form = WalkInForm(request.POST)
    if form.is_valid():
        user = form.save()
        services.mark_present(session=session, user=user, by=request.user)
        messages.success(request, _("%(name)s is marked present.") % {"name": form.display_name(user)})
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(_roster_url(session, ""))


def _roster_url(session, search: str, anchor: str = "") -> str:
    url = reverse("workshops:roster", args=[session.pk])
    if search:
        url += "?" + urlencode({"q": search})
    return url + (f"#{anchor}" if anchor else "")


def _check_in_url(request, session) -> str:
    return request.build_absolute_uri(
        reverse("workshops:check_in", args=[session.pk, checkin.make_code(session.pk)])
    )


@never_cache
def qr_screen(request, session_id: int):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    session = _managed_session(request, session_id)
    url = _check_in_url(request, session)
    return render(
        request,
        "workshops/qr.html",
        {
            "session": session,
            "workshop": session.page,
            "url": url,
            "svg": checkin.qr_svg(url),
            "seconds_left": checkin.seconds_left(),
            "period": checkin.period_seconds(),
            "code_url": reverse("workshops:qr_code", args=[session.pk]),
            "roster_url": reverse("workshops:roster", args=[session.pk]),
            "present_count": session.attendances.count(),
            "window": services.check_in_window_state(session),
        },
    )


@never_cache
def qr_code(request, session_id: int):
    """The current code for the QR screen to swap in without reloading (several app servers agree on it)."""
    session = _managed_session(request, session_id)
    url = _check_in_url(request, session)
    return JsonResponse(
        {
            "url": url,
            "svg": checkin.qr_svg(url),
            "seconds_left": checkin.seconds_left(),
            "present": session.attendances.count(),
        }
    )


@never_cache
def check_in(request, session_id: int, code: str):
    session = WorkshopSession.objects.select_related("page").filter(pk=session_id, page__live=True).first()
    if session is None:
        return _check_in_result(request, None, error=_("This check-in code is not valid."), status=404)
    if not request.user.is_authenticated:
        verdict = checkin.check_code(
            code, session_id=session.pk, sibling_ids=session.page.sessions.values_list("pk", flat=True)
        )
        if not verdict.problem:
            # The code may expire while they log in: remember that it was valid when they opened it.
            request.session[PENDING_KEY] = {
                "session": session.pk,
                "window": verdict.window,
                "at": time.time(),
            }
        return redirect_to_login(request.get_full_path())
    pending = request.session.get(PENDING_KEY) or {}
    pending_window = None
    if pending.get("session") == session.pk and time.time() - pending.get("at", 0) < LOGIN_GRACE_SECONDS:
        pending_window = pending.get("window")
    try:
        attendance, created = services.self_check_in(
            session=session, user=request.user, code=code, pending_window=pending_window
        )
    except services.WorkshopError as error:
        return _check_in_result(request, session, error=str(error), code=error.code, status=400)
    request.session.pop(PENDING_KEY, None)
    return _check_in_result(request, session, attendance=attendance, created=created)


def _check_in_result(request, session, *, attendance=None, created=False, error="", code="", status=200):
    return render(
        request,
        "workshops/check_in.html",
        {
            "session": session,
            "workshop": session.page if session else None,
            "attendance": attendance,
            "created": created,
            "error": error,
            "error_code": code,
        },
        status=status,
    )
