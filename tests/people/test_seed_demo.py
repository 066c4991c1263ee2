import pytest
from django.core.management import CommandError, call_command

from people.models import Institution, Kecamatan, Profile, User
from people.services import is_profile_complete

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_one_login_per_role_and_is_idempotent(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    first = capsys.readouterr().out
    call_command("seed_demo")
    assert User.objects.count() == 4
    assert Institution.objects.filter(kind="kecamatan").count() == Kecamatan.objects.count() == 8
    institutions = Institution.objects.count()
    call_command("seed_demo")
    assert Institution.objects.count() == institutions
    for email, group in [
        ("peserta@sinergi.test", "Peserta"),
        ("pelatih@sinergi.test", "Pelatih"),
        ("petugas@sinergi.test", "Petugas DPPPAPM"),
    ]:
        user = User.objects.get(email=email)
        assert user.groups.filter(name=group).exists()
        assert user.check_password("sinergi-demo-2025")
        assert is_profile_complete(user)
        assert email in first
    assert "sinergi-demo-2025" in first


def test_seed_demo_leaves_an_edited_account_alone(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    profile = Profile.objects.get(user__email="peserta@sinergi.test")
    profile.full_name = "Nama Yang Diubah Petugas"
    profile.save()
    call_command("seed_demo")
    profile.refresh_from_db()
    assert profile.full_name == "Nama Yang Diubah Petugas"


def test_seed_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()
