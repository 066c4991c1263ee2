"""How the admin shows values Wagtail would print raw: True/False/None become "Ya", "Tidak" and a dash.

Wagtail's `BooleanColumn` draws a tick or a cross titled "True"/"False" (English, read out by screen
readers), and its inspect views print a boolean or an empty date as `True` or `None`. `YesNoColumn` and the
display classes registered in `SinergiConfig.ready` say it in words, through gettext.
"""

from django.db import models
from django.template import Context
from django.template.base import render_value_in_context
from django.utils.translation import gettext
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.fields import register_display_class
from wagtail.admin.ui.tables import BooleanColumn

EMPTY = "—"


def yes_no(value) -> str:
    if value is None:
        return EMPTY
    return gettext("Yes") if value else gettext("No")


class YesNoColumn(BooleanColumn):
    """Wagtail's tick/cross column with "Ya"/"Tidak" beside the icon instead of an English title."""

    cell_template_name = "sinergi/admin/yes_no_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["text"] = yes_no(context["value"])
        return context


class YesNoDisplay(Component):
    def __init__(self, value):
        self.value = value

    def render_html(self, parent_context=None):
        return yes_no(self.value)


class OptionalDisplay(Component):
    """A date or a related object that may be unset: a dash rather than "None"; otherwise as Wagtail shows it
    (localised, in the current time zone)."""

    def __init__(self, value):
        self.value = value

    def render_html(self, parent_context=None):
        if self.value is None:
            return EMPTY
        context = parent_context if isinstance(parent_context, Context) else Context(parent_context or {})
        return render_value_in_context(self.value, context)


def register_displays():
    register_display_class(models.BooleanField, display_class=YesNoDisplay)
    for field_class in (models.DateTimeField, models.DateField, models.ForeignKey):
        register_display_class(field_class, display_class=OptionalDisplay)
