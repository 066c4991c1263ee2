"""Background work: render and store a certificate's PDF, then e-mail it to the participant."""

from django_tasks import task

from .emails import send_certificate_email
from .services import render_and_store


@task()
def render_certificate(certificate_id: int) -> bool:
    """True when the PDF was stored now (and mailed); False when there was nothing to do or it failed."""
    certificate = render_and_store(certificate_id=certificate_id)
    if certificate is None:
        return False
    send_certificate_email(certificate=certificate)
    return True
