from django.db import migrations

PARTICIPANT, TRAINER, OFFICER = "Peserta", "Pelatih", "Petugas DPPPAPM"

MODEL_PERMISSIONS = {
    PARTICIPANT: [],
    TRAINER: [
        ("wagtailadmin", "admin", "access_admin"),
    ],
    OFFICER: [
        ("wagtailadmin", "admin", "access_admin"),
        ("people", "institution", "add_institution"),
        ("people", "institution", "change_institution"),
        ("people", "institution", "delete_institution"),
        ("people", "institution", "view_institution"),
        ("people", "kecamatan", "view_kecamatan"),
        ("people", "profile", "view_profile"),
        ("people", "profile", "change_profile"),
        ("people", "consentrecord", "view_consentrecord"),
        ("sinergi", "helpsettings", "change_helpsettings"),
    ],
}
# Page permissions on the root page reach every page below it.
PAGE_PERMISSIONS = {
    TRAINER: ["add_page", "change_page"],
    OFFICER: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
}
COLLECTION_PERMISSIONS = {
    # Trainers upload and edit their own media and may pick anyone's; only officers edit or delete all of it.
    TRAINER: ["add_image", "choose_image", "add_document", "choose_document"],
    OFFICER: [
        "add_image", "change_image", "delete_image", "choose_image",
        "add_document", "change_document", "delete_document", "choose_document",
    ],
}


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; roles need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name, perms in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, codename in perms:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, content_type__model=model, codename=codename)
            )
        for codename in PAGE_PERMISSIONS.get(name, []):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                )
            )
        for codename in COLLECTION_PERMISSIONS.get(name, []):
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(MODEL_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_kecamatan_data"),
        ("sinergi", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(create_roles, remove_roles)]
