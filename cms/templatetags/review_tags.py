from django import template

from ..review_compare import previous_submission_id

register = template.Library()


@register.simple_tag
def previous_submission(obj, revision):
    """{% previous_submission object revision as revision_id %}: see cms.review_compare."""
    return previous_submission_id(obj, revision)
