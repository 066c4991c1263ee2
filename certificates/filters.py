"""The officers' filters on the certificate list; the bulk ZIP uses the very same ones."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from people.models import Institution, Kecamatan

from .choices import CertificateStatus
from .models import Certificate


class CertificateFilterSet(WagtailFilterSet):
    subject = django_filters.ChoiceFilter(label=_("Course or workshop"), method="filter_subject")
    kecamatan = django_filters.ModelChoiceFilter(label=_("Kecamatan"), queryset=Kecamatan.objects.all())
    institution = django_filters.ModelChoiceFilter(
        label=_("Institution"), queryset=Institution.objects.filter(merged_into__isnull=True)
    )
    issued_at = django_filters.DateFromToRangeFilter(label=_("Issued"), widget=DateRangePickerWidget)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CertificateStatus.choices)
    late = django_filters.ChoiceFilter(
        label=_("Still being made after a few minutes"), choices=[("1", _("Yes"))], method="filter_late"
    )

    class Meta:
        model = Certificate
        fields = ["subject", "kecamatan", "institution", "issued_at", "status", "late"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        seen = {}
        rows = (
            Certificate.objects.order_by("subject_title")
            .values_list("subject_type_id", "subject_id", "subject_title")
            .distinct()
        )
        for type_id, object_id, title in rows:
            seen.setdefault(f"{type_id}:{object_id}", title)
        self.filters["subject"].extra["choices"] = sorted(seen.items(), key=lambda item: item[1].lower())

    def filter_subject(self, queryset, name, value):
        try:
            type_id, object_id = (int(part) for part in value.split(":"))
        except ValueError:
            return queryset.none()
        return queryset.filter(subject_type_id=type_id, subject_id=object_id)

    def filter_late(self, queryset, name, value):
        return queryset.late() if value else queryset
