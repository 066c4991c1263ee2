"""The reports' one table of their own: a summary row per enrolment, so that the dashboard's enrolment and
completion figures are read from one narrow table instead of joining enrolments, users, profiles and
completions on every view (at 100,000 participants that join was most of the dashboard's time).

The row copies what the filters and groupings need: the participant's kecamatan, occupation and
institution from their profile, whether they are in the Peserta group, and the completion date. It is kept
right by `reports.receivers` (every save or deletion of an enrolment, a completion, a profile, a change of
group membership, and an institution merge) and can be rebuilt
from scratch at any time with `manage.py rebuild_report_summary` or the `rebuild_report_summary` task
(idempotent: it recomputes every row from the apps' own tables).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrollmentSummary(models.Model):
    enrollment = models.OneToOneField(
        "courses.Enrollment", on_delete=models.CASCADE, primary_key=True, related_name="report_summary"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    # Copies of the profile's values (plain numbers: the profile's own foreign keys protect the rows).
    kecamatan_id = models.IntegerField(null=True)
    institution_id = models.IntegerField(null=True)
    occupation = models.CharField(max_length=20, blank=True)
    # In the Peserta group (only participants are counted); kept by the receiver on group membership.
    participant = models.BooleanField(default=False)
    enrolled_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("enrolment summary")
        verbose_name_plural = _("enrolment summaries")
        indexes = [
            models.Index(fields=["user", "course"], name="reports_summary_user_idx"),
            models.Index(fields=["enrolled_at"], name="reports_summary_enrolled_idx"),
            models.Index(fields=["completed_at"], name="reports_summary_completed_idx"),
            models.Index(fields=["kecamatan_id"], name="reports_summary_kecamatan_idx"),
            models.Index(fields=["institution_id"], name="reports_summary_inst_idx"),
        ]

    def __str__(self):
        return f"{self.enrollment_id}"
