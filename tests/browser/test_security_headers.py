"""The Content-Security-Policy at work in a real browser: markup that slipped into a public page cannot run
script or load from elsewhere. (Every journey fails on any violation: see tests/browser/conftest.py.)"""

from playwright.sync_api import Page

INJECTED = (
    '<img id="x" src="/static/img/logo.svg" onload="window.injected = 1">'
    "<script>window.injected = 2</script>"
    '<img src="https://tracker.example/pixel.png">'
)


def test_injected_markup_cannot_run_script_on_the_public_site(page: Page, live_server, csp_violations):
    page.goto(f"{live_server.url}/verifikasi/")
    page.evaluate("html => document.querySelector('main').insertAdjacentHTML('beforeend', html)", INJECTED)
    page.wait_for_timeout(300)
    assert page.evaluate("window.injected") is None
    refused = " ".join(csp_violations)
    assert "script-src" in refused and "img-src" in refused
    csp_violations.clear()
