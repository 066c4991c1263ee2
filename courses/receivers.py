from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

from quizzes.signals import attempt_submitted

from . import rendering, services
from .models import ModulePage


@receiver(attempt_submitted, dispatch_uid="courses_quiz_attempt_submitted")
def quiz_attempt_submitted(sender, attempt, user, quiz, passed, score_percent, **kwargs):
    """A passed quiz may complete the modules that contain it (when the course asks for the quiz)."""
    if passed:
        services.record_quiz_pass(user=user, quiz_id=quiz.pk)


def _lessons_showing(instance) -> set[int]:
    """Module pages whose lesson shows this image or document, from Wagtail's reference index."""
    module_type = ContentType.objects.get_for_model(ModulePage).pk
    return {
        int(ref.object_id)
        for ref in ReferenceIndex.get_references_to(instance).filter(content_type_id=module_type)
    }


def media_changed(sender, instance, **kwargs):
    # Quiz cards are personal blocks, rendered for every request, so a changed quiz needs nothing here.
    rendering.renew_stamps(_lessons_showing(instance))


def connect():
    for model in (get_image_model(), get_document_model()):
        post_save.connect(
            media_changed, sender=model, dispatch_uid=f"courses_lesson_media_saved_{model.__name__}"
        )
        post_delete.connect(
            media_changed, sender=model, dispatch_uid=f"courses_lesson_media_deleted_{model.__name__}"
        )
