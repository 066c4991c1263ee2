"""Existing quizzes and questions stay what participants take, and only officers may publish changes.

Every quiz and question already here becomes the published version. A pass mark below the new floor (50%) is
raised to it, so the constraint of the next migration holds. Officers (Petugas DPPPAPM) get the publish, lock
and unlock rights Wagtail checks for reviewed snippets; trainers (Pelatih) keep add/change and never publish.
Trainers no longer delete quizzes or questions either: taking a quiz out of a live course is a change like any
other, for the officers to make.
"""

from django.db import migrations, models

TRAINER, OFFICER = "Pelatih", "Petugas DPPPAPM"
PASS_MARK_FLOOR = 50
OFFICER_ACTIONS = ["publish", "lock", "unlock"]
MODELS = ["quiz", "question"]


def existing_stay_live(apps, schema_editor):
    Quiz = apps.get_model("quizzes", "Quiz")
    Question = apps.get_model("quizzes", "Question")
    Quiz.objects.filter(pass_mark__lt=PASS_MARK_FLOOR).update(pass_mark=PASS_MARK_FLOOR)
    for model in (Quiz, Question):
        model.objects.filter(first_published_at__isnull=True).update(
            live=True,
            has_unpublished_changes=False,
            first_published_at=models.F("updated_at"),
            last_published_at=models.F("updated_at"),
        )


def grant_officers(apps, schema_editor):
    # Wagtail creates these permissions after all migrations (post_migrate); the officers need them now.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    officer = Group.objects.filter(name=OFFICER).first()
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model=model)
        for action in OFFICER_ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            if officer is not None:
                officer.permissions.add(permission)
    trainer = Group.objects.filter(name=TRAINER).first()
    if trainer is not None:
        trainer.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="quizzes", codename__in=[f"delete_{model}" for model in MODELS]
            )
        )


def revoke_officers(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    codenames = [f"{action}_{model}" for model in MODELS for action in OFFICER_ACTIONS]
    for group in Group.objects.filter(name=OFFICER):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="quizzes", codename__in=codenames)
        )
    for group in Group.objects.filter(name=TRAINER):
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="quizzes", codename__in=[f"delete_{model}" for model in MODELS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_quiz_question_drafts_revisions_workflow"),
        ("people", "0003_roles"),
    ]
    operations = [
        migrations.RunPython(existing_stay_live, migrations.RunPython.noop),
        migrations.RunPython(grant_officers, revoke_officers),
    ]
