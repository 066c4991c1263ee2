from django.dispatch import receiver

from people.signals import account_erasing, personal_data_requested

from . import personal_data


@receiver(personal_data_requested, dispatch_uid="h5p_personal_data")
def export_personal_data(sender, user, **kwargs):
    return "h5p", personal_data.export(user)


@receiver(account_erasing, dispatch_uid="h5p_erase_account")
def erase_account(sender, user, **kwargs):
    personal_data.erase(user)
