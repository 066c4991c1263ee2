"""The journeys against `make stack` (`.ci/run`'s third stage) rather than pytest-django's live server.

    make stack && set -a && . var/stack/sinergi.env && set +a && pytest -m stack tests/browser

The stack's environment file gives this process the production settings and the stack's addresses: the same
PostgreSQL database, Redis, S3 bucket, SECRET_KEY (so `Client.force_login` sessions are the stack's) and
e-mail folder as its servers, and STACK_URL, nginx's address. A journey's set-up (users, courses, quizzes) is
written with the ORM straight into the stack's database and committed, as an officer's work in the admin
would be; the stack's servers then serve it. Nothing is flushed afterwards: `make stack` starts every run
from an empty database and bucket, so the journeys' fixed e-mail addresses do not clash.

Client addresses: the browser (or bench/drill.py) plays a load balancer in front of nginx and says in
X-Forwarded-For which client is asking; the stack's nginx trusts 127.0.0.1 for that (realip module), passes
the address on, and the app servers read it with TRUSTED_PROXY_COUNT=1 exactly as in production."""

import contextlib
import email
import itertools
import os
import time
from dataclasses import dataclass
from pathlib import Path

from django.core import mail

URL = os.environ.get("STACK_URL", "").rstrip("/")
_addresses = itertools.count(1)


@dataclass(frozen=True)
class Server:
    """What the journeys use of pytest-django's live_server."""

    url: str

    def __str__(self) -> str:
        return self.url


def http_client(**options):
    """An httpx client of the stack's nginx, trusting the certificate `make stack` made for it."""
    import ssl

    import httpx

    trusted = ssl.create_default_context(cafile=os.environ["STACK_CA_FILE"])
    return httpx.Client(base_url=URL, verify=trusted, timeout=30, follow_redirects=False, **options)


def next_client_address() -> str:
    """A distinct documentation-range address per browser (TEST-NET-3, 203.0.113.0/24 and up)."""
    number = next(_addresses)
    return f"203.0.{113 + number // 250}.{number % 250 + 1}"


@dataclass
class Message:
    subject: str
    to: list[str]
    body: str


def _read_messages(folder: Path, since: float) -> list[Message]:
    messages = []
    for path in sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime):
        if path.stat().st_mtime < since:
            continue
        # The file-based backend writes each message followed by a line of 79 dashes.
        for chunk in path.read_bytes().split(b"\n" + b"-" * 79 + b"\n"):
            if not chunk.strip():
                continue
            parsed = email.message_from_bytes(chunk)
            part = next((p for p in parsed.walk() if p.get_content_type() == "text/plain"), parsed)
            body = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
            messages.append(Message(parsed["Subject"] or "", [parsed["To"] or ""], body))
    return messages


class StackOutbox(list):
    """`mail.outbox` for journeys against the stack: the messages its servers wrote since the test began,
    read when the journey looks (waiting a little for a worker to send them)."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = folder
        self.since = time.time() - 1

    def _current(self) -> list[Message]:
        deadline = time.monotonic() + 10
        while True:
            found = _read_messages(self.folder, self.since)
            if found or time.monotonic() > deadline:
                return found
            time.sleep(0.25)

    def clear(self):
        self.since = time.time()

    def __iter__(self):
        return iter(self._current())

    def __len__(self):
        return len(self._current())

    def __getitem__(self, index):
        return self._current()[index]


@contextlib.contextmanager
def outbox():
    previous = getattr(mail, "outbox", None)
    mail.outbox = StackOutbox(Path(os.environ["EMAIL_FILE_PATH"]))
    try:
        yield mail.outbox
    finally:
        mail.outbox = previous


def certificates_rendered(queryset, *, timeout: float = 60) -> None:
    """Wait until the db_workers have rendered every certificate in `queryset`: a participant would refresh
    "Sertifikat saya" until it is there. Immediate on the live server, whose task backend renders in place."""
    from certificates.models import CertificateStatus

    deadline = time.monotonic() + timeout
    while queryset.filter(status=CertificateStatus.PENDING).exists():
        assert time.monotonic() < deadline, "certificates still pending: are the stack's db_workers running?"
        time.sleep(0.5)


def stored_pdf(certificate) -> bytes:
    """The certificate's PDF as the storage holds it: against the stack, read back from the S3 bucket itself
    (not through Django), so the test knows the worker's file landed there."""
    from django.core.files.storage import default_storage

    assert certificate.pdf.name, "the certificate has no PDF"
    if not URL:
        with default_storage.open(certificate.pdf.name, "rb") as handle:
            return handle.read()
    import boto3

    s3 = boto3.client("s3", endpoint_url=os.environ["AWS_S3_ENDPOINT_URL"])
    stored = s3.get_object(Bucket=os.environ["AWS_STORAGE_BUCKET_NAME"], Key=certificate.pdf.name)
    return stored["Body"].read()
