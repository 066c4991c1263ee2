from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .services import is_profile_complete


def profile_required(view):
    """For views that enrol or register: log in first, then complete the profile, then come back."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_profile_complete(request.user):
            messages.info(request, _("Please complete your profile first. It takes one minute."))
            return redirect(f"{reverse('people:profile')}?{urlencode({'next': request.get_full_path()})}")
        return view(request, *args, **kwargs)

    return wrapper
