from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex, Site
from wagtail.signals import page_slug_changed, page_unpublished, post_page_move

from h5p.signals import play_allowed, result_recorded, results_visible
from people.signals import personal_data_requested
from quizzes.signals import attempt_submitted, attempts_visible, result_next_step_requested, take_allowed
from sinergi.signals import home_next_step_requested

from . import access, personal_data, queries, rendering, services
from .models import CourseIndexPage, CoursePage, ModulePage, renew_outlines_on_commit


@receiver(attempt_submitted, dispatch_uid="courses_quiz_attempt_submitted")
def quiz_attempt_submitted(sender, attempt, user, quiz, passed, score_percent, **kwargs):
    """A passed quiz may complete the modules that contain it (when the course asks for the quiz)."""
    if passed:
        services.record_quiz_pass(user=user, quiz_id=quiz.pk)


@receiver(result_recorded, dispatch_uid="courses_h5p_result_recorded")
def h5p_result_recorded(sender, user, activity, result, **kwargs):
    """A result may complete the modules that require the activity. Answers the modules now complete."""
    return services.record_h5p_result(user=user, result=result)


@receiver(play_allowed, dispatch_uid="courses_h5p_play_allowed")
def h5p_play_allowed(sender, user, activity, **kwargs):
    return queries.may_record_h5p(user=user, activity_id=activity.pk)


@receiver(take_allowed, dispatch_uid="courses_quiz_take_allowed")
def quiz_take_allowed(sender, user, quiz, context, request=None, **kwargs):
    """A quiz in a live module is open to whoever may open that module (enrolled, reached, past its privacy).
    A quiz taken with another app's context (a workshop's test) is not a course's business."""
    if context:
        return None
    return queries.quiz_access(user=user, quiz_id=quiz.pk, request=request)


@receiver(home_next_step_requested, dispatch_uid="courses_home_next_step")
def home_next_step(sender, request, **kwargs):
    """The home page's main action follows the participant's learning: start, continue or the certificate."""
    return queries.next_step(user=request.user, request=request)


@receiver(result_next_step_requested, dispatch_uid="courses_quiz_result_next_step")
def quiz_result_next_step(sender, attempt, user, request=None, **kwargs):
    """A module's quiz passed and the module complete: the result page leads on to the next module."""
    return queries.result_next_step(attempt=attempt, user=user, request=request)


@receiver(personal_data_requested, dispatch_uid="courses_personal_data")
def export_personal_data(sender, user, **kwargs):
    # Enrolments, progress and completions stay on erasure, attached to the pseudonymous account, so
    # that reports keep counting them.
    return "enrolments", personal_data.export(user)


@receiver(attempts_visible, dispatch_uid="courses_attempts_visible")
def course_attempts_visible(sender, user, **kwargs):
    """An officer sees every attempt; anyone else the attempts at their own courses' module quizzes."""
    quiz_ids = access.visible_quiz_ids(user)
    return Q() if quiz_ids is None else Q(context="", quiz_id__in=quiz_ids)


@receiver(results_visible, dispatch_uid="courses_h5p_results_visible")
def course_h5p_results_visible(sender, user, **kwargs):
    activity_ids = access.visible_h5p_ids(user)
    return Q() if activity_ids is None else Q(activity_id__in=activity_ids)


def _lessons_showing(instance) -> set[int]:
    """Module pages whose lesson shows this image or document, from Wagtail's reference index."""
    module_type = ContentType.objects.get_for_model(ModulePage).pk
    return {
        int(ref.object_id)
        for ref in ReferenceIndex.get_references_to(instance).filter(content_type_id=module_type)
    }


def media_changed(sender, instance, **kwargs):
    # Quiz cards are personal blocks, rendered for every request, so a changed quiz needs nothing here.
    # After commit, so that no request caches the old HTML under the new stamp.
    pages = _lessons_showing(instance)
    transaction.on_commit(lambda: rendering.renew_stamps(pages))


@receiver(post_page_move, dispatch_uid="courses_page_moved_catalogue_url")
@receiver(page_slug_changed, dispatch_uid="courses_page_slug_changed_catalogue_url")
@receiver(page_unpublished, sender=CourseIndexPage, dispatch_uid="courses_catalogue_unpublished")
@receiver(post_save, sender=CourseIndexPage, dispatch_uid="courses_catalogue_saved")
@receiver(post_delete, sender=CourseIndexPage, dispatch_uid="courses_catalogue_deleted")
@receiver(post_save, sender=Site, dispatch_uid="courses_site_saved_catalogue_url")
def catalogue_changed(sender, **kwargs):
    """The header's link to the catalogue may point elsewhere now: forget it now and again after commit, so
    a request that read the old rows meanwhile does not keep the old address."""
    queries.forget_catalogue_url()
    transaction.on_commit(queries.forget_catalogue_url)


@receiver(post_page_move, dispatch_uid="courses_page_moved")
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """Wagtail moves a page (and rewrites the addresses below it) without saving the modules."""
    if issubclass(sender, CoursePage):
        renew_outlines_on_commit([instance.pk])
    elif issubclass(sender, ModulePage):
        renew_outlines_on_commit([parent_page_before.pk, parent_page_after.pk])


@receiver(post_delete, sender=ModulePage, dispatch_uid="courses_module_deleted")
def module_deleted(sender, instance, **kwargs):
    instance.renew_course_outline()


def connect():
    for model in (get_image_model(), get_document_model()):
        post_save.connect(
            media_changed, sender=model, dispatch_uid=f"courses_lesson_media_saved_{model.__name__}"
        )
        post_delete.connect(
            media_changed, sender=model, dispatch_uid=f"courses_lesson_media_deleted_{model.__name__}"
        )
