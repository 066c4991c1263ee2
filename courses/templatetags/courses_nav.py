from django import template

from courses.queries import catalogue_url as live_catalogue_url

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context) -> str:
    """The live course catalogue's address for the header, or "" when there is none yet."""
    return live_catalogue_url(context.get("request"))
