from django.db import migrations

INTRO = (
    "<p><b>Sinergi</b> adalah ruang belajar daring DPPPAPM Kota Lubuk Linggau bagi guru, aparatur kecamatan "
    "dan kelurahan, serta staf dinas untuk mencegah kekerasan terhadap perempuan dan anak, tindak pidana "
    "perdagangan orang (TPPO), dan menangani anak yang berhadapan dengan hukum.</p>"
)


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    HomePage = apps.get_model("sinergi", "HomePage")
    Locale = apps.get_model("wagtailcore", "Locale")

    # Wagtail's first migration leaves a "Welcome" page; Sinergi's home page takes its place.
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    if HomePage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="sinergi")
    locale = Locale.objects.first()
    home = HomePage.objects.create(
        title="Sinergi",
        draft_title="Sinergi",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        intro=INTRO,
        body=[],
        live=True,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "site_name": "Sinergi"}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sinergi", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
