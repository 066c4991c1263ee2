from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICER = "Petugas DPPPAPM"


def grant(apps, schema_editor):
    """Officers approve course changes, so they also start the starter course's new edition."""
    app_config = apps.get_app_config("demo")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    officer = Group.objects.filter(name=OFFICER).first()
    if officer is not None:
        officer.permissions.add(
            Permission.objects.get(content_type__app_label="demo", codename="update_starter_course")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("demo", "0002_fingerprint"),
        ("people", "0003_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="seededobject",
            options={
                "ordering": ["key"],
                "permissions": [
                    ("update_starter_course", "Can submit a new edition of the starter course for review")
                ],
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
