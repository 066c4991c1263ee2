"""Officers' admin views: revoke, re-issue, retry, issue by hand, bulk ZIP, template preview."""

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from .choices import CertificateStatus
from .filters import CertificateFilterSet
from .forms import IssueForm, ReissueForm, RevokeForm
from .models import Certificate
from .pdf import render_pdf, safe_filename
from .pdfimages import RenderError
from .placeholders import sample_data
from .queries import visible_certificates
from .rendering import template_layout
from .services import (
    CertificateError,
    issue_certificate,
    reissue_certificate,
    retry_render,
    revoke_certificate,
)
from .subjects import course_subject, subject_instance
from .zipstream import stream_zip

INDEX_URL = "certificates_admin:index"
PROGRESS_TIMEOUT = 60 * 60


def _require(request, codename: str) -> None:
    if not request.user.has_perm(f"certificates.{codename}"):
        raise PermissionDenied


def _inspect_url(certificate) -> str:
    return reverse("certificates_admin:inspect", args=[certificate.pk])


def revoke_view(request, pk):
    _require(request, "revoke_certificate")
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            revoke_certificate(certificate=certificate, by=request.user, reason=form.cleaned_data["reason"])
        except CertificateError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request, _("Certificate %(number)s was revoked.") % {"number": certificate.number}
            )
            return redirect(_inspect_url(certificate))
    return _form_page(
        request,
        certificate,
        form,
        title=_("Revoke certificate"),
        intro=_(
            "Anyone who checks this certificate will see that it was revoked, and when. "
            "The participant can no longer download it."
        ),
        submit=_("Revoke"),
        danger=True,
    )


def reissue_view(request, pk):
    _require(request, "issue_certificate")
    certificate = get_object_or_404(Certificate.objects.select_related("user__profile"), pk=pk)
    form = ReissueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            new = reissue_certificate(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except CertificateError as error:
            messages.error(request, _error_text(error))
        else:
            messages.success(
                request,
                _("Certificate %(old)s was replaced by %(new)s.")
                % {"old": certificate.number, "new": new.number},
            )
            return redirect(_inspect_url(new))
    profile = getattr(certificate.user, "profile", None) if certificate.user else None
    return _form_page(
        request,
        certificate,
        form,
        title=_("Re-issue certificate"),
        intro=_("Printed now: “%(old)s”. The new certificate will print: “%(new)s”.")
        % {"old": certificate.recipient_name, "new": profile.full_name if profile else "—"},
        submit=_("Re-issue"),
    )


def retry_view(request, pk):
    """Make a certificate again: one that could not be made, or one still pending (its worker may be dead)."""
    _require(request, "issue_certificate")
    certificate = get_object_or_404(Certificate, pk=pk)
    if request.method != "POST":
        return _form_page(
            request,
            certificate,
            forms.Form(),
            title=_("Try making the certificate again"),
            intro=_retry_intro(certificate),
            submit=_("Try again"),
        )
    try:
        retry_render(certificate=certificate, by=request.user)
    except CertificateError as error:
        messages.error(request, _error_text(error))
        return redirect(_inspect_url(certificate))
    certificate.refresh_from_db()
    if certificate.status == CertificateStatus.FAILED:
        messages.error(request, _("Still not possible: %(error)s") % {"error": certificate.render_error})
    elif certificate.status == CertificateStatus.VALID:
        messages.success(request, _("Certificate %(number)s is made.") % {"number": certificate.number})
    else:
        messages.success(
            request,
            _(
                "Certificate %(number)s is queued to be made again; it is usually ready within a minute. "
                "If it is still pending after a few minutes, the background worker is not running: "
                "tell whoever runs the server."
            )
            % {"number": certificate.number},
        )
    return redirect(_inspect_url(certificate))


def _retry_intro(certificate) -> str:
    if certificate.status == CertificateStatus.FAILED:
        return _("Fixed the template (for example uploaded the missing image again)? Try making it again.")
    return _(
        "This certificate is still being made. If it has been waiting for more than a few minutes, the "
        "background worker may have stopped while making it: it will be queued again."
    )


def issue_view(request):
    _require(request, "issue_certificate")
    form = IssueForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subject = subject_instance(form.cleaned_data["subject"])
        if subject is None:
            form.add_error("subject", _("This course no longer exists."))
        else:
            return _issue_many(request, form, subject)
    return TemplateResponse(
        request,
        "certificates/admin/issue.html",
        {"form": form, "page_title": _("Issue certificates by hand"), "header_icon": "doc-full-inverse"},
    )


def _issue_many(request, form, subject):
    from datetime import datetime, time

    from django.utils import timezone

    completed_at = timezone.make_aware(datetime.combine(form.cleaned_data["completed_on"], time(12)))
    made, existing = 0, 0
    for user in form.cleaned_data["emails"]:
        try:
            _certificate, created = issue_certificate(
                user=user,
                subject=course_subject(subject, completed_at=completed_at),
                template=getattr(subject, "certificate_template", None),
                issued_by=request.user,
            )
        except CertificateError as error:
            messages.error(request, f"{user.email}: {_error_text(error)}")
            continue
        made, existing = made + created, existing + (not created)
    messages.success(
        request,
        _("%(made)d certificates issued; %(existing)d participants already had one.")
        % {"made": made, "existing": existing},
    )
    return redirect(INDEX_URL)


def _form_page(request, certificate, form, *, title, intro, submit, danger=False):
    return TemplateResponse(
        request,
        "certificates/admin/action.html",
        {
            "certificate": certificate,
            "form": form,
            "page_title": title,
            "page_subtitle": str(certificate),
            "intro": intro,
            "submit": submit,
            "danger": danger,
            "header_icon": "doc-full-inverse",
        },
    )


def _error_text(error: CertificateError) -> str:
    texts = {
        "reason_required": _("Please write why the certificate is revoked."),
        "not_live": _("This certificate was already revoked or replaced."),
        "not_valid": _("Only a valid certificate can be re-issued."),
        "no_user": _("The participant's account no longer exists."),
        "not_failed": _("Only a certificate that is not made yet can be tried again."),
        "in_progress": _("This certificate is being made right now. Refresh the page in a minute."),
        "no_template": _("No certificate template is marked as default. Mark one in Certificate templates."),
        "no_name": _("The participant has not filled in their name yet."),
    }
    return texts.get(error.code, str(error))


# Bulk download ----------------------------------------------------------------------------------------


def filtered_certificates(request):
    base = visible_certificates(request.user, Certificate.objects.exclude(pdf="").select_related(None))
    return CertificateFilterSet(request.GET, queryset=base, request=request).qs


def zip_start_view(request):
    _require(request, "download_certificate")
    queryset = filtered_certificates(request)
    summary = queryset.aggregate(size=Sum("pdf_size"))
    query = request.GET.copy()
    query["progress"] = secrets.token_urlsafe(12)
    return TemplateResponse(
        request,
        "certificates/admin/zip_start.html",
        {
            "count": queryset.count(),
            "size": summary["size"] or 0,
            "download_url": reverse("certificates_admin:zip") + "?" + query.urlencode(),
            "progress_url": reverse("certificates_admin:zip_progress", args=[query["progress"]]),
            "back_url": reverse(INDEX_URL) + ("?" + request.GET.urlencode() if request.GET else ""),
            "page_title": _("Download certificates as ZIP"),
            "header_icon": "download",
        },
    )


def zip_view(request):
    _require(request, "download_certificate")
    queryset = filtered_certificates(request).only("pk", "number", "recipient_name", "pdf").order_by("number")
    total = queryset.count()
    token = request.GET.get("progress", "")[:40]

    def progress(done: int) -> None:
        if token and (done == total or done % 10 == 0):
            cache.set(f"certificates:zip:{token}", {"done": done, "total": total}, PROGRESS_TIMEOUT)

    def files():
        for certificate in queryset.iterator(chunk_size=200):
            yield safe_filename(certificate.number, certificate.recipient_name), _reader(certificate)

    if token:
        cache.set(f"certificates:zip:{token}", {"done": 0, "total": total}, PROGRESS_TIMEOUT)
    response = StreamingHttpResponse(
        stream_zip(files(), on_progress=progress), content_type="application/zip"
    )
    response["Content-Disposition"] = 'attachment; filename="sertifikat.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


def _reader(certificate):
    def read() -> bytes:
        with certificate.pdf.open("rb") as handle:
            return handle.read()

    return read


def zip_progress_view(request, token):
    _require(request, "download_certificate")
    state = cache.get(f"certificates:zip:{token}") or {"done": 0, "total": None}
    return JsonResponse(state)


# Template preview -------------------------------------------------------------------------------------


def serve_template_preview(request, template):
    """The admin's live preview: the real renderer with sample data, or the problem in plain words."""
    try:
        layout = template_layout(template)
        data = sample_data(place=template.place, issuer=template.issuer_name)
        data = data.__class__(**{**data.__dict__, "number": _sample_number(template)})
        filename, content_type, content = render_pdf(layout, data)
    except RenderError as error:
        return TemplateResponse(
            request, "certificates/admin/preview_problem.html", {"problem": str(error)}, status=200
        )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _sample_number(template) -> str:
    from django.utils import timezone

    today = timezone.localdate()
    return f"{template.number_prefix}/{today.year}/{today.month:02d}/000123"
