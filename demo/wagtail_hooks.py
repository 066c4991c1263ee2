"""Admin: the officers' page for taking the starter course's new edition."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import UPDATE_PERMISSION, UpdateStarterCourseView


class UpdateMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(UPDATE_PERMISSION)


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path(
            "kursus/edisi-baru-kursus-awal/",
            UpdateStarterCourseView.as_view(),
            name="demo_update_starter_course",
        )
    ]


@hooks.register("register_settings_menu_item")
def register_menu_item():
    return UpdateMenuItem(
        gettext_lazy("Starter course: new edition"),
        reverse("demo_update_starter_course"),
        icon_name="doc-full-inverse",
        order=900,
    )
