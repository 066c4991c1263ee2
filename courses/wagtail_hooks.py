"""Admin for officers: enrol a list of participants in a course."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .forms import EnrolParticipantsForm

ENROL_PERMISSION = "courses.enrol_participants"


class EnrolParticipantsView(WagtailAdminTemplateMixin, FormView):
    template_name = "courses/admin/enrol_participants.html"
    form_class = EnrolParticipantsForm
    page_title = gettext_lazy("Enrol participants")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(ENROL_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        course = form.cleaned_data["course"]
        try:
            report = services.enrol_many(
                course=course, emails=form.cleaned_data["emails"], by=self.request.user
            )
        except services.CoursesError:
            form.add_error("course", _("This course is not published."))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(count)d participants enrolled in “%(course)s”.")
            % {"count": len(report.enrolled), "course": course},
        )
        return self.render_to_response(
            self.get_context_data(
                form=EnrolParticipantsForm(initial={"course": course}), report=report, course=course
            )
        )


class EnrolMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(ENROL_PERMISSION)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("kursus/daftarkan-peserta/", EnrolParticipantsView.as_view(), name="courses_enrol_participants")
    ]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return EnrolMenuItem(
        gettext_lazy("Enrol participants"),
        reverse("courses_enrol_participants"),
        icon_name="group",
        order=450,
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "courses.enrolled_by_officer",
        gettext_lazy("Enrolled by an officer"),
        gettext_lazy("Enrolled in a course by an officer"),
    )
