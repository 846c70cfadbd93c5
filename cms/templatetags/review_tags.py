from django import template

from cms.editorial.review_compare import previous_submission_id

register = template.Library()


@register.simple_tag
def previous_submission(obj, revision):
    """{% previous_submission object revision as revision_id %}: see cms.editorial.review_compare."""
    return previous_submission_id(obj, revision)
