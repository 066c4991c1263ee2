"""What the people app does: profiles, consent, roles, institution merges, and the erasure of accounts."""

import datetime
import logging
import secrets
import smtplib
from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from sinergi.errors import AppError

from .choices import DeletionStatus, Role
from .models import AccountDeletionRequest, ConsentRecord, Institution, Kecamatan, Profile, User
from .signals import account_erasing

logger = logging.getLogger(__name__)


class PeopleError(AppError):
    pass


def current_policy_version() -> str:
    return settings.PRIVACY_POLICY_VERSION


def has_current_consent(user) -> bool:
    return ConsentRecord.objects.filter(user=user, policy_version=current_policy_version()).exists()


def is_profile_complete(user) -> bool:
    """A participant may enrol only with a printable name, an institution, a kecamatan and current consent."""
    if not user.is_authenticated:
        return False
    profile = (
        Profile.objects.filter(user=user)
        .only("full_name", "occupation", "institution_id", "kecamatan_id")
        .first()
    )
    return bool(
        profile
        and profile.full_name.strip()
        and profile.occupation
        and profile.institution_id
        and profile.kecamatan_id
        and has_current_consent(user)
    )


@transaction.atomic
def save_profile(
    *,
    user,
    full_name: str,
    occupation: str,
    kecamatan: Kecamatan,
    institution: Institution | None = None,
    new_institution_name: str = "",
    new_institution_kind: str = "",
    whatsapp: str = "",
    consent: bool = False,
) -> Profile:
    """Save profile, proposed institution and consent together or not at all."""
    if institution is None and not new_institution_name.strip():
        raise PeopleError("An institution is required.", code="institution_required")
    if not consent and not has_current_consent(user):
        raise PeopleError("Consent to the privacy policy is required.", code="consent_required")
    if institution is None:
        institution = propose_institution(
            name=new_institution_name, kind=new_institution_kind, kecamatan=kecamatan, proposed_by=user
        )
    profile, _ = Profile.objects.select_for_update().get_or_create(
        user=user,
        defaults={
            "full_name": full_name,
            "occupation": occupation,
            "institution": institution,
            "kecamatan": kecamatan,
        },
    )
    profile.full_name = " ".join(full_name.split())
    profile.occupation = occupation
    profile.institution = institution
    profile.kecamatan = kecamatan
    profile.whatsapp = whatsapp
    profile.save()
    if consent:
        ConsentRecord.objects.get_or_create(user=user, policy_version=current_policy_version())
    return profile


def propose_institution(*, name: str, kind: str, kecamatan: Kecamatan, proposed_by) -> Institution:
    """A participant names an institution that is not listed; an officer checks it later."""
    name = " ".join(name.split())
    existing = Institution.objects.listed().filter(name__iexact=name, kecamatan=kecamatan).first()
    if existing:
        return existing
    pending = Institution.objects.filter(
        name__iexact=name, kecamatan=kecamatan, is_verified=False, merged_into__isnull=True
    ).first()
    if pending:
        return pending
    return Institution.objects.create(
        name=name, kind=kind or "lainnya", kecamatan=kecamatan, is_verified=False, proposed_by=proposed_by
    )


@transaction.atomic
def merge_institution(*, source: Institution, target: Institution, by) -> int:
    """Move everyone from `source` to `target` and retire `source`. Returns how many profiles moved."""
    if source.pk == target.pk:
        raise PeopleError("An institution cannot be merged into itself.", code="same_institution")
    if target.merged_into_id is not None:
        raise PeopleError("The target institution was itself merged away.", code="target_merged")
    source = Institution.objects.select_for_update().get(pk=source.pk)
    if source.merged_into_id is not None:
        raise PeopleError("This institution was already merged.", code="already_merged")
    moved = Profile.objects.filter(institution=source).update(institution=target)
    source.merged_into = target
    source.is_verified = False
    source.save(update_fields=["merged_into", "is_verified"])
    log(
        instance=source, action="people.institution_merged", user=by, data={"into": target.pk, "moved": moved}
    )
    return moved


def add_to_role(user, role: Role) -> None:
    user.groups.add(Group.objects.get(name=role.value))


def deletion_due(requested_at: datetime.datetime) -> datetime.datetime:
    return requested_at + datetime.timedelta(days=settings.ACCOUNT_DELETION_DAYS)


def pending_deletion(user, *, lock: bool = False) -> AccountDeletionRequest | None:
    requests = AccountDeletionRequest.objects.filter(user=user, status=DeletionStatus.PENDING)
    return (requests.select_for_update() if lock else requests).first()


@transaction.atomic
def request_account_deletion(*, user) -> AccountDeletionRequest:
    """The participant asks for the account to be deleted; officers carry it out by the due date.
    Asking twice returns the request already waiting."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.erased_at is not None:
        raise PeopleError(_("This account was already deleted."), code="already_erased")
    existing = pending_deletion(user)
    if existing:
        return existing
    now = timezone.now()
    request = AccountDeletionRequest.objects.create(user=user, requested_at=now, due_at=deletion_due(now))
    log(instance=request, action="people.deletion_requested", user=user)
    return request


@transaction.atomic
def cancel_account_deletion(*, user) -> AccountDeletionRequest:
    request = pending_deletion(user, lock=True)
    if request is None:
        raise PeopleError(_("There is no deletion request waiting."), code="no_request")
    request.status = DeletionStatus.CANCELLED
    request.done_at = timezone.now()
    request.save(update_fields=["status", "done_at"])
    log(instance=request, action="people.deletion_cancelled", user=user)
    return request


def email_digest(email: str) -> str:
    return salted_hmac("people.erased-email", email.strip().lower(), algorithm="sha256").hexdigest()


@transaction.atomic
def erase_account(*, user, by=None) -> AccountDeletionRequest:
    """Erase a person's identity from Sinergi and keep the rows that figures count (UU 27/2022).

    The account row stays, pseudonymised and unable to log in; enrolments, progress, attempts, results
    and attendance stay attached to it, so every report keeps its totals. Name, e-mail, WhatsApp number,
    e-mail addresses, Google links, the Wagtail profile and every session go. Consent records stay as
    evidence, attached to the pseudonym. The apps above do their part on `account_erasing`
    (certificates: revoked, names removed, files deleted).
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.erased_at is not None:
        raise PeopleError(_("This account was already deleted."), code="already_erased")
    if by is not None and by.pk == user.pk:
        raise PeopleError(_("You cannot carry out the deletion of your own account."), code="own_account")
    now = timezone.now()
    request = pending_deletion(user, lock=True)
    if request is None:
        request = AccountDeletionRequest(user=user, requested_at=now, due_at=now)
    address, pseudonym = user.email, f"anonim-{secrets.token_hex(6)}"

    account_erasing.send(sender=User, user=user, pseudonym=pseudonym)
    _erase_people_data(user, pseudonym)

    user.email = f"{pseudonym}@akun-terhapus.invalid"
    user.first_name = user.last_name = ""
    user.set_unusable_password()  # also invalidates every session's auth hash
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.erased_at = now
    user.save()
    # Reports count Peserta; the role grants nothing, so it stays and the figures stay whole. Any other
    # role (trainer, officer) and direct permission goes.
    user.groups.remove(*user.groups.exclude(name=Role.PARTICIPANT))
    user.user_permissions.clear()
    _relabel_log_entries(user, pseudonym)

    request.status = DeletionStatus.DONE
    request.done_at, request.done_by = now, by
    request.email_digest = email_digest(address)
    request.save()
    log(instance=request, action="people.account_erased", user=by)
    transaction.on_commit(lambda: _end_sessions(user.pk))
    transaction.on_commit(lambda: _tell_erased(address))
    return request


def _erase_people_data(user, pseudonym: str) -> None:
    Profile.objects.filter(user=user).update(full_name=pseudonym, whatsapp="", updated_at=timezone.now())
    EmailAddress.objects.filter(user=user).delete()
    SocialAccount.objects.filter(user=user).delete()  # its tokens go with it
    wagtail_profile = UserProfile.objects.filter(user=user).first()
    if wagtail_profile is not None:
        avatar = wagtail_profile.avatar
        name, storage = (avatar.name, avatar.storage) if avatar else ("", None)
        wagtail_profile.delete()
        if name:
            transaction.on_commit(lambda: storage.delete(name))


def _relabel_log_entries(user, pseudonym: str) -> None:
    """Wagtail's history stores each object's name as it was; the account's and its profile's go too."""
    for model, object_ids in (
        (User, [user.pk]),
        (Profile, list(Profile.objects.filter(user=user).values_list("pk", flat=True))),
    ):
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[str(pk) for pk in object_ids],
        ).update(label=pseudonym)


def _end_sessions(user_id: int) -> None:
    """Log the person out everywhere. The changed password hash already makes every session invalid at
    its next request; deleting them also clears what the cache holds."""
    if "db" not in settings.SESSION_ENGINE:
        return
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user_id):
            store(session_key=session.session_key).delete()


def _tell_erased(address: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("[Sinergi] Your account has been deleted")
        body = render_to_string("people/email/account_erased.txt")
    try:
        send_mail(subject, body, None, [address])
    except (smtplib.SMTPException, OSError):
        # The erasure is done; a mail server hiccup must not undo it.
        logger.exception("The notice of an erased account could not be sent.")
