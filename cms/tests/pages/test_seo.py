"""What search engines and social networks read in a page's head: meta tags and JSON-LD."""

import datetime
import json

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

from blog.models import Author, BlogPage
from cms.tests.form_data import glossary_entry_form_data
from cms.tests.html import soup
from glossary.factories import GlossaryPageFactory

HOME = {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://localhost/"}
GLOSSARY = {"@type": "ListItem", "position": 2, "name": "Glossary", "item": "http://localhost/glossary/"}
BLOG = {"@type": "ListItem", "position": 2, "name": "Blog", "item": "http://localhost/blog/"}
ENTRY_URL = "http://localhost/glossary/backend-software-development/"
ARTICLE_URL = "http://localhost/blog/why-backends-matter/"


def at(*args):
    return timezone.make_aware(datetime.datetime(*args))


def pin_publication(page, first, last):
    Page.objects.filter(pk=page.pk).update(first_published_at=first, last_published_at=last)


def head(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).head


def meta(head, key):
    """The content of the one meta tag named `key` (name= or property=), or None."""
    tags = head.select(f'meta[name="{key}"], meta[property="{key}"]')
    assert len(tags) <= 1, tags
    return tags[0]["content"] if tags else None


def json_ld(head):
    (script,) = head.select('script[type="application/ld+json"]')
    return json.loads(script.string)


def share_image_url(image):
    return "http://testserver" + image.get_rendition("fill-1200x630").url


@pytest.fixture
def pinned(content):
    """The entry and the article with known publication times."""
    pin_publication(content.entry, at(2024, 3, 19, 9, 0), at(2024, 6, 1, 10, 30))
    pin_publication(content.article, at(2024, 5, 2, 7, 45), at(2024, 5, 10, 12, 0))
    return content


def test_article_shares_a_large_image_card_with_its_times(client, pinned):
    page_head = head(client, pinned.article)

    image = share_image_url(pinned.image)
    assert {
        key: meta(page_head, key)
        for key in (
            "og:type",
            "og:image",
            "twitter:card",
            "twitter:title",
            "twitter:description",
            "twitter:image",
            "article:published_time",
            "article:modified_time",
        )
    } == {
        "og:type": "article",
        "og:image": image,
        "twitter:card": "summary_large_image",
        "twitter:title": "Why backends matter",
        "twitter:description": "A short look at the server side.",
        "twitter:image": image,
        "article:published_time": "2024-05-02T07:45:00+00:00",
        "article:modified_time": "2024-05-10T12:00:00+00:00",
    }
    assert page_head.select_one('link[rel="canonical"]')["href"] == ARTICLE_URL


def test_entry_without_image_shares_a_summary_card(client, pinned):
    page_head = head(client, pinned.entry)

    assert (meta(page_head, "twitter:card"), meta(page_head, "twitter:image")) == ("summary", None)
    assert meta(page_head, "twitter:title") == "Backend Software Development"
    assert meta(page_head, "twitter:description") == "The server side of an application."
    assert meta(page_head, "article:published_time") == "2024-03-19T09:00:00+00:00"
    assert meta(page_head, "article:modified_time") == "2024-06-01T10:30:00+00:00"


def test_seo_title_and_search_description_win_everywhere(client, pinned):
    pinned.entry.seo_title = "Backend development, explained"
    pinned.entry.search_description = "What runs on the server, and why."
    pinned.entry.save()

    page_head = head(client, pinned.entry)

    assert page_head.title.string == "Backend development, explained | Software Glossary"
    assert [meta(page_head, key) for key in ("og:title", "twitter:title")] == ["Backend development, explained"] * 2
    assert [meta(page_head, key) for key in ("description", "og:description", "twitter:description")] == [
        "What runs on the server, and why."
    ] * 3


@pytest.mark.parametrize("section", ["home", "glossary", "blog"])
def test_section_pages_are_websites_without_article_times(client, content, section):
    page_head = head(client, getattr(content.tree, section))

    assert meta(page_head, "og:type") == "website"
    assert (meta(page_head, "article:published_time"), meta(page_head, "article:modified_time")) == (None, None)


def test_entry_is_a_defined_term_in_the_glossary(client, pinned):
    assert json_ld(head(client, pinned.entry)) == {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "DefinedTerm",
                "name": "Backend Software Development",
                "description": "The server side of an application.",
                "url": ENTRY_URL,
                "inLanguage": "en",
                "alternateName": ["Back-end development"],
                "inDefinedTermSet": {
                    "@type": "DefinedTermSet",
                    "name": "Glossary",
                    "url": "http://localhost/glossary/",
                    "inLanguage": "en",
                },
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    HOME,
                    GLOSSARY,
                    {"@type": "ListItem", "position": 3, "name": "Backend Software Development", "item": ENTRY_URL},
                ],
            },
        ],
    }


def test_glossary_is_a_set_of_its_live_terms_only(client, content):
    """The draft, private, expired and scheduled terms of the content fixture stay out."""
    content.tree.glossary.search_description = "Software terms, explained."
    content.tree.glossary.save()

    assert json_ld(head(client, content.tree.glossary)) == {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "DefinedTermSet",
                "name": "Glossary",
                "description": "Software terms, explained.",
                "url": "http://localhost/glossary/",
                "inLanguage": "en",
                "hasDefinedTerm": [
                    {
                        "@type": "DefinedTerm",
                        "name": "API",
                        "url": "http://localhost/glossary/api/",
                        "inLanguage": "en",
                    },
                    {
                        "@type": "DefinedTerm",
                        "name": "Backend Software Development",
                        "url": ENTRY_URL,
                        "inLanguage": "en",
                    },
                ],
            },
            {"@type": "BreadcrumbList", "itemListElement": [HOME, GLOSSARY]},
        ],
    }


def test_article_is_a_blog_posting(client, pinned):
    assert json_ld(head(client, pinned.article)) == {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "BlogPosting",
                "headline": "Why backends matter",
                "description": "A short look at the server side.",
                "datePublished": "2024-05-02T07:45:00+00:00",
                "dateModified": "2024-05-10T12:00:00+00:00",
                "author": [{"@type": "Person", "name": "Priya Raman", "jobTitle": "Architect"}],
                "image": share_image_url(pinned.image),
                "url": ARTICLE_URL,
                "inLanguage": "en",
                "mainEntityOfPage": {"@type": "WebPage", "@id": ARTICLE_URL, "inLanguage": "en"},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    HOME,
                    BLOG,
                    {"@type": "ListItem", "position": 3, "name": "Why backends matter", "item": ARTICLE_URL},
                ],
            },
        ],
    }


def test_article_with_a_post_date_after_its_last_publication_was_not_modified_before_it(client, pinned):
    BlogPage.objects.filter(pk=pinned.article.pk).update(date=datetime.date(2024, 7, 1))

    posting = json_ld(head(client, pinned.article))["@graph"][0]

    assert (posting["datePublished"], posting["dateModified"]) == (
        "2024-07-01T07:45:00+00:00",
        "2024-07-01T07:45:00+00:00",
    )


def test_article_without_image_or_author_role_leaves_them_out(client, pinned):
    pinned.article.hero_image = None
    pinned.article.save()
    Author.objects.update(role="")

    posting = json_ld(head(client, pinned.article))["@graph"][0]

    assert "image" not in posting
    assert posting["author"] == [{"@type": "Person", "name": "Priya Raman"}]


@pytest.mark.parametrize(
    ("section", "crumbs"),
    [("home", [HOME]), ("blog", [HOME, BLOG])],
)
def test_section_pages_have_only_their_breadcrumb(client, content, section, crumbs):
    assert json_ld(head(client, getattr(content.tree, section)))["@graph"] == [
        {"@type": "BreadcrumbList", "itemListElement": crumbs}
    ]


def test_json_ld_cannot_close_its_script_element(client, tree):
    title = "</script><script>alert(1)</script> & <!--"
    entry = GlossaryPageFactory(parent=tree.glossary, title=title, slug="tricky")

    response = client.get(entry.url)
    page_head = soup(response).head

    assert len(page_head.find_all("script")) == 1
    script = page_head.select_one('script[type="application/ld+json"]').string
    assert not {"<", ">", "&"} & set(script)
    assert json_ld(page_head)["@graph"][0]["name"] == title


def test_preview_of_a_new_entry_describes_the_draft(admin_client, content):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["glossary", "glossarypage", content.tree.glossary.pk])
    form = glossary_entry_form_data("Cache", "cache", "A fast copy of data.")
    assert admin_client.post(url, form).json() == {"is_valid": True, "is_available": True}

    page_head = soup(admin_client.get(url)).head

    term, breadcrumb = json_ld(page_head)["@graph"]
    assert (term["name"], term["description"], term["url"]) == (
        "Cache",
        "A fast copy of data.",
        "http://localhost/glossary/cache/",
    )
    assert [crumb["name"] for crumb in breadcrumb["itemListElement"]] == ["Home", "Glossary", "Cache"]
    assert meta(page_head, "article:published_time") is None
