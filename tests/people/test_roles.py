"""What each role can and cannot reach in the admin: real Django/Wagtail permissions, per group."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site
from wagtail.permissions import policy_registry

from people.choices import Role
from sinergi.models import HomePage

pytestmark = pytest.mark.django_db

image_policy = policy_registry.get_by_type(get_image_model())
document_policy = policy_registry.get_by_type(get_document_model())
INSTITUTIONS = "/admin/snippets/people/institution/"
PROFILES = "/admin/snippets/people/profile/"


def help_settings_url():
    return f"/admin/settings/sinergi/helpsettings/{Site.objects.get(is_default_site=True).pk}/"


def test_the_three_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {r.value for r in Role}


def reach(client, user, url):
    client.force_login(user)
    response = client.get(url)
    if response.status_code == 302 and reverse("wagtailadmin_login") in response.url:
        return "login"
    if response.status_code == 302 and response.url.rstrip("/") == "/admin":
        return "denied"
    return response.status_code


def test_participant_cannot_enter_the_admin(client, participant):
    assert reach(client, participant, "/admin/") == "login"
    assert reach(client, participant, INSTITUTIONS) == "login"


def test_trainer_enters_the_admin_but_cannot_publish_or_manage_people(client, trainer, officer):
    assert reach(client, trainer, "/admin/") == 200
    assert reach(client, trainer, INSTITUTIONS) in {"denied", 403}
    assert reach(client, trainer, PROFILES) in {"denied", 403}
    assert reach(client, trainer, help_settings_url()) in {"denied", 403}
    assert reach(client, trainer, "/admin/users/") in {"denied", 403}
    home = HomePage.objects.get()
    assert not home.permissions_for_user(trainer).can_publish()
    assert image_policy.user_has_permission(trainer, "add")
    assert document_policy.user_has_permission(trainer, "add")
    officers_photo = Image.objects.create(
        title="Foto lokakarya", file=get_test_image_file(), uploaded_by_user=officer
    )
    assert not image_policy.user_has_permission_for_instance(trainer, "delete", officers_photo)


def test_officer_manages_institutions_hotlines_and_publishes(client, officer):
    assert reach(client, officer, "/admin/") == 200
    assert reach(client, officer, INSTITUTIONS) == 200
    assert reach(client, officer, PROFILES) == 200
    assert reach(client, officer, help_settings_url()) == 200
    assert reach(client, officer, "/admin/users/") in {"denied", 403}
    home = HomePage.objects.get()
    assert home.permissions_for_user(officer).can_publish()
    assert home.permissions_for_user(officer).can_edit()
    assert image_policy.user_has_permission(officer, "delete")


def test_officer_edits_a_hotline_and_every_page_shows_it(client, officer):
    client.force_login(officer)
    response = client.post(
        help_settings_url(),
        {
            "sapa_phone": "129",
            "sapa_whatsapp": "08111-129-129",
            "uptd_name": "UPTD PPA Kota Lubuklinggau",
            "uptd_phone": "0733-123456",
            "uptd_address": "",
            "police_phone": "110",
            "extra_note": "Senin–Jumat 08.00–16.00",
        },
    )
    assert response.status_code == 302
    client.logout()
    html = client.get("/").content.decode()
    assert 'href="tel:0733-123456"' in html
    assert "Senin–Jumat 08.00–16.00" in html
    assert "https://wa.me/628111129129" in html


def test_permissions_come_from_the_user_and_their_groups_in_one_query(
    officer, participant, django_assert_num_queries
):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    direct = Permission.objects.get(codename="enrol_participants")
    participant.user_permissions.add(direct)
    participant = get_user_model().objects.get(pk=participant.pk)
    with django_assert_num_queries(1):
        assert participant.has_perm("courses.enrol_participants")
        assert not participant.has_perm("wagtailadmin.access_admin")
    officer = get_user_model().objects.get(pk=officer.pk)
    assert officer.has_perm("wagtailadmin.access_admin")  # through the officers' group
    assert officer.get_all_permissions() == officer.get_user_permissions() | officer.get_group_permissions()
