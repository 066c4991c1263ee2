from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("akun/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    # The installable app: the service worker must live at the root to control every page.
    path("sw.js", views.service_worker, name="service_worker"),
    path("manifest.webmanifest", views.manifest, name="web_manifest"),
    path("luring/", views.offline, name="offline"),
    path("", include("people.urls")),
    path("", include("h5p.urls")),
    path("", include("quizzes.urls")),
    path("", include("courses.urls")),
    path("", include("workshops.urls")),
    path("", include("certificates.urls")),
]

if settings.DEBUG:
    # Development only, and only Wagtail's images (originals and renditions). Documents, certificates and H5P
    # files have their own views (permissions, attachment, CSP); nothing else in the media folder is served.
    media = settings.MEDIA_URL.strip("/")
    urlpatterns += [
        re_path(
            rf"^{media}/(?P<path>(?:original_images|images)/[^/]+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Wagtail's page tree serves everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]
