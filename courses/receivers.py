from django.dispatch import receiver
from wagtail.signals import post_page_move

from quizzes.signals import attempt_submitted

from . import services
from .models import ModulePage


@receiver(attempt_submitted, dispatch_uid="courses_quiz_attempt_submitted")
def quiz_attempt_submitted(sender, attempt, user, quiz, passed, score_percent, **kwargs):
    """A passed quiz may complete the modules that contain it (when the course asks for the quiz)."""
    if passed:
        services.record_quiz_pass(user=user, quiz_id=quiz.pk)


@receiver(post_page_move, dispatch_uid="courses_module_moved")
def module_moved(sender, instance, parent_page_after, **kwargs):
    """Wagtail saves a moved page as a plain Page, so the module's course link is set here."""
    if issubclass(sender, ModulePage):
        ModulePage.objects.filter(pk=instance.pk).update(course_id=parent_page_after.pk)
