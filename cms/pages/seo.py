"""What search engines and feed readers learn about a page beyond its HTML.

Publication times are worked out once here, so the ``article:*`` meta tags, the JSON-LD and
the blog feeds never disagree. The JSON-LD (schema.org) is built from the same live, public
querysets readers see, so a draft or private page never shows up in another page's data.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from blog.models import BlogPage
from cms.api.fields import IMAGE_RENDITIONS
from glossary.models import GlossaryIndexPage, GlossaryPage

SCHEMA_ORG = "https://schema.org"
HOME_LABEL = "Home"
# The rendition base.html shares as og:image, so the JSON-LD image is the same file.
SHARE_IMAGE_SPEC = IMAGE_RENDITIONS["social"]
ARTICLE_TYPES = (GlossaryPage, BlogPage)
# json.dumps leaves "</script>" and "<!--" intact; as \u escapes they cannot end the script element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def published_at(page):
    """When readers are told the page appeared.

    An article carries the editor's post date, which may be backdated; the time of day it first
    went live keeps articles of the same day in order. Other pages appeared when first published.
    """
    first = page.first_published_at
    if not isinstance(page, BlogPage):
        return first
    time_of_day = timezone.localtime(first).timetz() if first else datetime.time(tzinfo=timezone.get_current_timezone())
    return datetime.datetime.combine(page.date, time_of_day)


def modified_at(page):
    """The last publication, never earlier than the announced publication (a post date may lie ahead)."""
    published = published_at(page)
    if published is None or page.last_published_at is None:
        return published
    return max(published, page.last_published_at)


def article_dates(page):
    """ISO 8601 publication and modification times of an entry or article; None for other pages and new drafts."""
    published = published_at(page)
    if not isinstance(page, ARTICLE_TYPES) or published is None:
        return None
    return {"published": published.isoformat(), "modified": modified_at(page).isoformat()}


def compact(node):
    """A node without its empty properties: schema.org readers take a missing value better than a blank one."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}


def share_image_url(page, request):
    image = page.get_share_image()
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)


def breadcrumb_list(trail, request):
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": HOME_LABEL if position == 1 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def defined_term(page, request, trail):
    glossary = trail[-2]
    return compact(
        {
            "@type": "DefinedTerm",
            "name": page.title,
            "description": page.summary,
            "url": page.get_full_url(request),
            "alternateName": page.alias_names,
            "inDefinedTermSet": {
                "@type": "DefinedTermSet",
                "name": glossary.title,
                "url": glossary.get_full_url(request),
            },
        }
    )


def defined_term_set(page, request, trail):
    terms = [
        {"@type": "DefinedTerm", "name": term.title, "url": term.get_full_url(request)} for term in page.terms_on_page
    ]
    return compact(
        {
            "@type": "DefinedTermSet",
            "name": page.title,
            "description": page.get_meta_description(),
            "url": page.get_full_url(request),
            "hasDefinedTerm": terms,
        }
    )


def blog_posting(page, request, trail):
    url = page.get_full_url(request)
    dates = article_dates(page) or {}
    return compact(
        {
            "@type": "BlogPosting",
            "headline": page.title,
            "description": page.intro,
            "datePublished": dates.get("published"),
            "dateModified": dates.get("modified"),
            "author": [
                compact({"@type": "Person", "name": author.name, "jobTitle": author.role})
                for author in page.author_list()
            ],
            "image": share_image_url(page, request),
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        }
    )


NODE_BUILDERS = {
    GlossaryPage: defined_term,
    GlossaryIndexPage: defined_term_set,
    BlogPage: blog_posting,
}


def structured_data(page, request):
    """The page's schema.org graph: what the page is (for entries, articles and the glossary) and where it sits."""
    trail = [*page.get_breadcrumb(), page]
    build = NODE_BUILDERS.get(type(page))
    nodes = [build(page, request, trail)] if build else []
    nodes.append(breadcrumb_list(trail, request))
    return {"@context": SCHEMA_ORG, "@graph": nodes}


def script_json(data):
    """JSON that is safe as the text of a <script> element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
