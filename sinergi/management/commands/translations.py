"""Keep the Indonesian catalogues in step with the code.

`translations update` rewrites every catalogue from the source; `translations check` does the same on a
copy of the tree and fails if any message lacks an Indonesian translation or is marked fuzzy. Each of our
apps that has a `locale/` folder keeps its own catalogue; the site-wide templates and `sinergi/` share the
root `locale/`.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

LANGUAGE = "id"
NEVER_SCANNED = [".venv", ".tools", "node_modules", "staticfiles", "var", "media", "tests", "bench", ".git"]


@contextmanager
def working_directory(path: Path):
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def catalogue_roots(base: Path) -> list[Path]:
    """The root and every top-level folder of ours that has its own locale/."""
    return [base] + sorted(p.parent for p in base.glob("*/locale") if p.parent.name not in NEVER_SCANNED)


def update(base: Path, only: str | None = None) -> list[Path]:
    roots = catalogue_roots(base)
    own_apps = [root.name for root in roots[1:]]
    written = []
    for root in roots:
        if only and root.name != only and not (only == "site" and root == base):
            continue
        ignore = NEVER_SCANNED + (own_apps if root == base else [])
        with working_directory(root):
            call_command(
                "makemessages",
                locale=[LANGUAGE],
                extensions=["html", "txt", "py"],
                ignore_patterns=ignore,
                no_obsolete=True,
                add_location="file",
                verbosity=0,
            )
        written.append(root / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po")
    return written


def missing(po_path: Path) -> list[str]:
    try:
        import polib  # a development tool: installed by `make install-dev`, not on production servers
    except ImportError as error:
        raise CommandError("The translations command needs polib: run `make install-dev`.") from error
    catalogue = polib.pofile(str(po_path))
    return [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]


class Command(BaseCommand):
    help = (
        "update: refresh the Indonesian .po files from the code. check: fail if any message is untranslated."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["update", "check", "_update_here"])
        parser.add_argument(
            "--only", help="update one catalogue: an app's folder name, or 'site' for the root"
        )

    def handle(self, action, only=None, **options):
        base = Path(settings.BASE_DIR)
        if action in {"update", "_update_here"}:
            for path in update(base, only):
                if action == "update":
                    self.stdout.write(f"{path.relative_to(base)}: {len(missing(path))} untranslated")
            return
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "tree"
            shutil.copytree(base, copy, ignore=shutil.ignore_patterns(*NEVER_SCANNED, "__pycache__", "*.mo"))
            subprocess.run(
                [sys.executable, "manage.py", "translations", "_update_here"], cwd=copy, check=True
            )
            problems = {
                str(po.relative_to(copy)): msgs
                for po in copy.glob("**/locale/id/LC_MESSAGES/django.po")
                if (msgs := missing(po))
            }
        if problems:
            lines = [f"{path}: {len(msgs)} untranslated, e.g. {msgs[:5]}" for path, msgs in problems.items()]
            raise CommandError("Indonesian translations are incomplete:\n" + "\n".join(lines))
        self.stdout.write("Every message has an Indonesian translation.")
