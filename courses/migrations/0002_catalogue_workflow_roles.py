"""The course catalogue page, the review workflow on it, and the roles' rights over courses.

Trainers (Pelatih) may add and edit pages only inside the catalogue and cannot publish; a change goes to
review, where an officer (Petugas DPPPAPM) publishes it or sends it back with a comment.
"""

from django.db import migrations
from django.utils import timezone

TRAINER, OFFICER = "Pelatih", "Petugas DPPPAPM"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
INTRO = (
    "<p>Kursus daring singkat yang bisa dipelajari dari ponsel. Pilih kursus, daftar, dan pelajari "
    "modulnya sesuai waktu Anda; kemajuan Anda tersimpan.</p>"
)
WORKFLOW_NAME = "Tinjauan kursus"
TASK_NAME = "Persetujuan Petugas DPPPAPM"
OFFICER_PERMISSIONS = ["enrol_participants", "view_enrollment", "view_coursecompletion"]


def _segment(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def create_catalogue(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("sinergi", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    home = HomePage.objects.order_by("path").first()
    if home is None:
        return None
    last_child = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
    position = int(last_child.path[-STEPLEN:], len(ALPHABET)) + 1 if last_child else 1
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="courseindexpage")
    now = timezone.now()
    index = CourseIndexPage.objects.create(
        title="Kursus",
        draft_title="Kursus",
        slug="kursus",
        content_type=content_type,
        path=home.path + _segment(position),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}kursus/",
        locale_id=home.locale_id,
        intro=INTRO,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    return index


def create_workflow(apps, index):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=TASK_NAME, defaults={"content_type": content_type, "active": True}
    )
    task.groups.set([Group.objects.get(name=OFFICER)])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; the roles need ours now."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant_roles(apps, index):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    trainer, officer = Group.objects.get(name=TRAINER), Group.objects.get(name=OFFICER)
    # Trainers write courses, not the home page or other sections: their page rights move from the root
    # to the catalogue.
    root = Page.objects.get(depth=1)
    GroupPagePermission.objects.filter(group=trainer, page=root).delete()
    for codename in ["add_page", "change_page"]:
        GroupPagePermission.objects.get_or_create(
            group=trainer,
            page_id=index.pk,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    for codename in OFFICER_PERMISSIONS:
        officer.permissions.add(Permission.objects.get(content_type__app_label="courses", codename=codename))


def forwards(apps, schema_editor):
    index = create_catalogue(apps)
    if index is None:
        return
    create_workflow(apps, index)
    grant_roles(apps, index)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("people", "0003_roles"),
        ("sinergi", "0002_home_page"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
