from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SinergiConfig(AppConfig):
    name = "sinergi"
    verbose_name = _("Sinergi site")

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
        from .admin_display import register_displays

        register_displays()

        from django.contrib.auth.signals import user_logged_out

        from .middleware import mark_logged_out

        user_logged_out.connect(mark_logged_out, dispatch_uid="sinergi_clear_site_data")
