"""The workshop list page under the home page, the same review workflow as courses, and the roles' rights.

Trainers draft workshops inside the list and cannot publish; officers review and publish. Both take
attendance (manage_attendance); officers also see the registrations and the per-workshop report.
"""

from django.db import migrations
from django.utils import timezone

TRAINER, OFFICER = "Pelatih", "Petugas DPPPAPM"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
INTRO = (
    "<p>Lokakarya tatap muka DPPPAPM Kota Lubuk Linggau. Daftar, hadir, dan dapatkan sertifikat "
    "yang bisa diperiksa siapa saja.</p>"
)
WORKFLOW_NAME = "Tinjauan kursus"
OFFICER_PERMISSIONS = [
    ("workshoppage", "manage_attendance"),
    ("registration", "view_registration"),
    ("attendance", "view_attendance"),
    ("participation", "view_participation"),
]
TRAINER_PERMISSIONS = [("workshoppage", "manage_attendance")]


def _segment(number: int) -> str:
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def create_index(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    HomePage = apps.get_model("sinergi", "HomePage")
    WorkshopIndexPage = apps.get_model("workshops", "WorkshopIndexPage")
    existing = WorkshopIndexPage.objects.first()
    if existing:
        return existing
    home = HomePage.objects.order_by("path").first()
    if home is None:
        return None
    home = Page.objects.get(pk=home.pk)
    last_child = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
    position = int(last_child.path[-STEPLEN:], len(ALPHABET)) + 1 if last_child else 1
    content_type, _ = ContentType.objects.get_or_create(app_label="workshops", model="workshopindexpage")
    now = timezone.now()
    index = WorkshopIndexPage.objects.create(
        title="Lokakarya",
        draft_title="Lokakarya",
        slug="lokakarya",
        content_type=content_type,
        path=home.path + _segment(position),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}lokakarya/",
        locale_id=home.locale_id,
        intro=INTRO,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)
    return index


def attach_workflow(apps, index):
    """Workshops go through the officers' review exactly as course pages do."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def grant_roles(apps, index):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("workshops")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    trainer, officer = Group.objects.filter(name=TRAINER).first(), Group.objects.filter(name=OFFICER).first()
    if trainer is not None:
        for codename in ["add_page", "change_page"]:
            GroupPagePermission.objects.get_or_create(
                group=trainer,
                page_id=index.pk,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
    for group, perms in ((officer, OFFICER_PERMISSIONS), (trainer, TRAINER_PERMISSIONS)):
        if group is None:
            continue
        for model, codename in perms:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="workshops", content_type__model=model, codename=codename
                )
            )


def forwards(apps, schema_editor):
    index = create_index(apps)
    if index is None:
        return
    attach_workflow(apps, index)
    grant_roles(apps, index)


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0001_initial"),
        ("courses", "0002_catalogue_workflow_roles"),
        ("people", "0003_roles"),
        ("sinergi", "0002_home_page"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
