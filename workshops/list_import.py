"""Invite by list: keep the uploaded file, show what importing it would do, and do it when confirmed.

The file lives in the default storage (S3 in production) between the preview and the confirmation, under a
random name; the officer's pages carry a signed token naming it, the officer and the workshop, so a token is
useless to anyone else and nothing depends on one app server's disk or memory.
"""

from __future__ import annotations

import contextlib
import datetime
import secrets
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.core import signing
from django.core.files.storage import default_storage
from django.core.mail import send_mail
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log

from people.choices import Role
from people.models import Institution, Kecamatan, Profile, User
from people.services import add_to_role, propose_institution

from . import services
from .choices import RegistrationStatus
from .importing import ParsedRow, guess_institution_kind, parse_participants
from .models import Registration, WorkshopPage
from .queries import absolute_url

UPLOAD_DIR = "workshop-imports"
TOKEN_SALT = "workshops.list_import"  # noqa: S105 - a signing salt, not a secret
# An upload not confirmed or cancelled within a day is removed by the next upload.
KEEP_FOR = datetime.timedelta(days=1)
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# Confirming runs inside the officer's request (about 10-15 ms a row with its registration): a bigger list
# would outlast the app server's timeout, and a face-to-face workshop never seats that many anyway. Any
# size can still be previewed (and its errors downloaded).
MAX_CONFIRM_ROWS = 1000

NEW, EXISTING, ALREADY, ERROR = "new", "existing", "already", "error"


class ListImportError(services.WorkshopError):
    pass


# --- The stored upload ---------------------------------------------------------------------------------


def _storage_name(key: str, extension: str) -> str:
    """The stored name cannot be worked out from the token in the officer's address bar (browser history,
    proxies' logs) without the secret key: media storage may be readable by URL, and the file holds
    personal data."""
    digest = salted_hmac(TOKEN_SALT, key, algorithm="sha256").hexdigest()
    return f"{UPLOAD_DIR}/{digest}.{extension}"


def store_upload(uploaded, *, workshop: WorkshopPage, by) -> str:
    """Save the uploaded file under a random name; return the token that names it for this officer."""
    purge_stale_uploads()
    key = secrets.token_urlsafe(24)
    extension = "xlsx" if uploaded.name.lower().endswith(".xlsx") else "csv"
    default_storage.save(_storage_name(key, extension), uploaded)
    return signing.dumps(
        {"k": key, "x": extension, "n": uploaded.name, "u": by.pk, "w": workshop.pk}, salt=TOKEN_SALT
    )


def read_token(token: str, *, workshop: WorkshopPage, by) -> dict:
    """The stored file's details, if the token is genuine, recent and this officer's for this workshop."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=KEEP_FOR)
    except signing.BadSignature as error:
        raise _expired() from error
    if data.get("u") != by.pk or data.get("w") != workshop.pk:
        raise _expired()
    data["f"] = _storage_name(data["k"], data["x"])
    if not default_storage.exists(data["f"]):
        raise _expired()
    return data


def _expired() -> ListImportError:
    return ListImportError(_("This upload has expired. Please upload the file again."), code="expired")


@contextlib.contextmanager
def open_upload(data: dict) -> Iterator:
    """A seekable local copy of the stored file (S3 files are not seekable in every backend)."""
    with (
        default_storage.open(data["f"], "rb") as stored,
        tempfile.SpooledTemporaryFile(4 * 1024 * 1024) as copy,
    ):
        shutil.copyfileobj(stored, copy, 1 << 20)
        copy.seek(0)
        yield copy


def discard_upload(data: dict) -> None:
    default_storage.delete(data["f"])


def purge_stale_uploads(now: datetime.datetime | None = None) -> int:
    """Remove uploads older than KEEP_FOR (abandoned previews). Returns how many were removed."""
    now = now or timezone.now()
    try:
        _dirs, files = default_storage.listdir(UPLOAD_DIR)
    except FileNotFoundError:
        return 0
    removed = 0
    for filename in files:
        name = f"{UPLOAD_DIR}/{filename}"
        with contextlib.suppress(OSError, NotImplementedError):
            if now - default_storage.get_modified_time(name) > KEEP_FOR:
                default_storage.delete(name)
                removed += 1
    return removed


# --- Preview -------------------------------------------------------------------------------------------


@dataclass
class Preview:
    """What confirming would do. `rows` holds (ParsedRow, outcome) for every row, in file order."""

    rows: list[tuple[ParsedRow, str]] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    seats_free: int = 0

    @property
    def to_register(self) -> int:
        return self.counts[NEW] + self.counts[EXISTING]

    @property
    def too_many(self) -> bool:
        return self.to_register > MAX_CONFIRM_ROWS

    @property
    def waitlisted(self) -> int:
        return max(0, self.to_register - self.seats_free)

    def errors(self) -> Iterator[ParsedRow]:
        return (row for row, outcome in self.rows if outcome == ERROR)


def kecamatan_names() -> list[str]:
    return list(Kecamatan.objects.values_list("name", flat=True))


def parse_upload(data: dict) -> list[ParsedRow]:
    with open_upload(data) as stream:
        return list(parse_participants(stream, data["n"], kecamatan_names=kecamatan_names()))


def _existing_users(emails: list[str]) -> dict[str, int]:
    """user id by lower-case e-mail, for the addresses that already belong to an account: its login
    address, or another address the person added to it (allauth keeps those in EmailAddress)."""
    found: dict[str, int] = {}
    for start in range(0, len(emails), 500):
        chunk = emails[start : start + 500]
        found.update(
            EmailAddress.objects.annotate(lower_email=Lower("email"))
            .filter(lower_email__in=chunk)
            .values_list("lower_email", "user_id")
        )
        found.update(
            User.objects.annotate(lower_email=Lower("email"))
            .filter(lower_email__in=chunk)
            .values_list("lower_email", "id")
        )
    return found


def _registered(workshop: WorkshopPage, user_ids: list[int]) -> set[int]:
    registered: set[int] = set()
    for start in range(0, len(user_ids), 500):
        registered.update(
            Registration.objects.filter(
                workshop=workshop, user_id__in=user_ids[start : start + 500], status__in=services.ACTIVE
            ).values_list("user_id", flat=True)
        )
    return registered


def build_preview(rows: list[ParsedRow], *, workshop: WorkshopPage) -> Preview:
    users = _existing_users([row.email for row in rows if row.is_valid])
    registered = _registered(workshop, list(users.values()))
    preview = Preview()
    for row in rows:
        if not row.is_valid:
            outcome = ERROR
        elif row.email not in users:
            outcome = NEW
        else:
            outcome = ALREADY if users[row.email] in registered else EXISTING
        preview.rows.append((row, outcome))
        preview.counts[outcome] += 1
    taken = Registration.objects.filter(workshop=workshop, status=RegistrationStatus.REGISTERED).count()
    preview.seats_free = max(0, workshop.capacity - taken)
    return preview


# --- Confirm -------------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    created: int = 0
    registered: int = 0
    waitlisted: int = 0
    already: int = 0
    errors: int = 0


class _Institutions:
    """Listed institutions by name within a kecamatan, looked up once per name."""

    def __init__(self, by):
        self.by = by
        self.kecamatan = {k.name: k for k in Kecamatan.objects.all()}
        self.cache: dict[tuple[str, str], Institution | None] = {}

    def get(self, name: str, kecamatan_name: str) -> Institution | None:
        if not name or not kecamatan_name:
            return None
        key = (name.lower(), kecamatan_name)
        if key not in self.cache:
            kecamatan = self.kecamatan[kecamatan_name]
            self.cache[key] = Institution.objects.listed().filter(
                name__iexact=name, kecamatan=kecamatan
            ).first() or propose_institution(
                name=name, kind=guess_institution_kind(name), kecamatan=kecamatan, proposed_by=self.by
            )
        return self.cache[key]


def _create_account(row: ParsedRow, institutions: _Institutions) -> User:
    """A participant account nobody can log in to until they set a password from the invitation e-mail."""
    user = User.objects.create_user(email=row.email, password=None)
    add_to_role(user, Role.PARTICIPANT)
    EmailAddress.objects.create(user=user, email=row.email, primary=True, verified=False)
    _create_profile(user, row, institutions)
    return user


def _create_profile(user, row: ParsedRow, institutions: _Institutions) -> None:
    # No consent record: the participant gives consent themselves when they first complete the profile.
    Profile.objects.create(
        user=user,
        full_name=row.name,
        whatsapp=row.whatsapp,
        occupation=row.occupation,
        institution=institutions.get(row.institution, row.kecamatan),
        kecamatan=institutions.kecamatan.get(row.kecamatan),
    )


def confirm_import(*, rows: list[ParsedRow], data: dict, workshop: WorkshopPage, by) -> ImportResult:
    """Create the new accounts and register every valid row, all in one transaction; then invite.

    `rows` are the upload read again (the file is the record of what the officer saw); outcomes are worked
    out again too, so a row whose account appeared since the preview is simply registered. Any failure rolls
    everything back and keeps the upload for another try; success removes it.
    """
    preview = build_preview(rows, workshop=workshop)
    if preview.too_many:
        raise ListImportError(
            _("At most %(max)d participants can be imported at once. Split the list into smaller files.")
            % {"max": MAX_CONFIRM_ROWS},
            code="too_many",
        )
    result = ImportResult(errors=preview.counts[ERROR], already=preview.counts[ALREADY])
    invited: list[int] = []
    with transaction.atomic():
        institutions = _Institutions(by)
        existing = _existing_users([row.email for row, outcome in preview.rows if outcome == EXISTING])
        users = User.objects.in_bulk(set(existing.values()))
        for row, outcome in preview.rows:
            if outcome == NEW:
                user = _create_account(row, institutions)
                invited.append(user.pk)
                result.created += 1
            elif outcome == EXISTING:
                user = users[existing[row.email]]
                if not Profile.objects.filter(user=user).exists():
                    _create_profile(user, row, institutions)
            else:
                continue
            try:
                registration = services.register(workshop=workshop, user=user, by=by)
            except services.WorkshopError as error:
                if error.code != "already_registered":
                    raise
                result.already += 1
                continue
            if registration.status == RegistrationStatus.WAITLISTED:
                result.waitlisted += 1
            else:
                result.registered += 1
        log(
            instance=workshop,
            action="workshops.participants_imported",
            user=by,
            data={"file": data["n"], **asdict(result)},
        )
        transaction.on_commit(lambda: _enqueue_invitations(invited, workshop.pk))
    discard_upload(data)
    return result


def _enqueue_invitations(user_ids: list[int], workshop_id: int) -> None:
    for user_id in user_ids:
        send_invitation.enqueue(user_id=user_id, workshop_id=workshop_id)


# --- Invitation ----------------------------------------------------------------------------------------


def invitation_url(user) -> str:
    """allauth's "set a new password" link: the same flow as "Lupa kata sandi", valid for
    PASSWORD_RESET_TIMEOUT (three days by default) and only until the password is set. The address is the
    public one from the settings, as the e-mail may be sent by a worker without a request."""
    key = f"{user_pk_to_url_str(user)}-{default_token_generator.make_token(user)}"
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
    return absolute_url(path.replace("UID-KEY", key))


@task()
def send_invitation(user_id: int, workshop_id: int) -> bool:
    """E-mail a participant created by an import: where they are registered and how to set a password."""
    user = User.objects.filter(pk=user_id).select_related("profile").first()
    workshop = WorkshopPage.objects.filter(pk=workshop_id).first()
    if user is None or workshop is None or user.has_usable_password():
        return False
    with translation.override(settings.LANGUAGE_CODE):
        send_mail(
            subject=_("[Sinergi] You are invited to %(title)s") % {"title": workshop.title},
            message=_(
                "Hello %(name)s,\n\n"
                "DPPPAPM Kota Lubuklinggau has registered you for the workshop “%(title)s” and made you an "
                "account on Sinergi, the agency's learning site, with this e-mail address.\n\n"
                "Set your password here to log in:\n%(link)s\n\n"
                "The link works once and for %(days)d days. After that, use “Forgot password” on the login "
                "page with this e-mail address.\n\n"
                "The workshop: %(url)s\n\n"
                "If you do not know this workshop, you can ignore this e-mail."
            )
            % {
                "name": user.profile.full_name if hasattr(user, "profile") else user.email,
                "title": workshop.title,
                "link": invitation_url(user),
                "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
                "url": absolute_url(workshop.url or "/"),
            },
            from_email=None,
            recipient_list=[user.email],
        )
    return True
