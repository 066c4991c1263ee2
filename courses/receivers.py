from django.dispatch import receiver

from quizzes.signals import attempt_submitted

from . import services


@receiver(attempt_submitted, dispatch_uid="courses_quiz_attempt_submitted")
def quiz_attempt_submitted(sender, attempt, user, quiz, passed, score_percent, **kwargs):
    """A passed quiz may complete the modules that contain it (when the course asks for the quiz)."""
    if passed:
        services.record_quiz_pass(user=user, quiz_id=quiz.pk)
