"""The signals this app answers: people's personal-data requests and the site's task rescue."""

from django.dispatch import receiver

from people.signals import account_erasing, personal_data_requested
from sinergi.signals import rescue_tasks_requested

from . import personal_data
from .rescue import rescue_checks


@receiver(personal_data_requested, dispatch_uid="h5p_personal_data")
def export_personal_data(sender, user, **kwargs):
    return "h5p", personal_data.export(user)


@receiver(account_erasing, dispatch_uid="h5p_erase_account")
def erase_account(sender, user, **kwargs):
    personal_data.erase(user)


@receiver(rescue_tasks_requested, dispatch_uid="h5p_rescue_package_checks")
def rescue_package_checks(sender, now, **kwargs):
    return rescue_checks(now=now)
