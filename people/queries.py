"""The read side of people: what Sinergi holds about one person, for their own copy (UU 27/2022)."""

from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from django.utils import timezone

from .models import AccountDeletionRequest, ConsentRecord, Profile, User
from .signals import personal_data_requested

EXPORT_FORMAT = "sinergi-personal-data/1"


def personal_data(user) -> dict:
    """Everything about `user`, as JSON-ready values: this app's sections, then each higher app's answer
    to `personal_data_requested`. Only ever rows of this one user."""
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": timezone.now(),
        "account": _account(user),
        "profile": _profile(user),
        "consents": [
            {"policy_version": row.policy_version, "given_at": row.given_at}
            for row in ConsentRecord.objects.filter(user=user).order_by("given_at")
        ],
        "deletion_requests": [
            {
                "status": row.status,
                "requested_at": row.requested_at,
                "due_at": row.due_at,
                "done_at": row.done_at,
            }
            for row in AccountDeletionRequest.objects.filter(user=user).order_by("requested_at")
        ],
    }
    for _receiver, answer in personal_data_requested.send(sender=User, user=user):
        if answer:
            name, section = answer
            data[name] = section
    return data


def _account(user) -> dict:
    return {
        "email": user.email,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": row.email, "verified": row.verified, "primary": row.primary}
            for row in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "linked_accounts": [
            {"provider": row.provider, "linked_at": row.date_joined, "last_login": row.last_login}
            for row in SocialAccount.objects.filter(user=user).order_by("pk")
        ],
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }


def _profile(user) -> dict | None:
    profile = Profile.objects.filter(user=user).select_related("institution", "kecamatan").first()
    if profile is None:
        return None
    return {
        "full_name": profile.full_name,
        "whatsapp": profile.whatsapp,
        "occupation": profile.get_occupation_display(),
        "institution": profile.institution.name if profile.institution else None,
        "kecamatan": profile.kecamatan.name if profile.kecamatan else None,
        "updated_at": profile.updated_at,
    }
