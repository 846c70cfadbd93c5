from django import template

from cms.editorial.translation_review import review_actions

register = template.Library()


@register.inclusion_tag("cms/translation/review_bar.html", takes_context=True)
def translation_review_bar(context, page):
    """wagtail-localize's translation editor's review bar: submit for review, or review."""
    return {**review_actions(page.specific, context["request"].user), "csrf_token": context["csrf_token"]}
