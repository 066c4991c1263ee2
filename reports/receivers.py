"""The reports listen to the lower apps' writes and keep their summary rows right (see reports.models).
Nothing below imports the reports; these receivers are connected in ReportsConfig.ready(). Each refresh runs
in the same transaction as the write: the row is computed from what was just saved, and a write that is rolled
back takes its summary change with it."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from courses.models import CourseCompletion, Enrollment
from people.choices import Role
from people.models import Institution, Profile, User
from sinergi.signals import rescue_tasks_requested

from . import summary
from .rescue import rescue_rebuilds


@receiver(post_save, sender=Enrollment, dispatch_uid="reports_enrollment_saved")
def enrollment_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        summary.refresh_enrollment(instance.pk)


@receiver(post_save, sender=CourseCompletion, dispatch_uid="reports_completion_saved")
@receiver(post_delete, sender=CourseCompletion, dispatch_uid="reports_completion_deleted")
def completion_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        summary.refresh_enrollment(instance.enrollment_id)


@receiver(post_save, sender=Profile, dispatch_uid="reports_profile_saved")
@receiver(post_delete, sender=Profile, dispatch_uid="reports_profile_deleted")
def profile_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        summary.refresh_participant(instance.user_id)


@receiver(post_save, sender=Institution, dispatch_uid="reports_institution_saved")
def institution_saved(sender, instance, raw=False, **kwargs):
    # people.services.merge_institution moves the members' profiles with one UPDATE (no profile signal)
    # and then saves the source with `merged_into` set.
    if not raw and instance.merged_into_id:
        summary.move_institution(instance.pk, instance.merged_into_id)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="reports_membership_changed")
def membership_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Someone joined or left the Peserta group: from the user's side (`user.groups.add/remove/clear`) or
    the group's (`group.user_set.add/remove/clear`)."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        summary.refresh_membership([instance.pk])
    elif instance.name == Role.PARTICIPANT:
        summary.refresh_membership(None if action == "post_clear" else pk_set)


@receiver(rescue_tasks_requested, dispatch_uid="reports_rescue_rebuilds")
def rescue_lost_rebuilds(sender, now, **kwargs):
    """`manage.py rescue_tasks`: summary rebuilds whose worker died while running them."""
    return rescue_rebuilds(now=now)
