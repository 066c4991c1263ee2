"""What the people app does: profiles, consent, roles and institution merges."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.log_actions import log

from sinergi.errors import AppError

from .choices import Role
from .models import ConsentRecord, Institution, Kecamatan, Profile


class PeopleError(AppError):
    pass


def current_policy_version() -> str:
    return settings.PRIVACY_POLICY_VERSION


def has_current_consent(user) -> bool:
    return ConsentRecord.objects.filter(user=user, policy_version=current_policy_version()).exists()


def is_profile_complete(user) -> bool:
    """A participant may enrol only with a printable name, an institution, a kecamatan and current consent."""
    if not user.is_authenticated:
        return False
    profile = (
        Profile.objects.filter(user=user)
        .only("full_name", "occupation", "institution_id", "kecamatan_id")
        .first()
    )
    return bool(
        profile
        and profile.full_name.strip()
        and profile.occupation
        and profile.institution_id
        and profile.kecamatan_id
        and has_current_consent(user)
    )


@transaction.atomic
def save_profile(
    *,
    user,
    full_name: str,
    occupation: str,
    kecamatan: Kecamatan,
    institution: Institution | None = None,
    new_institution_name: str = "",
    new_institution_kind: str = "",
    whatsapp: str = "",
    consent: bool = False,
) -> Profile:
    """Save profile, proposed institution and consent together or not at all."""
    if institution is None and not new_institution_name.strip():
        raise PeopleError("An institution is required.", code="institution_required")
    if not consent and not has_current_consent(user):
        raise PeopleError("Consent to the privacy policy is required.", code="consent_required")
    if institution is None:
        institution = propose_institution(
            name=new_institution_name, kind=new_institution_kind, kecamatan=kecamatan, proposed_by=user
        )
    profile, _ = Profile.objects.select_for_update().get_or_create(
        user=user,
        defaults={
            "full_name": full_name,
            "occupation": occupation,
            "institution": institution,
            "kecamatan": kecamatan,
        },
    )
    profile.full_name = " ".join(full_name.split())
    profile.occupation = occupation
    profile.institution = institution
    profile.kecamatan = kecamatan
    profile.whatsapp = whatsapp
    profile.save()
    if consent:
        ConsentRecord.objects.get_or_create(user=user, policy_version=current_policy_version())
    return profile


def propose_institution(*, name: str, kind: str, kecamatan: Kecamatan, proposed_by) -> Institution:
    """A participant names an institution that is not listed; an officer checks it later."""
    name = " ".join(name.split())
    existing = Institution.objects.listed().filter(name__iexact=name, kecamatan=kecamatan).first()
    if existing:
        return existing
    pending = Institution.objects.filter(
        name__iexact=name, kecamatan=kecamatan, is_verified=False, merged_into__isnull=True
    ).first()
    if pending:
        return pending
    return Institution.objects.create(
        name=name, kind=kind or "lainnya", kecamatan=kecamatan, is_verified=False, proposed_by=proposed_by
    )


@transaction.atomic
def merge_institution(*, source: Institution, target: Institution, by) -> int:
    """Move everyone from `source` to `target` and retire `source`. Returns how many profiles moved."""
    if source.pk == target.pk:
        raise PeopleError("An institution cannot be merged into itself.", code="same_institution")
    if target.merged_into_id is not None:
        raise PeopleError("The target institution was itself merged away.", code="target_merged")
    source = Institution.objects.select_for_update().get(pk=source.pk)
    if source.merged_into_id is not None:
        raise PeopleError("This institution was already merged.", code="already_merged")
    moved = Profile.objects.filter(institution=source).update(institution=target)
    source.merged_into = target
    source.is_verified = False
    source.save(update_fields=["merged_into", "is_verified"])
    log(
        instance=source, action="people.institution_merged", user=by, data={"into": target.pk, "moved": moved}
    )
    return moved


def add_to_role(user, role: Role) -> None:
    user.groups.add(Group.objects.get(name=role.value))
