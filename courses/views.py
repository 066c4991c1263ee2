from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

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


def _wants_json(request) -> bool:
    """The lesson's script sends a confirmation itself and asks for JSON: the outcome, where to go on to."""
    return request.headers.get("Accept", "").startswith("application/json")


@require_POST
@login_required
def complete(request, module_id: int) -> HttpResponse:
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    # A confirmation made offline and sent later by the script (static/js/pwa.js): the script tells the
    # participant the outcome where they are then; no message waits for their next page.
    queued = request.headers.get("X-Sinergi-Queued") == "1"
    try:
        record = services.complete_module(
            user=request.user, module=module, confirm_read=request.POST.get("confirm_read") == "1"
        )
    except services.CoursesError as error:
        message = _error_message(error)
        if error.code == "module_unavailable":
            url = reverse("courses:my_learning")
        else:
            url = module.course.get_url(request)
        if not queued:
            messages.error(request, message)
        if _wants_json(request):
            return JsonResponse({"error": error.code, "message": message, "url": url}, status=409)
        return redirect(url)
    if record.completed_at is None:
        if request.POST.get("confirm_read") == "1":
            message = _("Your reading is saved. Pass the module's quiz to complete it.")
        else:
            message = _("The quiz is not passed yet.")
        url = module.get_url(request)
    else:
        url, message = _after_completion(request, module)
    if not queued:
        (messages.info if record.completed_at is None else messages.success)(request, message)
    if _wants_json(request):
        return JsonResponse({"completed": record.completed_at is not None, "message": message, "url": url})
    return redirect(url)


def _after_completion(request, module: ModulePage) -> tuple[str, str]:
    """Where to go on to after completing a module, and what to say."""
    course = module.course
    outline = queries.course_outline(course=course, user=request.user, request=request)
    if outline.completed and outline.done == outline.total:
        message = _("Congratulations! You have completed the course “%(title)s”.") % {"title": course.title}
        return course.get_url(request), message
    next_item = outline.next_item
    return (next_item.url if next_item else course.get_url(request)), _("Module completed.")


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
        {"in_progress": in_progress, "finished": finished, "catalogue_url": queries.catalogue_url(request)},
    )


@login_required
def onward(request) -> HttpResponse:
    """Where a participant goes on to from elsewhere (after saving the profile, say): their learning when
    enrolled somewhere, else the catalogue to pick a course."""
    if Enrollment.objects.filter(user=request.user).exists():
        return redirect("courses:my_learning")
    return redirect(queries.catalogue_url(request) or "courses:my_learning")


def search(request) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = queries.search(query=query) if query else []
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": results, "catalogue_url": queries.catalogue_url(request)},
    )


@require_GET
@login_required
def offline_pages(request, course_id: int) -> HttpResponse:
    """What the "available offline" control stores for an enrolled participant: the course page and the
    modules open to them now (a locked module would only redirect). Images and styles are found in the pages
    themselves by the script (static/js/pwa.js), so whatever the page shows is what is stored."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    outline = queries.course_outline(course=course, user=request.user, request=request)
    if not outline.enrolled:
        message = str(ERROR_MESSAGES["not_enrolled"])
        return JsonResponse({"error": "not_enrolled", "message": message}, status=403)
    course_url = course.get_url(request)
    response = JsonResponse(
        {
            "course": {"id": course.pk, "title": course.title, "url": course_url},
            "pages": [course_url, *(item.url for item in outline.items if item.is_open)],
            "total_modules": outline.total,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    patch_cache_control(response, private=True, no_store=True)
    return response
