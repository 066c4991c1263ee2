from django.db import migrations

TRAINER, OFFICER = "Pelatih", "Petugas DPPPAPM"
CODENAMES = [f"{action}_h5pactivity" for action in ("add", "change", "delete", "view")] + ["view_h5presult"]


def ensure_permissions(apps):
    """Permissions are normally created after all migrations; the roles need them now."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("h5p")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None


def grant(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(Permission.objects.filter(content_type__app_label="h5p", codename__in=CODENAMES))
    if len(permissions) != len(CODENAMES):
        raise RuntimeError("Some h5p permissions are missing.")
    for group in Group.objects.filter(name__in=[TRAINER, OFFICER]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="h5p", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=[TRAINER, OFFICER]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("h5p", "0001_initial"),
        ("people", "0003_roles"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
