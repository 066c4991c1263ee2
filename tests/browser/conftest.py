"""Browser journeys: Debian's Chromium driven by pytest-playwright against pytest-django's live server."""

import os

import pytest

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
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Participants are teachers on mid-range Android phones: journeys run at phone size by default.
    return {**browser_context_args, "viewport": PHONE, "locale": "id-ID"}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
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
