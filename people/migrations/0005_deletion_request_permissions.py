from django.db import migrations

OFFICER = "Petugas DPPPAPM"
CODENAMES = ["view_accountdeletionrequest", "erase_account"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("people")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = list(Permission.objects.filter(content_type__app_label="people", codename__in=CODENAMES))
    if len(permissions) != len(CODENAMES):
        raise RuntimeError("Some people permissions are missing.")
    for group in Group.objects.filter(name=OFFICER):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="people", codename__in=CODENAMES)
    for group in Group.objects.filter(name=OFFICER):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("people", "0004_account_deletion_requests")]
    operations = [migrations.RunPython(grant, revoke)]
