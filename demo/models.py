"""What the demo loader made, so that a second run recognises it even after an officer renamed it."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class SeededObject(models.Model):
    """One object created by `seed_demo`, under a key that never changes (e.g. "quiz:mengenali-tppo").

    Titles and slugs can be edited in the admin; this key cannot, so a re-run finds what it made before
    and leaves it alone instead of creating a duplicate.
    """

    key = models.CharField(max_length=200, unique=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    # What the object held when it was seeded or last updated by `update_starter_course` (one hash per
    # field, see demo/fingerprints.py) and the curriculum edition it came from. Rows seeded before
    # fingerprints were recorded have none: demo/editions/ keeps the first edition's, frozen.
    edition = models.PositiveSmallIntegerField(default=1)
    fingerprint = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["key"]
        permissions = [("update_starter_course", "Can submit a new edition of the starter course for review")]

    def __str__(self):
        return f"{self.key} → {self.content_type.model} #{self.object_id}"
