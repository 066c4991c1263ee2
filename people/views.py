from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from sinergi.models import HelpSettings

from .forms import DeleteAccountForm, ProfileForm
from .models import Profile
from .queries import personal_data
from .services import (
    PeopleError,
    cancel_account_deletion,
    has_current_consent,
    pending_deletion,
    request_account_deletion,
    save_profile,
)


def _safe_next(request) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return None


def _onward() -> str:
    """After saving with nowhere given to return to: on to learning (the courses app decides where), or
    back to the profile on a site without it."""
    try:
        return reverse("courses:onward")
    except NoReverseMatch:
        return reverse("people:profile")


@login_required
def profile(request):
    instance = Profile.objects.filter(user=request.user).select_related("institution").first()
    consent_given = has_current_consent(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, consent_given=consent_given)
        if form.is_valid():
            data = form.cleaned_data
            save_profile(
                user=request.user,
                full_name=data["full_name"],
                occupation=data["occupation"],
                kecamatan=data["kecamatan"],
                institution=data["institution"],
                new_institution_name=data["new_institution_name"],
                new_institution_kind=data["new_institution_kind"],
                whatsapp=data["whatsapp"],
                consent=data.get("consent", False),
            )
            messages.success(request, _("Your profile has been saved."))
            return redirect(_safe_next(request) or _onward())
        messages.error(request, _("Some answers need fixing. Nothing has been saved yet."))
    else:
        initial = {}
        if instance:
            listed = instance.institution is not None and instance.institution.is_verified
            initial = {
                "full_name": instance.full_name,
                "whatsapp": instance.whatsapp,
                "occupation": instance.occupation,
                "kecamatan": instance.kecamatan_id,
                "institution": instance.institution_id if listed else None,
                "new_institution_name": ""
                if listed or not instance.institution
                else instance.institution.name,
            }
        form = ProfileForm(initial=initial, consent_given=consent_given)
    return render(
        request,
        "people/profile.html",
        {
            "form": form,
            "profile": instance,
            "next": _safe_next(request),
            "consent_given": consent_given,
            "deletion": pending_deletion(request.user),
        },
    )


def privacy(request):
    return render(
        request,
        "people/privacy.html",
        {
            "policy_version": settings.PRIVACY_POLICY_VERSION,
            "deletion_days": settings.ACCOUNT_DELETION_DAYS,
            "help": HelpSettings.for_request(request),
            "profile_url": reverse("people:profile"),
            "export_url": reverse("people:export_data"),
            "delete_url": reverse("people:delete_account"),
        },
    )


@require_GET
@never_cache
@login_required
def export_data(request):
    """The participant's own copy of everything Sinergi holds about them, as a JSON download."""
    filename = f"sinergi-data-saya-{timezone.localdate():%Y-%m-%d}.json"
    response = JsonResponse(
        personal_data(request.user), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def delete_account(request):
    pending = pending_deletion(request.user)
    form = DeleteAccountForm(request.POST or None, request=request)
    if request.method == "POST" and pending is None and form.is_valid():
        try:
            request_account_deletion(user=request.user)
        except PeopleError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Your request has been received. You can cancel it until it is carried out.")
            )
        return redirect("people:delete_account")
    return render(
        request,
        "people/delete_account.html",
        {"form": form, "deletion": pending, "deletion_days": settings.ACCOUNT_DELETION_DAYS},
    )


@require_POST
@login_required
def cancel_deletion(request):
    try:
        cancel_account_deletion(user=request.user)
    except PeopleError:
        messages.info(request, _("There is no deletion request waiting."))
    else:
        messages.success(request, _("Your request to delete the account has been cancelled."))
    return redirect("people:profile")
