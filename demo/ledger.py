"""Find what an earlier run of the demo loader created, and remember what this run creates."""

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import models

from .models import SeededObject

logger = logging.getLogger("demo")
M = TypeVar("M", bound=models.Model)


def find(key: str, model: type[M]) -> M | None:
    """The object stored under `key`, if it still exists (an officer may have deleted it)."""
    entry = SeededObject.objects.filter(key=key).first()
    if entry is None:
        return None
    return model.objects.filter(pk=entry.object_id).first()


def remember(key: str, instance: models.Model) -> None:
    """Store `instance` under `key`; writes nothing when that is already what the ledger says."""
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    wanted = {"content_type": content_type, "object_id": instance.pk}
    if not SeededObject.objects.filter(key=key, **wanted).exists():
        SeededObject.objects.update_or_create(key=key, defaults=wanted)


def entry_for(instance: models.Model) -> SeededObject | None:
    """The ledger row that points at `instance`, if the loader made it."""
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    return SeededObject.objects.filter(content_type=content_type, object_id=instance.pk).first()


def record(instance: models.Model, *, fingerprint: dict, edition: int) -> None:
    """Remember what `instance` holds now, as written by the curriculum's `edition`."""
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    SeededObject.objects.filter(content_type=content_type, object_id=instance.pk).update(
        fingerprint=fingerprint, edition=edition
    )


@dataclass
class Report:
    """What one run created and what it found already there, per kind of object."""

    created: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    new_objects: list[models.Model] = field(default_factory=list)

    def add(self, kind: str, instance: models.Model, *, created: bool) -> None:
        if created:
            self.new_objects.append(instance)
        (self.created if created else self.skipped)[kind] += 1
        line = f"{'created' if created else 'kept   '} {kind}: {instance}"
        self.lines.append(line)
        logger.info(line)

    def summary(self) -> str:
        kinds = sorted(set(self.created) | set(self.skipped))
        return ", ".join(f"{kind} {self.created[kind]} new / {self.skipped[kind]} kept" for kind in kinds)
