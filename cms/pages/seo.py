"""What search engines and feed readers learn about a page beyond its HTML.

Publication times are worked out once here, so the ``article:*`` meta tags, the JSON-LD and
the blog feeds never disagree. The JSON-LD (schema.org) is built from the same live, public
querysets readers see, so a draft or private page never shows up in another page's data.
"""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.translation import pgettext

from cms.api.fields import IMAGE_RENDITIONS
from cms.pages.fast_paths.tree import places_of

SCHEMA_ORG = "https://schema.org"
# The rendition base.html shares as og:image, so the JSON-LD image is the same file.
SHARE_IMAGE_SPEC = IMAGE_RENDITIONS["social"]
# json.dumps leaves "</script>" and "<!--" intact; as \u escapes they cannot end the script element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def published_at(page):
    """When readers are told the page appeared.

    A page with a post date (an article) carries the editor's date, which may be backdated; the
    time of day it first went live keeps articles of the same day in order. Other pages appeared
    when first published.
    """
    first = page.first_published_at
    post_date = page.get_post_date()
    if post_date is None:
        return first
    time_of_day = timezone.localtime(first).timetz() if first else datetime.time(tzinfo=timezone.get_current_timezone())
    return datetime.datetime.combine(post_date, time_of_day)


def modified_at(page):
    """The last publication, never earlier than the announced publication (a post date may lie ahead)."""
    published = published_at(page)
    if published is None or page.last_published_at is None:
        return published
    return max(published, page.last_published_at)


def article_dates(page):
    """ISO 8601 publication and modification times of an Open Graph article (an entry or a blog
    article); None for other pages and new drafts."""
    published = published_at(page)
    if page.og_type != "article" or published is None:
        return None
    return {"published": published.isoformat(), "modified": modified_at(page).isoformat()}


def page_language(page):
    """The page's language code (its Locale's) as schema.org's `inLanguage`, from the tree each
    process keeps per generation rather than a query per page."""
    place = places_of([page.pk])[0] if page.pk else None
    return place.language_code if place else page.locale.language_code


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
                "name": pgettext("breadcrumb", "Home") if position == 1 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def structured_data(page, request):
    """The page's schema.org graph: what the page is (its `json_ld_node`) and where it sits."""
    trail = [*page.get_breadcrumb(), page]
    node = page.json_ld_node(request, trail)
    nodes = [node] if node else []
    nodes.append(breadcrumb_list(trail, request))
    return {"@context": SCHEMA_ORG, "@graph": nodes}


def script_json(data):
    """JSON that is safe as the text of a <script> element."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES)
