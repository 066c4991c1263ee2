"""Every export in the admin is known and has a test that opens its files (tests/*/test_exports.py): a new
view with CSV/XLSX exports fails here until it is listed with its test."""

from pathlib import Path

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver

from reports.admin_views import StreamedExportMixin

OUR_APPS = ("certificates", "courses", "demo", "h5p", "people", "quizzes", "reports", "sinergi", "workshops")

# URL name → the test module that downloads its CSV and XLSX and checks the rows.
EXPORTS = {
    "wagtailsnippets_people_profile:list": "tests/people/test_exports.py",
    "wagtailsnippets_people_institution:list": "tests/people/test_exports.py",
    "certificates_admin:index": "tests/certificates/test_exports.py",
    "quizzes_admin:attempts": "tests/quizzes/test_exports.py",
    "workshops_admin:index": "tests/workshops/test_exports.py",
    "workshops_admin:workshop": "tests/workshops/test_exports.py",
    "reports:participants": "tests/reports/test_exports.py",
    "reports:table": "tests/reports/test_exports.py",
}


def _patterns(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _patterns(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", pattern.callback


def _exports(callback) -> bool:
    view_class = getattr(callback, "view_class", None)
    if view_class is None or not view_class.__module__.startswith(OUR_APPS):
        return False
    if getattr(callback, "view_initkwargs", {}).get("results_only"):
        return False  # the same view's listing fragment
    list_export = getattr(callback, "view_initkwargs", {}).get("list_export") or getattr(
        view_class, "list_export", None
    )
    return bool(list_export) or issubclass(view_class, StreamedExportMixin)


def test_every_admin_export_is_listed_with_its_test():
    found = {name for name, callback in _patterns(get_resolver().url_patterns) if _exports(callback)}

    assert found == set(EXPORTS)


def test_each_listed_test_downloads_its_export():
    for name, module in EXPORTS.items():
        text = (Path(settings.BASE_DIR) / module).read_text()
        assert f'"{name}"' in text and "FORMATS" in text, (name, module)
