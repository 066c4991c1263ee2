from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.search import index

from .choices import PackageState

FORGED_SCORES = _(
    "H5P scores are reported by the participant's browser and can be forged by a determined participant. "
    "When a certificate must rest on a score the server checked, require the module's quiz as well."
)


class H5PActivity(index.Indexed, models.Model):
    """An uploaded .h5p package. A new upload replaces the content; results and usage stay."""

    package = models.FileField(
        _("H5P package"),
        upload_to="h5p/uploads/",
        validators=[FileExtensionValidator(["h5p"])],
        help_text=_(
            "An .h5p file exported from Lumi, Moodle or WordPress, with its libraries. It is checked after "
            "saving; uploading a new version keeps the results and the lessons using it."
        ),
    )
    max_score = models.PositiveIntegerField(
        _("maximum score"),
        null=True,
        blank=True,
        help_text=_("If you know it, results reporting another maximum are refused."),
    )
    title = models.CharField(_("title"), max_length=255, blank=True, editable=False)
    main_library = models.CharField(_("main library"), max_length=255, blank=True, editable=False)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0, editable=False)
    file_count = models.PositiveIntegerField(_("files"), default=0, editable=False)
    state = models.CharField(
        _("state"), max_length=16, choices=PackageState.choices, default=PackageState.CHECKING, editable=False
    )
    rejection_code = models.CharField(_("rejection code"), max_length=40, blank=True, editable=False)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True, editable=False)
    # Storage prefix of the last accepted version; kept while a newer upload is checked or if it is rejected.
    content_prefix = models.CharField(_("storage prefix"), max_length=255, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        HelpPanel(content=FORGED_SCORES, heading=_("About H5P scores")),
        FieldPanel("package"),
        FieldPanel("max_score"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved_package = self.package.name if self.pk else None

    def __str__(self):
        return self.title or self.package.name.rsplit("/", 1)[-1]

    def save(self, *args, **kwargs):
        from . import services

        changed = self.package.name != self._saved_package
        if changed:
            self.state = PackageState.CHECKING
            self.rejection_code = self.rejection_reason = ""
        super().save(*args, **kwargs)
        if changed:
            # The unpacked content of the old version stays playable until the new one is ready; its upload
            # is no longer needed.
            services.remove_on_commit(files=[self._saved_package] if self._saved_package else [])
            self._saved_package = self.package.name
            services.check_on_commit(self)

    def delete(self, *args, **kwargs):
        from . import services

        files, prefix = [self.package.name], self.content_prefix
        result = super().delete(*args, **kwargs)
        services.remove_on_commit(files=files, prefix=prefix)
        return result

    @property
    def is_playable(self) -> bool:
        return bool(self.content_prefix)


class H5PResult(models.Model):
    """One result a participant's browser reported. Every result is kept; the best one counts."""

    # Results point only at their participant and activity; indexing every insert for Wagtail's usage view
    # would cost four queries per result.
    wagtail_reference_index_ignore = True

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="+"
    )
    activity = models.ForeignKey(
        H5PActivity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="results"
    )
    verb = models.CharField(_("xAPI verb"), max_length=16)
    score = models.PositiveIntegerField(_("score"))
    max_score = models.PositiveIntegerField(_("maximum score"))
    completed = models.BooleanField(_("activity completed"), default=False)
    passed = models.BooleanField(_("passed"), null=True)
    statement = models.JSONField(_("xAPI statement"), default=dict)
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        indexes = [models.Index(fields=["user", "activity"])]

    def __str__(self):
        return f"{self.user_id} — {self.activity_id}: {self.score}/{self.max_score}"

    @property
    def percent(self) -> int:
        return self.score * 100 // self.max_score if self.max_score else 0


class H5PUserData(models.Model):
    """Where a participant left an activity (H5P's "state"), so it resumes there. One row, size-capped."""

    wagtail_reference_index_ignore = True

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE, related_name="+")
    state = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "activity"], name="one_h5p_state_per_user")]

    def __str__(self):
        return f"{self.user_id} — {self.activity_id}"
