"""Quizzes and questions go through the same review as course pages.

The workflow "Tinjauan kursus" (one task: approval by Petugas DPPPAPM) that the catalogue uses is assigned to the
quiz and question snippet types, so a trainer's change is submitted for moderation and an officer publishes it.
"""

from django.db import migrations

WORKFLOW_NAME = "Tinjauan kursus"
MODELS = ["quiz", "question"]


def assign(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:  # no catalogue was created (no home page): nothing to review yet
        return
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model=model)
        WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def unassign(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="quizzes", content_type__model__in=MODELS, workflow__name=WORKFLOW_NAME
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_module_h5p_table"),
        ("courses", "0002_catalogue_workflow_roles"),
        ("quizzes", "0006_existing_quizzes_live_officers_publish"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(assign, unassign)]
