from django import template

from cms.editorial.scheduled_approval import local_time, scheduled_go_live

register = template.Library()


@register.simple_tag
def scheduled_for(page, user):
    """When the page's approved revision goes live, in the user's time zone; "" when nothing is scheduled."""
    go_live_at = scheduled_go_live(page) if page else None
    return local_time(go_live_at, user) if go_live_at else ""
