"""Browser journeys: Debian's Chromium driven by pytest-playwright against pytest-django's live server.

With STACK_URL set (and the stack's environment loaded: `.ci/run`'s third stage, see tests/browser/stack.py),
the journeys marked `stack` run against `make stack` instead: nginx, two gunicorn app servers with the
production settings, db_workers, PostgreSQL, Redis and S3 media.
The journeys stay the same; only the fixtures change."""

import itertools
import os
import time

import pytest

from tests import conftest as conftest_module

from . import stack

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            # The stack's nginx presents a certificate made for it when it starts.
            *(["--ignore-certificate-errors"] if stack.URL else []),
        ],
    }


@pytest.fixture
def browser_context_args(browser_context_args):
    # Participants are teachers on mid-range Android phones: journeys run at phone size by default.
    args = {**browser_context_args, "viewport": PHONE, "locale": "id-ID"}
    if stack.URL:
        # Through the stack's nginx each journey's browser is its own client address (see stack.py).
        args["extra_http_headers"] = {"X-Forwarded-For": stack.next_client_address()}
        args["ignore_https_errors"] = True  # the certificate `make stack` made for its nginx
    return args


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" not in str(item.fspath):
            continue
        item.add_marker(pytest.mark.browser)
        if stack.URL:
            if not item.get_closest_marker("stack"):
                item.add_marker(pytest.mark.skip(reason="runs on pytest-django's live server only"))
        elif item.get_closest_marker("stack_only"):
            item.add_marker(pytest.mark.skip(reason="needs `make stack` (STACK_URL)"))
        else:
            # live_server needs a transactional database, which is flushed after each test; serialized
            # rollback restores what the data migrations made (roles, kecamatan, the home page).
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(autouse=True)
def csp_violations(browser):
    """Every journey runs under the site's Content-Security-Policy; anything the browser refuses because of it
    (a script, a style, a frame, an image) fails the journey, in every browser context the test opens. A test
    that provokes a violation on purpose takes it out of this list."""
    violations = []
    new_context = browser.new_context

    def new_context_watched(*args, **kwargs):
        context = new_context(*args, **kwargs)
        context.on(
            "console",
            lambda message: (
                violations.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        return context

    browser.new_context = new_context_watched
    yield violations
    del browser.new_context
    assert not violations, "\n".join(violations)


if stack.URL:
    # The stack keeps what each run creates: people and institutions get names no earlier run used.
    conftest_module._counter = itertools.count(int(time.time()))

    @pytest.fixture(scope="session")
    def live_server():
        return stack.Server(stack.URL)

    @pytest.fixture(scope="session")
    def django_db_setup():
        """The stack's own database (migrated and seeded by `make stack`), never a test database."""

    @pytest.fixture
    def db(django_db_blocker):
        """Rows the journeys create are committed at once, where the stack's servers see them, and stay."""
        with django_db_blocker.unblock():
            yield

    @pytest.fixture
    def transactional_db(db):
        return db

    @pytest.fixture(autouse=True)
    def _live_server_helper(db):
        """pytest-django's helper would switch settings for an in-process server; there is none here."""
        yield

    @pytest.fixture(autouse=True)
    def _fresh_cache():
        """Redis holds the running stack's sessions and rate limits: the journeys leave it alone."""
        yield

    @pytest.fixture(autouse=True)
    def _stack_outbox(db):
        """`mail.outbox` reads the e-mails the stack's servers wrote (the file-based backend)."""
        with stack.outbox():
            yield
