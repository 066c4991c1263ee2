from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from people.decorators import profile_required

from . import queries, services
from .models import CoursePage, Enrollment, ModulePage

ERROR_MESSAGES = {
    "not_enrolled": gettext_lazy("Enrol in the course first to open its modules."),
    "module_locked": gettext_lazy("This module opens when you have completed the previous one."),
    "module_unavailable": gettext_lazy("This module is not available."),
    "course_unavailable": gettext_lazy("This course is not available."),
    "profile_incomplete": gettext_lazy("Please complete your profile first. It takes one minute."),
}


def _error_message(error: services.CoursesError) -> str:
    return str(ERROR_MESSAGES.get(error.code, _("Something went wrong. Please try again.")))


def module_redirect(request, module_id: int) -> HttpResponse:
    """Lessons used to live at /belajar/modul/<id>/; links participants saved or shared still lead there."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    url = module.get_url(request)
    if url is None:
        raise Http404
    return redirect(url, permanent=True)


@require_POST
@login_required
def complete(request, module_id: int) -> HttpResponse:
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    try:
        record = services.complete_module(
            user=request.user, module=module, confirm_read=request.POST.get("confirm_read") == "1"
        )
    except services.CoursesError as error:
        messages.error(request, _error_message(error))
        if error.code == "module_unavailable":
            return redirect("courses:my_learning")
        return redirect(module.course.get_url(request))
    if record.completed_at is None:
        if request.POST.get("confirm_read") == "1":
            messages.info(request, _("Your reading is saved. Pass the module's quiz to complete it."))
        else:
            messages.info(request, _("The quiz is not passed yet."))
        return redirect(module.get_url(request))
    return redirect(_after_completion(request, module))


def _after_completion(request, module: ModulePage) -> str:
    course = module.course
    outline = queries.course_outline(course=course, user=request.user, request=request)
    if outline.completed and outline.done == outline.total:
        messages.success(
            request,
            _("Congratulations! You have completed the course “%(title)s”.") % {"title": course.title},
        )
        return course.get_url(request)
    messages.success(request, _("Module completed."))
    next_item = outline.next_item
    return next_item.url if next_item else course.get_url(request)


@profile_required
def enrol(request, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if request.method != "POST":
        # Arriving here after completing the profile: one more click, so nobody is enrolled by a link.
        return render(request, "courses/enrol_confirm.html", {"course": course})
    try:
        _enrollment, created = services.enrol(user=request.user, course=course)
    except services.CoursesError as error:
        messages.error(request, _error_message(error))
        return redirect(course.get_url(request))
    if created:
        messages.success(request, _("You are enrolled. Start with the first module whenever you are ready."))
    outline = queries.course_outline(course=course, user=request.user, request=request)
    next_item = outline.next_item
    return redirect(next_item.url if next_item else course.get_url(request))


@login_required
def my_learning(request) -> HttpResponse:
    in_progress, finished = queries.my_learning(user=request.user)
    return render(
        request,
        "courses/my_learning.html",
        {"in_progress": in_progress, "finished": finished, "catalogue_url": _catalogue_url(request)},
    )


@login_required
def onward(request) -> HttpResponse:
    """Where a participant goes on to from elsewhere (after saving the profile, say): their learning when
    enrolled somewhere, else the catalogue to pick a course."""
    if Enrollment.objects.filter(user=request.user).exists():
        return redirect("courses:my_learning")
    return redirect(_catalogue_url(request) or "courses:my_learning")


def _catalogue_url(request) -> str | None:
    return queries.catalogue_url(request) or None


def search(request) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = queries.search(query=query) if query else []
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": results, "catalogue_url": _catalogue_url(request)},
    )
