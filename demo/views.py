"""The officers' button for the starter course's new edition: a preview first, then the update."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .update import CURRENT, EDITED, MISSING, UPDATED, update_starter_course

UPDATE_PERMISSION = "demo.update_starter_course"


class UpdateStarterCourseView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "demo/admin/update_starter_course.html"
    page_title = gettext_lazy("Starter course: new edition")
    header_icon = "doc-full-inverse"

    def get_breadcrumbs_items(self):
        # The last crumb is the page's heading; without it the header would only say "Home".
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(UPDATE_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, *, report=None, **kwargs):
        context = super().get_context_data(**kwargs)
        report = report or update_starter_course(user=self.request.user, apply=False)
        context.update(
            report=report,
            updated=report.with_status(UPDATED),
            edited=report.with_status(EDITED),
            current=report.with_status(CURRENT),
            missing=report.with_status(MISSING),
        )
        return context

    def post(self, request, *args, **kwargs):
        report = update_starter_course(user=request.user, apply=True)
        count = len(report.with_status(UPDATED))
        if count:
            messages.success(
                request,
                _("%(count)d starter pages and quizzes were submitted for review. Nothing was published.")
                % {"count": count},
            )
        else:
            messages.info(request, _("Nothing to submit: every starter page is current or was edited."))
        return self.render_to_response(self.get_context_data(report=report))
