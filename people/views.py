from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .models import Profile
from .services import has_current_consent, save_profile


def _safe_next(request) -> str | None:
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return None


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
            return redirect(_safe_next(request) or "people:profile")
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
        {"form": form, "profile": instance, "next": _safe_next(request), "consent_given": consent_given},
    )


def privacy(request):
    return render(request, "people/privacy.html", {"policy_version": settings.PRIVACY_POLICY_VERSION})
