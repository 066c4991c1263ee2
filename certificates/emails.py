"""The e-mail that brings a new certificate to its participant, PDF attached."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .pdf import safe_filename
from .services import site_base_url

logger = logging.getLogger(__name__)


def send_certificate_email(*, certificate) -> bool:
    user = certificate.user
    if user is None or not user.email or not certificate.pdf:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Your certificate: %(title)s") % {"title": certificate.subject_title}
        body = render_to_string(
            "certificates/email/issued.txt",
            {
                "certificate": certificate,
                "mine_url": site_base_url() + reverse("certificates:mine"),
            },
        )
    message = EmailMessage(subject=subject, body=body, to=[user.email])
    with certificate.pdf.open("rb") as handle:
        message.attach(
            safe_filename(certificate.number, certificate.recipient_name), handle.read(), "application/pdf"
        )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        # The certificate is stored and listed under "Sertifikat saya"; a mail server hiccup must not undo it.
        logger.exception("Could not e-mail certificate %s", certificate.number)
        return False
    return True
