"""What the APIs show beyond plain model fields: images as renditions, links to pages.

Each field is a Django REST framework field, which API v2 serializes with; API v3 reads
the return annotation of its `to_representation` to type the field in the OpenAPI schema,
so every shape here is a TypedDict. URLs are absolute, built from WAGTAILAPI_BASE_URL
(images) and the Site records (pages), never from the host a request happened to use.
"""

from rest_framework.fields import Field
from typing_extensions import TypedDict

from django.conf import settings

from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

# The sizes a front-end needs: cards, body images, full width, social sharing.
IMAGE_RENDITIONS = {
    "thumbnail": "fill-400x225",
    "medium": "max-800x800",
    "large": "max-1600x1600",
    "social": "fill-1200x630",
}


class RenditionData(TypedDict):
    url: str
    width: int
    height: int


class RenditionsData(TypedDict):
    thumbnail: RenditionData
    medium: RenditionData
    large: RenditionData
    social: RenditionData


class ImageData(TypedDict):
    id: int
    title: str
    alt: str
    width: int
    height: int
    renditions: RenditionsData | None


class PageLinkData(TypedDict):
    id: int
    type: str
    title: str
    summary: str
    html_path: str
    html_url: str


class ArticleLinkData(PageLinkData):
    date: str


class TermGroupData(TypedDict):
    letter: str
    terms: list[PageLinkData]


class AuthorData(TypedDict):
    id: int
    name: str
    role: str
    photo: ImageData | None


class TranslationData(TypedDict):
    id: int
    locale: str
    title: str
    html_url: str


class TagData(TypedDict):
    name: str
    slug: str


def absolute_url(url):
    """Storage URLs that are already absolute (object storage, a CDN) pass through."""
    if url.startswith("/"):
        return settings.WAGTAILAPI_BASE_URL.rstrip("/") + url
    return url


def image_data(image, alt=None) -> ImageData:
    """One image with its renditions, fetched in one query when they exist already."""
    try:
        found = image.get_renditions(*IMAGE_RENDITIONS.values())
        renditions = {
            name: {"url": absolute_url(found[spec].url), "width": found[spec].width, "height": found[spec].height}
            for name, spec in IMAGE_RENDITIONS.items()
        }
    except SourceImageIOError:
        renditions = None
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt if alt is not None else image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": renditions,
    }


def page_link(page, request=None) -> PageLinkData:
    """A page as listings and links show it; `page` may be a plain Page (an ancestor)."""
    _site_id, root_url, path = page.get_url_parts(request) or (None, "", "")
    summary = getattr(page, "get_listing_summary", None)
    link = {
        "id": page.pk,
        "type": (page.specific_class if type(page) is Page else type(page))._meta.label,
        "title": page.title,
        "summary": summary() if summary else "",
        "html_path": path or "",
        "html_url": f"{root_url}{path}" if path else "",
    }
    if hasattr(page, "date"):
        link["date"] = page.date.isoformat()
    return link


class ComputedAPIField(Field):
    """A read-only field computed from the object (or from the method named by `source`)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    @property
    def request(self):
        return self.context.get("request")


class ImageAPIField(ComputedAPIField):
    def to_representation(self, value) -> ImageData:
        return image_data(value)


class IntegerAPIField(ComputedAPIField):
    def to_representation(self, value) -> int:
        return int(value)


class TextAPIField(ComputedAPIField):
    def to_representation(self, value) -> str:
        return str(value)


class TextListAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[str]:
        return [str(item) for item in value]


class PageLinksAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[PageLinkData]:
        return [page_link(page, self.request) for page in value]


class ArticleLinksAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[ArticleLinkData]:
        return [page_link(page, self.request) for page in value]


class TermGroupsAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[TermGroupData]:
        return [
            {"letter": letter, "terms": [page_link(term, self.request) for term in terms]} for letter, terms in value
        ]


class AuthorsAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[AuthorData]:
        return [
            {
                "id": author.pk,
                "name": author.name,
                "role": author.role,
                "photo": image_data(author.photo) if author.photo else None,
            }
            for author in value
        ]


class TagsAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[TagData]:
        return [{"name": tag.name, "slug": tag.slug} for tag in value]


class TranslationsAPIField(ComputedAPIField):
    def to_representation(self, value) -> list[TranslationData]:
        return list(value)
