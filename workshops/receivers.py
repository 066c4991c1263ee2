from django.db.models import Q
from django.dispatch import receiver
from wagtail.signals import page_published

from people.signals import account_erasing, personal_data_requested
from quizzes.signals import attempt_submitted, attempts_visible, take_allowed
from sinergi.signals import rescue_tasks_requested

from . import access, personal_data, queries, services
from .models import WorkshopPage
from .rescue import rescue_invitations


@receiver(attempt_submitted, dispatch_uid="workshops_post_test_submitted")
def post_test_submitted(sender, attempt, user, quiz, passed, **kwargs):
    """A passed post-test may complete the workshop for someone whose attendance is already enough."""
    prefix, _sep, rest = (attempt.context or "").partition(":")
    workshop_id, _sep, which = rest.partition(":")
    if prefix != "workshop" or which != "post" or not passed or not workshop_id.isdigit():
        return
    workshop = WorkshopPage.objects.filter(pk=int(workshop_id), post_test=quiz).first()
    if workshop is not None:
        services.evaluate(workshop=workshop, user=user)


@receiver(take_allowed, dispatch_uid="workshops_test_take_allowed")
def test_take_allowed(sender, user, quiz, context, **kwargs):
    """A workshop's pre- or post-test is open to its registered participants."""
    return queries.test_access(user=user, quiz=quiz, context=context)


@receiver(page_published, dispatch_uid="workshops_capacity_may_have_grown")
def workshop_published(sender, instance, **kwargs):
    """An officer who raises the capacity gives the new seats to the waiting list, earliest first."""
    if isinstance(instance, WorkshopPage):
        services.fill_from_waiting_list(workshop=instance)


@receiver(personal_data_requested, dispatch_uid="workshops_personal_data")
def export_personal_data(sender, user, **kwargs):
    return "workshops", personal_data.export(user)


@receiver(account_erasing, dispatch_uid="workshops_erase_account")
def erase_account(sender, user, **kwargs):
    personal_data.erase(user)


@receiver(rescue_tasks_requested, dispatch_uid="workshops_rescue_invitations")
def rescue_lost_invitations(sender, now, **kwargs):
    """`manage.py rescue_tasks`: invitation e-mails whose worker died while sending them."""
    return rescue_invitations(now=now)


@receiver(attempts_visible, dispatch_uid="workshops_attempts_visible")
def workshop_attempts_visible(sender, user, **kwargs):
    """The pre- and post-tests of the workshops the user sees (an officer: every attempt)."""
    ids = access.visible_workshop_ids(user)
    if ids is None:
        return Q()
    contexts = [f"workshop:{pk}:{which}" for pk in ids for which in ("pre", "post")]
    return Q(context__in=contexts)
