"""Builders for StreamField data in its stored JSON form.

Content is written before the pages and images it points at exist, so it carries two
placeholders the loader fills in: `{{term:<slug>|<text>}}` inside rich text becomes an
internal page link, and `ImageRef` becomes an image id.
"""

import re
import uuid
from dataclasses import dataclass

TERM_LINK = re.compile(r"\{\{term:(?P<slug>[a-z0-9-]+)\|(?P<text>[^}]+)\}\}")


@dataclass(frozen=True)
class ImageRef:
    key: str


def paragraphs(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def definition(*texts, heading=""):
    return {"type": "definition", "value": {"heading": heading, "text": paragraphs(*texts)}}


def list_items(*values):
    """A ListBlock's items in Wagtail's stored form, each with its id: wagtail-localize offers
    the items of a list for translation only in this form."""
    return [
        {"type": "item", "value": value, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, repr(value)))} for value in values
    ]


def advantages(*items, heading="Advantages"):
    """Items are (title, text) pairs."""
    return {
        "type": "advantages",
        "value": {
            "heading": heading,
            "items": list_items(*({"title": title, "text": paragraphs(text)} for title, text in items)),
        },
    }


def applications(*items, heading="Applications"):
    """Items are (domain, text) pairs."""
    return {
        "type": "applications",
        "value": {
            "heading": heading,
            "items": list_items(*({"domain": domain, "text": paragraphs(text)} for domain, text in items)),
        },
    }


def section(heading, *texts):
    return {"type": "section", "value": {"heading": heading, "text": paragraphs(*texts)}}


def code(language, source):
    return {"type": "code", "value": {"language": language, "code": source.strip("\n")}}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


def callout(tone, title, *texts):
    return {"type": "callout", "value": {"tone": tone, "title": title, "text": paragraphs(*texts)}}


def image(key, alt_text, caption=""):
    return {"type": "image", "value": {"image": ImageRef(key), "alt_text": alt_text, "caption": caption}}


def conclusion(*texts, heading="Conclusion"):
    return {"type": "conclusion", "value": {"heading": heading, "text": paragraphs(*texts)}}


def link_terms(text, term_id):
    """Replaces term placeholders with Wagtail page links; plain text if the term is gone."""

    def replace(match):
        page_id = term_id(match["slug"])
        if page_id is None:
            return match["text"]
        return f'<a linktype="page" id="{page_id}">{match["text"]}</a>'

    return TERM_LINK.sub(replace, text)


def resolve(data, term_id, image_id):
    """A copy of `data` with every placeholder filled in.

    `term_id(slug)` returns a glossary page id or None; `image_id(key)` returns an image id.
    """
    if isinstance(data, ImageRef):
        return image_id(data.key)
    if isinstance(data, str):
        return link_terms(data, term_id)
    if isinstance(data, dict):
        return {key: resolve(value, term_id, image_id) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [resolve(item, term_id, image_id) for item in data]
    return data
