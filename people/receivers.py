from allauth.account.models import EmailAddress
from allauth.account.signals import password_reset, user_signed_up
from django.db.models.signals import pre_delete
from django.dispatch import receiver

from .choices import Role
from .models import User
from .services import PeopleError, add_to_role


@receiver(user_signed_up, dispatch_uid="people_signed_up_as_participant")
def make_new_users_participants(sender, request, user, **kwargs):
    """Everyone who signs up (by e-mail or Google) starts as a Peserta."""
    add_to_role(user, Role.PARTICIPANT)


@receiver(password_reset, dispatch_uid="people_password_reset_verifies_email")
def verify_email_on_password_reset(sender, request, user, **kwargs):
    """A password set from a link e-mailed to the account's only address proves that address, so someone
    invited by an officer (or who never confirmed) is not asked to confirm it again at the first login.
    With several addresses the signal does not say which one received the link, so nothing changes."""
    addresses = list(EmailAddress.objects.filter(user=user)[:2])
    if len(addresses) == 1 and not addresses[0].verified:
        addresses[0].verified = True
        addresses[0].save(update_fields=["verified"])


@receiver(pre_delete, sender=User, dispatch_uid="people_refuse_user_row_delete")
def refuse_user_row_delete(sender, instance, **kwargs):
    """`User.delete()` erases instead of deleting; a bulk delete (a queryset's, Wagtail's bulk action
    without our hook) would cascade away enrolments, attempts and consent evidence, so it is refused."""
    raise PeopleError(
        "Accounts are erased with people.services.erase_account, never deleted.", code="erase_instead"
    )
