"""Wagtail admin: an officer (or a trainer who may edit the workshop) invites participants by list.

Upload -> preview (nothing saved) -> confirm (one transaction) or cancel. The hooks at the bottom add the
views to the admin and an "Import participants" action on each workshop page.
"""

import contextlib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView, View
from wagtail import hooks
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter

from sinergi.spreadsheets import csv_lines

from . import list_import, services
from .access import may_see_workshop
from .importing import COLUMNS, ImportFileError, parse_participants
from .models import WorkshopPage

SHOWN_ERRORS = 500
SHOWN_ROWS = 200


def can_import(user, workshop: WorkshopPage) -> bool:
    """Officers, and trainers for their own workshops that they may edit (both hold manage_attendance)."""
    return (
        user.has_perm("workshops.manage_attendance")
        and workshop.permissions_for_user(user).can_edit()
        and may_see_workshop(user, workshop.pk)
    )


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Participant list (.xlsx or .csv)"),
        help_text=gettext_lazy(
            "First row: the column names. Name and E-mail are required; WhatsApp, Occupation, Institution "
            "and Kecamatan are optional. Indonesian or English column names both work."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > list_import.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB. Split it into smaller files.")
                % {"size": list_import.MAX_UPLOAD_BYTES // 2**20}
            )
        # Check the kind of file and its header now, so a wrong file is refused before it is stored.
        rows = parse_participants(uploaded, uploaded.name, kecamatan_names=[])
        try:
            next(rows, None)
        except ImportFileError as error:
            raise forms.ValidationError(str(error), code=error.code) from error
        finally:
            rows.close()
        uploaded.seek(0)
        return uploaded


class WorkshopImportMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.workshop = get_object_or_404(WorkshopPage, pk=kwargs["pk"])
        if not can_import(request.user, self.workshop):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.workshop.title

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.workshop.pk]),
                "label": self.workshop.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def upload_data(self) -> dict:
        return list_import.read_token(self.kwargs["token"], workshop=self.workshop, by=self.request.user)

    def upload_url(self) -> str:
        return reverse("workshops_import", args=[self.workshop.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(workshop=self.workshop, **kwargs)


class UploadView(WorkshopImportMixin, FormView):
    template_name = "workshops/admin/import_upload.html"
    form_class = UploadForm
    page_title = gettext_lazy("Import participants")

    def form_valid(self, form):
        token = list_import.store_upload(
            form.cleaned_data["file"], workshop=self.workshop, by=self.request.user
        )
        return redirect("workshops_import_preview", pk=self.workshop.pk, token=token)


class PreviewView(WorkshopImportMixin, TemplateView):
    template_name = "workshops/admin/import_preview.html"
    page_title = gettext_lazy("Check the list")

    def get(self, request, *args, **kwargs):
        try:
            data = self.upload_data()
            preview = list_import.build_preview(list_import.parse_upload(data), workshop=self.workshop)
        except list_import.ListImportError as error:
            messages.error(request, str(error))
            return redirect(self.upload_url())
        except ImportFileError as error:
            list_import.discard_upload(data)
            messages.error(request, str(error))
            return redirect(self.upload_url())
        errors = [(row, list_import.ERROR) for row in preview.errors()]
        valid = [(row, outcome) for row, outcome in preview.rows if outcome != list_import.ERROR]
        return self.render_to_response(
            self.get_context_data(
                preview=preview,
                filename=data["n"],
                token=kwargs["token"],
                error_rows=errors[:SHOWN_ERRORS],
                errors_hidden=max(0, len(errors) - SHOWN_ERRORS),
                valid_rows=valid[:SHOWN_ROWS],
                valid_hidden=max(0, len(valid) - SHOWN_ROWS),
                columns=COLUMNS,
                max_confirm_rows=list_import.MAX_CONFIRM_ROWS,
            )
        )


@method_decorator(require_POST, name="dispatch")
class ConfirmView(WorkshopImportMixin, TemplateView):
    template_name = "workshops/admin/import_done.html"
    page_title = gettext_lazy("Participants imported")

    def post(self, request, *args, **kwargs):
        try:
            data = self.upload_data()
            rows = list_import.parse_upload(data)
        except (list_import.ListImportError, ImportFileError) as error:
            messages.error(request, str(error))
            return redirect(self.upload_url())
        try:
            result = list_import.confirm_import(rows=rows, data=data, workshop=self.workshop, by=request.user)
        except (services.WorkshopError, IntegrityError) as error:
            # Everything was rolled back and the upload is kept: the officer can try again from the preview.
            reason = (
                str(error) if isinstance(error, services.WorkshopError) else _("someone changed the data")
            )
            messages.error(
                request, _("Nothing was imported (%(reason)s). Please try again.") % {"reason": reason}
            )
            return redirect("workshops_import_preview", pk=self.workshop.pk, token=kwargs["token"])
        messages.success(
            request,
            _("%(count)d participants registered for “%(title)s”.")
            % {"count": result.registered + result.waitlisted, "title": self.workshop.title},
        )
        errors = [(row, list_import.ERROR) for row in rows if row.errors]
        return self.render_to_response(
            self.get_context_data(
                result=result,
                error_rows=errors[:SHOWN_ERRORS],
                errors_hidden=max(0, len(errors) - SHOWN_ERRORS),
            )
        )


@method_decorator(require_POST, name="dispatch")
class CancelView(WorkshopImportMixin, View):
    def post(self, request, *args, **kwargs):
        with contextlib.suppress(list_import.ListImportError):  # already gone: cancelling twice is fine
            list_import.discard_upload(self.upload_data())
        messages.info(request, _("Import cancelled; nothing was saved."))
        return redirect(self.upload_url())


def _error_csv(rows):
    yield [*(str(label) for label in COLUMNS.values()), _("Row"), _("Problem")]
    for row in rows:
        yield [*row.raw, row.number, row.error_text()]


class ErrorFileView(WorkshopImportMixin, View):
    """The rows that will not be imported, as CSV with the problem of each: fix them and upload again."""

    def get(self, request, *args, **kwargs):
        try:
            data = self.upload_data()
            rows = list_import.parse_upload(data)
        except (list_import.ListImportError, ImportFileError) as error:
            messages.error(request, str(error))
            return redirect(self.upload_url())
        response = StreamingHttpResponse(
            csv_lines(_error_csv(row for row in rows if row.errors)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="baris-bermasalah.csv"'
        return response


class TemplateFileView(WorkshopImportMixin, View):
    """An example file with the expected columns, to fill in."""

    def get(self, request, *args, **kwargs):
        rows = [
            ["Nama", "Email", "WhatsApp", "Pekerjaan", "Lembaga", "Kecamatan"],
            [
                "Siti Aminah, S.Pd.",
                "siti.aminah@contoh.id",
                "0812-3456-7890",
                "Guru",
                "SD Negeri 1",
                "Lubuklinggau Timur II",
            ],
        ]
        response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="contoh-daftar-peserta.csv"'
        return response


@hooks.register("register_admin_urls")
def register_import_urls():
    base, upload = "lokakarya/<int:pk>/impor/", "lokakarya/<int:pk>/impor/<str:token>/"
    return [
        path(base, UploadView.as_view(), name="workshops_import"),
        path(f"{base}contoh.csv", TemplateFileView.as_view(), name="workshops_import_template"),
        path(upload, PreviewView.as_view(), name="workshops_import_preview"),
        path(f"{upload}simpan/", ConfirmView.as_view(), name="workshops_import_confirm"),
        path(f"{upload}batal/", CancelView.as_view(), name="workshops_import_cancel"),
        path(f"{upload}bermasalah.csv", ErrorFileView.as_view(), name="workshops_import_errors"),
    ]


def _import_button(page, user, priority):
    if isinstance(page.specific_deferred, WorkshopPage) and can_import(user, page):
        yield MenuItem(
            _("Import participants"),
            reverse("workshops_import", args=[page.pk]),
            icon_name="group",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def import_header_button(page, user, view_name=None, next_url=None):
    yield from _import_button(page, user, priority=80)


@hooks.register("register_page_listing_more_buttons")
def import_listing_button(page, user, next_url=None):
    yield from _import_button(page, user, priority=70)


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    actions.register_action(
        "workshops.participants_imported",
        gettext_lazy("Import participants"),
        gettext_lazy("Participants imported from a list"),
    )

    @actions.register_action("workshops.invitation_lost")
    class InvitationLost(LogFormatter):
        label = gettext_lazy("Invitation not sent")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _(
                "The invitation e-mail to %(email)s was not sent: the background worker stopped %(tries)d "
                "times while sending it. The participant can set a password with “Forgot password” on the "
                "login page, using this address."
            ) % {"email": data.get("email", ""), "tries": data.get("tries", 0)}
