"""The certificate actions in Wagtail's history (Reports → Site history, and each certificate's history)."""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter


def register_certificate_log_actions(actions):
    @actions.register_action("certificates.issue")
    class Issue(LogFormatter):
        label = _("Issue certificate")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("replaces"):
                return _("Issued, replacing %(number)s") % {"number": data["replaces"]}
            if data.get("automatic"):
                return _("Issued automatically on completion")
            return _("Issued by hand")

    @actions.register_action("certificates.revoke")
    class Revoke(LogFormatter):
        label = _("Revoke certificate")

        def format_message(self, log_entry):
            return _("Revoked: %(reason)s") % {"reason": (log_entry.data or {}).get("reason", "")}

    @actions.register_action("certificates.reissue")
    class Reissue(LogFormatter):
        label = _("Re-issue certificate")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            message = _("Replaced by %(number)s") % {"number": data.get("new", "")}
            return f"{message} ({data['reason']})" if data.get("reason") else message

    @actions.register_action("certificates.render_failed")
    class RenderFailed(LogFormatter):
        label = _("Certificate could not be made")

        def format_message(self, log_entry):
            return _("Could not be made: %(error)s") % {"error": (log_entry.data or {}).get("error", "")}

    actions.register_action("certificates.retry", _("Retry certificate"), _("Tried again by an officer"))

    @actions.register_action("certificates.render_requeued")
    class RenderRequeued(LogFormatter):
        label = _("Certificate queued again")

        def format_message(self, log_entry):
            if (log_entry.data or {}).get("lost_worker"):
                return _("Queued again: the background worker stopped while making it")
            return _("Queued again: it was still not made after a few minutes")
