"""The Indonesian catalogues cover every message in the code (the site is Indonesian first)."""

from django.core.management import call_command


def test_every_message_has_an_indonesian_translation():
    # Raises CommandError listing the untranslated messages.
    call_command("translations", "check")
