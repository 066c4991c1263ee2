"""The officer's import in the admin: upload, preview (nothing saved), confirm (all or nothing) or cancel."""

import csv
import datetime
import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook
from wagtail.models import PageLogEntry

from people.models import Institution, Kecamatan, Profile, User
from tests.conftest import make_institution, make_profile, make_user
from workshops import list_import, services
from workshops.choices import RegistrationStatus
from workshops.models import Registration, WorkshopPage

from .conftest import make_workshop

pytestmark = pytest.mark.django_db

HEADER = "Nama;Email;WhatsApp;Pekerjaan;Instansi;Kecamatan"
SITI_LINE = (
    "Siti Aminah, S.Pd.;siti@contoh.id;0812-3456-7890;Guru;sd negeri 7 lubuklinggau;Lubuk Linggau Timur 2"
)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def stored_uploads() -> list[str]:
    try:
        return default_storage.listdir(list_import.UPLOAD_DIR)[1]
    except FileNotFoundError:
        return []


def upload(client, workshop, content: bytes, name: str = "peserta.csv"):
    return client.post(
        reverse("workshops_import", args=[workshop.pk]), {"file": SimpleUploadedFile(name, content)}
    )


def preview_url(response) -> str:
    assert response.status_code == 302, response.content[:2000]
    return response["Location"]


def token_of(url: str) -> str:
    return re.search(r"/impor/([^/]+)/$", url).group(1)


@pytest.fixture
def kecamatan():
    return Kecamatan.objects.get(name="Lubuklinggau Timur II")


@pytest.fixture
def school(kecamatan):
    return make_institution(name="SD Negeri 7 Lubuklinggau", kecamatan=kecamatan)


@pytest.fixture
def the_list(participant, other_participant, workshop, school) -> bytes:
    """Siti is new; the participant exists (e-mail in capitals); Budi is already registered; one bad row."""
    services.register(workshop=workshop, user=other_participant)
    lines = [
        HEADER,
        SITI_LINE,
        f"Peserta Lama;{participant.email.upper()};;Guru;SD Negeri 1;Timur II",
        f"Budi Santoso;{other_participant.email};;;;",
        "Dodi;bukan-email;;;;Jakarta",
        "",
        "Rahmat Hidayat;rahmat@contoh.id;;Staf Dinas;Dinas Pendidikan;Utara 1",
    ]
    return "\r\n".join(lines).encode()


def counts():
    return (
        User.objects.count(),
        Profile.objects.count(),
        Registration.objects.count(),
        Institution.objects.count(),
    )


# --- Preview ----------------------------------------------------------------------------------------------


def test_preview_shows_each_rows_outcome_and_saves_nothing(client, officer, workshop, the_list):
    client.force_login(officer)
    before = counts()

    response = client.get(preview_url(upload(client, workshop, the_list)))

    assert response.status_code == 200
    preview = response.context["preview"]
    assert [(row.number, outcome) for row, outcome in preview.rows] == [
        (2, "new"),
        (3, "existing"),
        (4, "already"),
        (5, "error"),
        (7, "new"),
    ]
    html = response.content.decode()
    assert "siti@contoh.id" in html and "bukan-email" in html
    assert counts() == before
    assert len(mail.outbox) == 0
    assert len(stored_uploads()) == 1


def test_a_renamed_executable_is_refused_at_upload_and_not_stored(client, officer, workshop):
    client.force_login(officer)

    response = upload(client, workshop, b"MZ\x90\x00" + b"\x00" * 300, "peserta.xlsx")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert stored_uploads() == []


def test_wrong_columns_are_refused_at_upload_with_the_expected_columns(client, officer, workshop):
    client.force_login(officer)

    response = upload(client, workshop, b"No;Sekolah\r\n1;SD 1\r\n")

    [message] = response.context["form"].errors["file"]
    assert "Nama" in message and "Email" in message
    assert stored_uploads() == []


def test_the_rows_with_errors_download_as_csv_with_formulas_escaped(client, officer, workshop):
    client.force_login(officer)
    content = "\r\n".join([HEADER, '=HYPERLINK("http://x");x;;;;', "Siti Aminah;siti@contoh.id;;;;"]).encode()
    url = preview_url(upload(client, workshop, content))

    response = client.get(url + "bermasalah.csv")

    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 2  # header and the one bad row
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    assert rows[1][6] == "2"
    assert "E-mail" in rows[1][7]


# --- Confirm ----------------------------------------------------------------------------------------------


def test_confirm_saves_every_valid_row_and_invites_the_new_accounts(
    client,
    officer,
    workshop,
    participant,
    other_participant,
    school,
    kecamatan,
    django_capture_on_commit_callbacks,
):
    client.force_login(officer)
    services.register(workshop=workshop, user=other_participant)
    content = "\r\n".join(
        [
            HEADER,
            SITI_LINE,
            f"Peserta Lama;{participant.email.upper()};;Guru;;",
            f"Budi Santoso;{other_participant.email};;;;",
            "Dodi;bukan-email;;;;",
            "Rahmat Hidayat;rahmat@contoh.id;;Staf Dinas;Dinas Pendidikan Kota;Utara 1",
        ]
    ).encode()
    url = preview_url(upload(client, workshop, content))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "simpan/")

    assert response.status_code == 200
    result = response.context["result"]
    assert (result.created, result.registered, result.already, result.errors) == (2, 3, 1, 1)

    siti = User.objects.get(email="siti@contoh.id")
    assert not siti.has_usable_password()
    assert siti.groups.filter(name="Peserta").exists()
    profile = siti.profile
    assert (profile.full_name, profile.whatsapp, profile.occupation) == (
        "Siti Aminah, S.Pd.",
        "+6281234567890",
        "guru",
    )
    assert (profile.institution, profile.kecamatan) == (school, kecamatan)
    assert not EmailAddress.objects.get(user=siti).verified

    # An institution that is not listed is proposed for an officer to check, in the row's kecamatan.
    rahmat = User.objects.get(email="rahmat@contoh.id").profile
    assert rahmat.institution.name == "Dinas Pendidikan Kota"
    assert (rahmat.institution.is_verified, rahmat.institution.kind) == (False, "dinas")
    assert rahmat.kecamatan.name == "Lubuklinggau Utara I"

    registered = set(
        Registration.objects.filter(workshop=workshop, status=RegistrationStatus.REGISTERED).values_list(
            "user__email", flat=True
        )
    )
    assert registered == {"siti@contoh.id", "rahmat@contoh.id", participant.email, other_participant.email}
    assert Registration.objects.get(workshop=workshop, user=participant).registered_by == officer
    # The existing participant's own profile is not overwritten by the officer's list.
    assert participant.profile.full_name == "Siti Aminah, S.Pd."
    assert not User.objects.filter(email="bukan-email").exists()

    assert sorted(message.to[0] for message in mail.outbox) == ["rahmat@contoh.id", "siti@contoh.id"]
    assert stored_uploads() == []
    # The page's history says who imported which file and what came of it.
    entry = PageLogEntry.objects.get(page=workshop, action="workshops.participants_imported")
    assert entry.user == officer
    assert (entry.data["file"], entry.data["created"], entry.data["registered"]) == ("peserta.csv", 2, 3)


def test_the_invitation_link_sets_a_password_and_the_participant_can_log_in(
    client, officer, workshop, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    url = preview_url(upload(client, workshop, f"{HEADER}\r\nSiti Aminah;siti@contoh.id;;;;\r\n".encode()))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url + "simpan/")
    client.logout()
    [invitation] = mail.outbox
    assert workshop.title in invitation.subject
    assert "Buat kata sandi" in invitation.body and "Siti Aminah" in invitation.body
    link = re.search(r"https?://\S+/password/reset/key/\S+", invitation.body).group(0)

    set_password_page = client.get(link, follow=True)
    assert set_password_page.status_code == 200
    response = client.post(
        set_password_page.redirect_chain[-1][0],
        {"password1": "Kata-sandi-baru-2025", "password2": "Kata-sandi-baru-2025"},
    )
    assert response.status_code == 302

    logged_in = client.post(
        reverse("account_login"), {"login": "siti@contoh.id", "password": "Kata-sandi-baru-2025"}
    )
    assert logged_in.status_code == 302
    assert int(client.session["_auth_user_id"]) == User.objects.get(email="siti@contoh.id").pk
    # The link worked once: it does not set the password a second time.
    assert client.get(link, follow=True).context.get("token_fail")


def test_a_failure_mid_way_saves_nothing_and_keeps_the_upload(
    client, officer, workshop, the_list, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(officer)
    url = preview_url(upload(client, workshop, the_list))
    before = counts()
    real_register, calls = services.register, []

    def failing_register(**kwargs):
        calls.append(kwargs["user"])
        if len(calls) == 2:
            raise services.WorkshopError("Database hiccup", code="boom")
        return real_register(**kwargs)

    monkeypatch.setattr(services, "register", failing_register)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "simpan/", follow=True)

    assert len(calls) == 2
    assert response.redirect_chain[-1][0] == url
    assert "Database hiccup" in response.content.decode()
    assert counts() == before
    assert not User.objects.filter(email="siti@contoh.id").exists()
    assert len(mail.outbox) == 0
    assert len(stored_uploads()) == 1


def test_cancel_removes_the_upload_and_saves_nothing(client, officer, workshop, the_list):
    client.force_login(officer)
    url = preview_url(upload(client, workshop, the_list))
    before = counts()

    response = client.post(url + "batal/")

    assert response.status_code == 302
    assert counts() == before
    assert stored_uploads() == []
    # Confirming afterwards finds nothing to import.
    client.post(url + "simpan/")
    assert counts() == before


def test_confirm_needs_a_post(client, officer, workshop, the_list):
    client.force_login(officer)
    url = preview_url(upload(client, workshop, the_list))

    assert client.get(url + "simpan/").status_code == 405
    assert not User.objects.filter(email="siti@contoh.id").exists()


def test_more_rows_than_free_seats_go_to_the_waiting_list(
    client, officer, django_capture_on_commit_callbacks
):
    workshop = make_workshop(capacity=2)
    client.force_login(officer)
    content = "\r\n".join([HEADER] + [f"Peserta Nomor {i};p{i}@contoh.id;;;;" for i in range(3)]).encode()
    url = preview_url(upload(client, workshop, content))

    preview = client.get(url).context["preview"]
    assert (preview.seats_free, preview.waitlisted) == (2, 1)
    with django_capture_on_commit_callbacks(execute=True):
        result = client.post(url + "simpan/").context["result"]

    assert (result.registered, result.waitlisted) == (2, 1)
    assert Registration.objects.get(user__email="p2@contoh.id").status == RegistrationStatus.WAITLISTED


def test_an_xlsx_list_imports_the_same_way(client, officer, workshop, django_capture_on_commit_callbacks):
    workbook = Workbook()
    workbook.active.append(["Name", "Email", "WhatsApp", "Occupation", "Institution", "Kecamatan"])
    workbook.active.append(["Ani Lestari", "ani@contoh.id", 81234567890, "Teacher", "", "Selatan II"])
    output = io.BytesIO()
    workbook.save(output)
    client.force_login(officer)

    url = preview_url(upload(client, workshop, output.getvalue(), "peserta.xlsx"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url + "simpan/")

    profile = User.objects.get(email="ani@contoh.id").profile
    assert (profile.whatsapp, profile.kecamatan.name) == ("+6281234567890", "Lubuklinggau Selatan II")


# --- Who may import --------------------------------------------------------------------------------------


def test_a_trainer_who_may_edit_the_workshop_may_import(client, trainer, workshop, the_list):
    WorkshopPage.objects.filter(pk=workshop.pk).update(owner=trainer)
    client.force_login(trainer)

    assert client.get(reverse("workshops_import", args=[workshop.pk])).status_code == 200
    assert client.get(preview_url(upload(client, workshop, the_list))).status_code == 200


def test_a_trainer_cannot_import_into_another_trainers_workshop(client, trainer, workshop, the_list):
    client.force_login(trainer)

    response = client.get(reverse("workshops_import", args=[workshop.pk]))

    assert response.status_code in {302, 403}
    assert upload(client, workshop, the_list).status_code in {302, 403}
    assert stored_uploads() == []


def test_participants_cannot_reach_the_import(client, participant, workshop, the_list):
    client.force_login(participant)

    response = client.get(reverse("workshops_import", args=[workshop.pk]))
    assert response.status_code in {302, 403}
    assert upload(client, workshop, the_list).status_code in {302, 403}
    assert stored_uploads() == []


def test_an_admin_user_without_the_right_to_take_attendance_cannot_import(client, workshop):
    editor = make_user(role=None)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    make_profile(editor)
    client.force_login(editor)

    response = client.get(reverse("workshops_import", args=[workshop.pk]))

    # Wagtail turns the refusal into a redirect to the dashboard with "no permission".
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


def test_an_upload_belongs_to_the_officer_who_made_it(client, officer, workshop, the_list):
    client.force_login(officer)
    url = preview_url(upload(client, workshop, the_list))
    colleague = make_user(role=None)
    colleague.groups.set(officer.groups.all())
    client.force_login(colleague)

    response = client.post(url + "simpan/")

    assert response.status_code == 302
    assert not User.objects.filter(email="siti@contoh.id").exists()
    assert len(stored_uploads()) == 1


def test_a_forged_token_is_refused(client, officer, workshop):
    client.force_login(officer)

    response = client.get(reverse("workshops_import_preview", args=[workshop.pk, "forged:token"]))

    assert response.status_code == 302
    assert response["Location"] == reverse("workshops_import", args=[workshop.pk])


def test_an_upload_for_one_workshop_cannot_be_confirmed_on_another(client, officer, workshop, the_list):
    other = make_workshop()
    client.force_login(officer)
    token = token_of(preview_url(upload(client, workshop, the_list)))

    client.post(reverse("workshops_import_confirm", args=[other.pk, token]))

    assert not Registration.objects.filter(workshop=other).exists()


def test_the_workshop_page_offers_the_import_to_those_who_may_use_it(client, officer, participant, workshop):
    client.force_login(officer)
    import_url = reverse("workshops_import", args=[workshop.pk])

    assert import_url in client.get(reverse("wagtailadmin_pages:edit", args=[workshop.pk])).content.decode()
    assert (
        import_url
        in client.get(reverse("wagtailadmin_explore", args=[workshop.get_parent().pk])).content.decode()
    )


def test_uploads_abandoned_for_a_day_are_removed():
    name = default_storage.save(f"{list_import.UPLOAD_DIR}/abandoned.csv", ContentFile(b"Nama;Email\r\n"))

    assert list_import.purge_stale_uploads(now=timezone.now()) == 0
    assert list_import.purge_stale_uploads(now=timezone.now() + datetime.timedelta(days=2)) == 1
    assert not default_storage.exists(name)


def test_the_example_file_imports_without_errors(client, officer, workshop):
    client.force_login(officer)
    response = client.get(reverse("workshops_import_template", args=[workshop.pk]))
    example = b"".join(response.streaming_content)

    preview = client.get(preview_url(upload(client, workshop, example))).context["preview"]

    assert [outcome for _row, outcome in preview.rows] == ["new"]


def test_a_list_too_long_to_confirm_in_one_go_is_previewed_but_not_imported(
    client, officer, workshop, monkeypatch
):
    monkeypatch.setattr(list_import, "MAX_CONFIRM_ROWS", 2)
    client.force_login(officer)
    content = "\r\n".join([HEADER] + [f"Peserta Nomor {i};p{i}@contoh.id;;;;" for i in range(3)]).encode()
    url = preview_url(upload(client, workshop, content))

    preview = client.get(url)
    assert preview.context["preview"].too_many
    assert (url + "simpan/") not in preview.content.decode()
    response = client.post(url + "simpan/", follow=True)

    assert "Paling banyak 2 peserta" in response.content.decode()
    assert not User.objects.filter(email="p0@contoh.id").exists()


def test_an_address_added_to_an_account_finds_that_account(
    client, officer, workshop, participant, django_capture_on_commit_callbacks
):
    EmailAddress.objects.create(user=participant, email="kedua@contoh.id", verified=True, primary=False)
    client.force_login(officer)
    url = preview_url(upload(client, workshop, f"{HEADER}\r\nNama Lain;Kedua@Contoh.id;;;;\r\n".encode()))

    assert [outcome for _row, outcome in client.get(url).context["preview"].rows] == ["existing"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url + "simpan/")

    assert Registration.objects.filter(workshop=workshop, user=participant).exists()
    assert not User.objects.filter(email="kedua@contoh.id").exists()
    assert len(mail.outbox) == 0
