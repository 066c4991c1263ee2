"""Demo institutions and role accounts for `seed_demo`. Development only."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction

from .choices import InstitutionKind, Occupation, Role
from .models import ConsentRecord, Institution, Kecamatan, Profile
from .services import add_to_role, current_policy_version

DEMO_PASSWORD = "sinergi-demo-2025"  # noqa: S105 (printed by make run; development only)

# (name, kind, kecamatan, target headcount)
DEMO_INSTITUTIONS = [
    ("DPPPAPM Kota Lubuk Linggau", InstitutionKind.AGENCY, None, 40),
    ("Dinas Pendidikan Kota Lubuk Linggau", InstitutionKind.AGENCY, None, 25),
    ("Dinas Sosial Kota Lubuk Linggau", InstitutionKind.AGENCY, None, 20),
    ("SMP Negeri 1 Lubuklinggau", InstitutionKind.SCHOOL, "Lubuklinggau Timur I", 45),
    ("SMA Negeri 1 Lubuklinggau", InstitutionKind.SCHOOL, "Lubuklinggau Timur II", 50),
    ("SD Negeri 1 Lubuklinggau", InstitutionKind.SCHOOL, "Lubuklinggau Barat I", 25),
    ("SMK Negeri 1 Lubuklinggau", InstitutionKind.SCHOOL, "Lubuklinggau Selatan II", 45),
]

DEMO_TRAINER_EMAIL = "pelatih@sinergi.test"

DEMO_ACCOUNTS = [
    # (e-mail, full name, role, is_superuser)
    ("admin@sinergi.test", "Admin Sinergi", None, True),
    ("petugas@sinergi.test", "Rina Marlina, S.Sos.", Role.OFFICER, False),
    (DEMO_TRAINER_EMAIL, "Dedi Kurniawan, S.Pd.", Role.TRAINER, False),
    ("peserta@sinergi.test", "Siti Aminah, S.Pd.", Role.PARTICIPANT, False),
]


def seed_institutions() -> int:
    created = 0
    for kecamatan in Kecamatan.objects.all():
        _, new = Institution.objects.get_or_create(
            name=f"Kantor Camat {kecamatan.name}",
            kecamatan=kecamatan,
            defaults={"kind": InstitutionKind.KECAMATAN_OFFICE, "target_headcount": 15},
        )
        created += new
    for name, kind, kecamatan_name, target in DEMO_INSTITUTIONS:
        kecamatan = Kecamatan.objects.get(name=kecamatan_name) if kecamatan_name else None
        _, new = Institution.objects.get_or_create(
            name=name, kecamatan=kecamatan, defaults={"kind": kind, "target_headcount": target}
        )
        created += new
    return created


@transaction.atomic
def seed_accounts() -> list[tuple[str, str]]:
    """Create the demo logins if missing; existing accounts are left exactly as they are."""
    User = get_user_model()
    agency = Institution.objects.get(name="DPPPAPM Kota Lubuk Linggau")
    school = Institution.objects.get(name="SMP Negeri 1 Lubuklinggau")
    logins = []
    for email, full_name, role, is_superuser in DEMO_ACCOUNTS:
        logins.append((email, role.value if role else "superuser"))
        if User.objects.filter(email=email).exists():
            continue
        if is_superuser:
            user = User.objects.create_superuser(email=email, password=DEMO_PASSWORD)
        else:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD)
            add_to_role(user, role)
        first, _, last = full_name.partition(" ")
        user.first_name, user.last_name = first, last.split(",")[0]
        user.save(update_fields=["first_name", "last_name"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        institution = school if role == Role.PARTICIPANT else agency
        Profile.objects.create(
            user=user,
            full_name=full_name,
            occupation=Occupation.TEACHER if role == Role.PARTICIPANT else Occupation.AGENCY_STAFF,
            institution=institution,
            kecamatan=institution.kecamatan or Kecamatan.objects.get(name="Lubuklinggau Timur I"),
        )
        ConsentRecord.objects.create(user=user, policy_version=current_policy_version())
    return logins
