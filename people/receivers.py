from allauth.account.signals import user_signed_up
from django.dispatch import receiver

from .choices import Role
from .services import add_to_role


@receiver(user_signed_up, dispatch_uid="people_signed_up_as_participant")
def make_new_users_participants(sender, request, user, **kwargs):
    """Everyone who signs up (by e-mail or Google) starts as a Peserta."""
    add_to_role(user, Role.PARTICIPANT)
