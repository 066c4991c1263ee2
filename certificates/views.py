"""Participants' certificates and the public verification page."""

from urllib.parse import quote

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .choices import CertificateStatus
from .codes import group_code, normalize_code
from .models import Certificate
from .pdf import safe_filename
from .placeholders import certificate_data
from .ratelimit import is_blocked, record_miss
from .share import share_png

PUBLIC_STATUSES = (CertificateStatus.VALID, CertificateStatus.REVOKED, CertificateStatus.REPLACED)


def can_download(user, certificate: Certificate) -> bool:
    """The owner while the certificate is valid; officers with the right always."""
    if not user.is_authenticated or not certificate.pdf:
        return False
    if user.has_perm("certificates.download_certificate"):
        return True
    return certificate.user_id == user.pk and certificate.status == CertificateStatus.VALID


def _downloadable(request, pk: int) -> Certificate:
    certificate = Certificate.objects.filter(pk=pk).first()
    # The same 404 for "does not exist" and "not yours", so nobody learns which numbers exist.
    if certificate is None or not can_download(request.user, certificate):
        raise Http404
    return certificate


def whatsapp_link(certificate: Certificate) -> str:
    text = _("My certificate for “%(title)s” from Sinergi. Check it here: %(url)s") % {
        "title": certificate.subject_title,
        "url": certificate.verification_url,
    }
    return "https://wa.me/?text=" + quote(text)


@login_required
def mine(request):
    certificates = list(
        Certificate.objects.filter(user=request.user)
        .select_related("replaced_by")
        .order_by("-issued_at", "-pk")
    )
    for certificate in certificates:
        certificate.whatsapp_url = whatsapp_link(certificate)
    return render(request, "certificates/mine.html", {"certificates": certificates})


@login_required
@require_GET
def download(request, pk: int):
    certificate = _downloadable(request, pk)
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=safe_filename(certificate.number, certificate.recipient_name),
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def share_image(request, pk: int):
    certificate = _downloadable(request, pk)
    response = HttpResponse(share_png(certificate_data(certificate)), content_type="image/png")
    filename = safe_filename(certificate.number, certificate.recipient_name).removesuffix(".pdf") + ".png"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=3600"
    return response


def _too_many(request):
    return render(request, "certificates/too_many.html", status=429)


@never_cache
@require_GET
def verify_form(request):
    if is_blocked(request):
        return _too_many(request)
    typed = request.GET.get("kode", "").strip()
    error = ""
    if typed:
        code = normalize_code(typed)
        if code:
            return redirect("certificates:verify", code=group_code(code))
        record_miss(request)
        error = _("A verification code has 16 letters and numbers, for example 7KQ2-M9XD-R4TB-HW3N.")
    return render(request, "certificates/verify_form.html", {"typed": typed, "error": error})


@never_cache
@require_GET
def verify(request, code: str):
    if is_blocked(request):
        return _too_many(request)
    normalized = normalize_code(code)
    certificate = (
        Certificate.objects.filter(code=normalized, status__in=PUBLIC_STATUSES)
        .select_related("replaced_by")
        .first()
        if normalized
        else None
    )
    if certificate is None:
        record_miss(request)
        return render(request, "certificates/verify.html", {"typed": code}, status=404)
    if code != group_code(normalized):
        return redirect("certificates:verify", code=group_code(normalized))
    replacement = certificate.replaced_by
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "replacement_url": reverse("certificates:verify", args=[replacement.display_code])
            if replacement and replacement.status in PUBLIC_STATUSES
            else "",
        },
    )
