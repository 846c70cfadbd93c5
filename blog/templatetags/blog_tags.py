from django import template

from cms.pages.sections import site_sections

register = template.Library()


@register.inclusion_tag("components/recent_articles.html", takes_context=True)
def recent_articles(context):
    """The page's "Recent Articles" sidebar, with a link to the site's blog."""
    request = context.get("request")
    return {
        "request": request,
        "articles": list(context["page"].recent_articles()),
        "blog_index": site_sections(request).get("blog"),
    }
