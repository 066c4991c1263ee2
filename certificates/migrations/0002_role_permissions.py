from django.db import migrations

OFFICER, TRAINER = "Petugas DPPPAPM", "Pelatih"

PERMISSIONS = {
    OFFICER: [
        ("certificatetemplate", "add_certificatetemplate"),
        ("certificatetemplate", "change_certificatetemplate"),
        ("certificatetemplate", "delete_certificatetemplate"),
        ("certificatetemplate", "view_certificatetemplate"),
        ("certificate", "view_certificate"),
        ("certificate", "issue_certificate"),
        ("certificate", "revoke_certificate"),
        ("certificate", "download_certificate"),
    ],
    # Trainers pick a template for their course on the course form, so they may see the templates.
    TRAINER: [("certificatetemplate", "view_certificatetemplate")],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("certificates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, perms in PERMISSIONS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for model, codename in perms:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="certificates", content_type__model=model, codename=codename
                )
            )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=list(PERMISSIONS)):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="certificates"))


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("people", "0003_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
