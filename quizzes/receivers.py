from django.dispatch import receiver

from people.signals import personal_data_requested

from . import personal_data


@receiver(personal_data_requested, dispatch_uid="quizzes_personal_data")
def export_personal_data(sender, user, **kwargs):
    # Attempts and answers stay on erasure: they carry no identity once the account is pseudonymised,
    # and item analysis and pass rates count them.
    return "quiz_attempts", personal_data.export(user)
