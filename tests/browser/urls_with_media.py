"""The site's URLs plus Wagtail's images from the media folder, as development serves them (sinergi/urls.py
does only with DEBUG): the offline journeys store and show a lesson's pictures."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from sinergi.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        r"^media/(?P<path>(?:original_images|images)/[^/]+)$", serve, {"document_root": settings.MEDIA_ROOT}
    ),
    *site_urlpatterns,
]
