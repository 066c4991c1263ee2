from django.db import migrations
from django.utils.text import slugify

# The eight kecamatan of Kota Lubuk Linggau.
KECAMATAN = [
    "Lubuklinggau Barat I",
    "Lubuklinggau Barat II",
    "Lubuklinggau Selatan I",
    "Lubuklinggau Selatan II",
    "Lubuklinggau Timur I",
    "Lubuklinggau Timur II",
    "Lubuklinggau Utara I",
    "Lubuklinggau Utara II",
]


def add_kecamatan(apps, schema_editor):
    Kecamatan = apps.get_model("people", "Kecamatan")
    for name in KECAMATAN:
        Kecamatan.objects.get_or_create(slug=slugify(name), defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(add_kecamatan, migrations.RunPython.noop)]
