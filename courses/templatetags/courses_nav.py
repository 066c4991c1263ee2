from django import template

from courses.models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The live course catalogue's address for the header, or "" when there is none yet."""
    index = CourseIndexPage.objects.live().order_by("path").first()
    return (index.get_url(context.get("request")) or "") if index else ""
