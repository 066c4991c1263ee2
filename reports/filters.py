"""The filters every reports view shares. Their state lives in the querystring, so a view can be bookmarked
or sent to a colleague; the dashboard, the tables and their exports read the very same one."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.snippets.widgets import AdminSnippetChooser

from courses.models import CoursePage
from people.choices import Occupation
from people.models import Institution, Kecamatan, Profile

from .queries import Scope


class ReportFilterSet(WagtailFilterSet):
    period = django_filters.DateFromToRangeFilter(
        label=_("Period"), widget=DateRangePickerWidget, method="keep"
    )
    course = django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=CoursePage.objects.none(), method="keep"
    )
    kecamatan = django_filters.ModelChoiceFilter(label=_("Kecamatan"), queryset=Kecamatan.objects.all())
    occupation = django_filters.ChoiceFilter(label=_("Occupation"), choices=Occupation.choices)
    # Picked with Wagtail's snippet chooser (searchable, paginated): a select of every school in the province
    # made each report page 170 KB and 0.1 s longer at 100,000 participants.
    institution = django_filters.ModelChoiceFilter(
        label=_("Institution"),
        queryset=Institution.objects.filter(merged_into__isnull=True),
        widget=AdminSnippetChooser(Institution),
    )

    class Meta:
        model = Profile
        fields = ["period", "course", "kecamatan", "occupation", "institution"]

    def __init__(self, *args, allowed_course_ids=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_course_ids = allowed_course_ids
        courses = CoursePage.objects.order_by("title")
        if allowed_course_ids is not None:
            courses = courses.filter(pk__in=allowed_course_ids)
        self.filters["course"].queryset = courses
        user = getattr(self.request, "user", None)
        if user is None or not user.has_perm("people.view_institution"):
            # The snippet chooser is for those who may see the institutions' admin (officers); a trainer
            # picks from a plain list.
            self.filters["institution"].extra["widget"] = forms.Select

    def keep(self, queryset, name, value):
        """The period and the course are applied by `scope()` to each figure, not to the profiles."""
        return queryset

    def scope(self) -> Scope:
        """The filters as a Scope; an invalid value (a course the viewer may not see) is left out."""
        self.form.is_valid()  # cleaned_data then holds the valid fields only (none when unbound)
        data = getattr(self.form, "cleaned_data", {})
        period = data.get("period")
        course = data.get("course")
        kecamatan = data.get("kecamatan")
        institution = data.get("institution")
        return Scope(
            date_from=period.start.date() if period and period.start else None,
            date_to=period.stop.date() if period and period.stop else None,
            course_ids=(course.pk,) if course else None,
            allowed_course_ids=self.allowed_course_ids,
            kecamatan_id=kecamatan.pk if kecamatan else None,
            occupation=data.get("occupation") or None,
            institution_id=institution.pk if institution else None,
        )
