"""What certificates holds about one participant: their copy of it, and its erasure (people.signals)."""

from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from .choices import CertificateStatus
from .models import Certificate

ERASED_REASON = "Account deleted at the holder's request (UU 27/2022)."
# Printed values that name the person; the rest (title, dates, number, issuer) stays verifiable.
PERSONAL_PLACEHOLDERS = ("nama", "instansi")


def export(user) -> list[dict]:
    return [
        {
            "number": row.number,
            "name": row.recipient_name,
            "completed": row.subject_title,
            "kind": row.get_subject_kind_display(),
            "date_start": row.date_start,
            "date_end": row.date_end,
            "hours": row.hours,
            "institution": row.institution_name,
            "issuer": row.issuer_name,
            "status": row.get_status_display(),
            "issued_at": row.issued_at,
            "revoked_at": row.revoked_at,
            "verification_code": row.display_code,
            "verification_url": row.verification_url,
        }
        for row in Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    ]


def erase(user, *, pseudonym: str) -> None:
    """Every certificate of the account is revoked with the reason "account deleted", loses the holder's
    name and institution, and its PDF is deleted from storage once the erasure is saved. The number and
    code stay, so a verifier scanning an old printout learns that it is no longer valid and why."""
    now = timezone.now()
    files = []
    certificates = list(Certificate.objects.select_for_update().filter(user=user))
    for certificate in certificates:
        if certificate.pdf:
            files.append(certificate.pdf.name)
        if certificate.status != CertificateStatus.REVOKED:
            certificate.revoked_at = now
            certificate.revoke_reason = ERASED_REASON
        certificate.status = CertificateStatus.REVOKED
        certificate.holder_erased = True
        certificate.recipient_name = pseudonym
        certificate.institution_name = ""
        certificate.printed = {
            key: value
            for key, value in (certificate.printed or {}).items()
            if key not in PERSONAL_PLACEHOLDERS
        }
        certificate.pdf = ""
        certificate.pdf_size = 0
        certificate.save()
    # Wagtail's history keeps each certificate's label ("number — name") as it was.
    for certificate in certificates:
        ModelLogEntry.objects.for_instance(certificate).update(label=str(certificate))
    if files:
        transaction.on_commit(lambda: _delete_files(files))


def _delete_files(names: list[str]) -> None:
    storage = Certificate._meta.get_field("pdf").storage
    for name in names:
        storage.delete(name)
