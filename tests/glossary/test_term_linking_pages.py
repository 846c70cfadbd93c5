"""Glossary terms linked in rendered entries and articles: what readers and the APIs see, and
how a change to the glossary reaches every process."""

from dataclasses import dataclass

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from blog.factories import BlogPageFactory
from cms.caching import page_cache
from cms.tests.html import soup, texts
from glossary import term_index
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias
from glossary.versions import TERMS_VERSION
from tests.glossary.query_counting import add_content

HOST = "http://localhost"


def rich(heading, text):
    return {"type": "section", "value": {"heading": heading, "text": text}}


ENTRY_BODY = [
    {
        "type": "definition",
        "value": {
            "heading": "",
            "text": "<p>Backend Software Development, or back-end development, builds the Backend behind an API. "
            "It runs on Kubernetes and keeps a Secret.</p>",
        },
    },
    {
        "type": "advantages",
        "value": {"heading": "API advantages", "items": [{"title": "API first", "text": "<p>Every API is fast.</p>"}]},
    },
    {"type": "code", "value": {"language": "python", "code": "api = API()"}},
    {"type": "callout", "value": {"tone": "tip", "title": "API", "text": "<p>Cache the backend.</p>"}},
]

ARTICLE_BODY = [
    rich("Why an API", "<p>Designing an <em>API</em> for <a href='https://example.com/'>Backend</a> teams.</p>"),
    rich("More", "<p>The api and the Backend Software Development team. Backend again, API again.</p>"),
]


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    """Every request renders: these tests are about rendering, cms.caching.page_cache has its own."""
    settings.PAGE_CACHE_SECONDS = 0


@dataclass
class Content:
    api: object
    backend: object
    development: object
    draft: object
    secret: object
    entry: object
    article: object


@pytest.fixture
def content(tree):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", slug="api", summary="How programs talk.")
    backend = GlossaryPageFactory(parent=tree.glossary, title="Backend", slug="backend", summary="The server side.")
    development = GlossaryPageFactory(
        parent=tree.glossary,
        title="Backend Software Development",
        slug="backend-software-development",
        summary="Building the <server> side & more.",
        body=ENTRY_BODY,
    )
    development.term_aliases = [GlossaryAlias(name="Back-end development")]
    development.save()
    draft = GlossaryPageFactory(parent=tree.glossary, title="Kubernetes", slug="kubernetes", live=False)
    secret = GlossaryPageFactory(parent=tree.glossary, title="Secret", slug="secret", summary="Hidden.")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    article = BlogPageFactory(parent=tree.blog, title="Designing APIs", slug="designing-apis", body=ARTICLE_BODY)
    return Content(api, backend, development, draft, secret, development, article)


def body_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return soup(response).select_one(".article__body")


def term_links(body):
    return [(link.get_text(), link["href"]) for link in body.select("a.term-link")]


def test_an_entry_links_other_terms_once_and_never_itself(client, content):
    body = body_of(client, content.entry)
    assert term_links(body) == [("Backend", "/glossary/backend/"), ("API", "/glossary/api/")]


def test_links_carry_the_summary_as_a_tooltip(client, content):
    link = body_of(client, content.entry).select_one("a.term-link")
    tip = link.find_next_sibling("span")
    assert tip["role"] == "tooltip"
    assert tip["id"] == link["aria-describedby"] == f"term-tip-{content.backend.pk}"
    assert texts([tip]) == ["The server side."]


def test_headings_code_and_block_titles_are_not_linked(client, content):
    body = body_of(client, content.entry)
    assert not body.select("h2 a, h3 a, pre a, .callout__title a")
    assert texts(body.select(".block-advantages h2, .block-advantages h3")) == ["API advantages", "API first"]
    assert texts(body.select("pre")) == ["api = API()"]


def test_drafts_and_private_terms_are_never_linked(client, content):
    html = str(body_of(client, content.entry))
    assert "Kubernetes" in html and "/glossary/kubernetes/" not in html
    assert "Secret" in html and "/glossary/secret/" not in html


def test_a_draft_summary_never_shows(client, content):
    content.api.summary = "A draft summary."
    content.api.title = "Draft title"
    content.api.save_revision()
    body = body_of(client, content.article)
    assert "A draft summary." not in str(body)
    assert texts(body.select(f"#term-tip-{content.api.pk}")) == ["How programs talk."]


def test_an_article_links_the_first_mention_across_blocks_outside_links(client, content):
    body = body_of(client, content.article)
    assert term_links(body) == [
        ("API", "/glossary/api/"),
        ("Backend Software Development", "/glossary/backend-software-development/"),
        ("Backend", "/glossary/backend/"),
    ]
    assert texts(body.select(f"#term-tip-{content.development.pk}")) == ["Building the <server> side & more."]
    assert "Building the &lt;server&gt; side &amp; more." in str(body)


def test_editors_can_switch_linking_off_per_page(client, content):
    content.article.link_glossary_terms = False
    content.article.save_revision().publish()
    body = body_of(client, content.article)
    assert term_links(body) == []
    assert texts(body.select("h2")) == ["Why an API", "More"]


def test_the_api_lists_the_linked_terms_in_order(client, content):
    data = client.get(f"/api/v2/pages/{content.article.pk}/").json()
    assert data["linked_terms"] == [
        {
            "id": term.pk,
            "type": "glossary.GlossaryPage",
            "title": term.title,
            "summary": term.summary,
            "html_path": f"/glossary/{term.slug}/",
            "html_url": f"{HOST}/glossary/{term.slug}/",
            "aliases": aliases,
        }
        for term, aliases in (
            (content.api, []),
            (content.development, ["Back-end development"]),
            (content.backend, []),
        )
    ]
    assert client.get(f"/api/v3/pages/{content.article.pk}/").json()["linked_terms"] == data["linked_terms"]
    entry = client.get(f"/api/v2/pages/{content.entry.pk}/").json()
    assert [term["title"] for term in entry["linked_terms"]] == ["Backend", "API"]


def test_the_api_lists_nothing_when_linking_is_off(client, content):
    content.entry.link_glossary_terms = False
    content.entry.save_revision().publish()
    assert client.get(f"/api/v2/pages/{content.entry.pk}/").json()["linked_terms"] == []


def test_the_openapi_schema_types_linked_terms(client, content):
    schemas = client.get("/api/v3/openapi.json").json()["components"]["schemas"]
    for schema in ("GlossaryPageSchema", "BlogPageSchema"):
        field = schemas[schema]["properties"]["linked_terms"]
        assert field["anyOf"][0]["items"] == {"$ref": "#/components/schemas/TermLinkData"}


def test_publishing_a_term_links_it_once_the_change_commits(client, content, django_capture_on_commit_callbacks):
    assert "/glossary/kubernetes/" not in str(body_of(client, content.entry))
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks() as callbacks:
        content.draft.save_revision().publish()
    assert TERMS_VERSION.current() == before
    for callback in callbacks:
        callback()
    assert TERMS_VERSION.current() != before
    assert ("Kubernetes", "/glossary/kubernetes/") in term_links(body_of(client, content.entry))


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda content: content.api.unpublish(), id="unpublish"),
        pytest.param(lambda content: content.api.delete(), id="delete"),
        pytest.param(
            lambda content: PageViewRestriction.objects.create(
                page=content.api, restriction_type=PageViewRestriction.LOGIN
            ),
            id="privacy",
        ),
    ],
)
def test_a_term_readers_can_no_longer_see_is_unlinked(client, content, django_capture_on_commit_callbacks, change):
    assert ("API", "/glossary/api/") in term_links(body_of(client, content.article))
    with django_capture_on_commit_callbacks(execute=True):
        change(content)
    assert "/glossary/api/" not in str(body_of(client, content.article))


def test_moving_a_page_starts_a_new_version(content, django_capture_on_commit_callbacks):
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks(execute=True):
        content.api.move(content.backend, pos="right")
    assert TERMS_VERSION.current() != before


def test_deleting_a_draft_entry_retires_nothing(content, django_capture_on_commit_callbacks):
    """Readers never saw the draft: neither the term index nor the page cache changes."""
    terms_before, generation_before = TERMS_VERSION.current(), page_cache.GENERATION.current()
    with django_capture_on_commit_callbacks(execute=True):
        content.draft.delete()
    assert (TERMS_VERSION.current(), page_cache.GENERATION.current()) == (terms_before, generation_before)


def test_deleting_the_glossary_index_unlinks_every_entry_under_it(
    client, content, tree, django_capture_on_commit_callbacks
):
    assert ("API", "/glossary/api/") in term_links(body_of(client, content.article))
    with django_capture_on_commit_callbacks(execute=True):
        tree.glossary.delete()
    assert term_links(body_of(client, content.article)) == []


def test_moving_an_article_keeps_the_version(content, tree, django_capture_on_commit_callbacks):
    """No entry moved, so the terms and their URLs are what they were."""
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks(execute=True):
        content.article.move(tree.home, pos="last-child")
    assert TERMS_VERSION.current() == before


def test_saving_a_draft_keeps_the_version(content, django_capture_on_commit_callbacks):
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks(execute=True):
        content.api.save_revision()
    assert TERMS_VERSION.current() == before


def test_each_process_rebuilds_only_when_the_shared_version_changes(content):
    locale_id = content.entry.locale_id
    matcher = term_index.current_matcher(locale_id)
    assert term_index.current_matcher(locale_id) is matcher
    TERMS_VERSION.renew()  # as another process does when the glossary changes
    assert term_index.current_matcher(locale_id) is not matcher


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def query_counts(client, urls):
    """Queries for each page when the matcher is rebuilt, then when it is reused."""
    for url in urls:
        client.get(url)  # warm Wagtail's cached site root paths, as any running site has
    TERMS_VERSION.renew()
    return [(queries(client, url), queries(client, url)) for url in urls]


def test_query_counts_do_not_grow_with_the_number_of_terms(client, tree):
    mentions = " ".join(f"Term {n:03d}," for n in range(200))
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry", body=[rich("Terms", f"<p>{mentions}</p>")])
    article = BlogPageFactory(parent=tree.blog, title="Article", body=[rich("Terms", f"<p>{mentions}</p>")])
    urls = [entry.url, article.url]
    add_content(tree, 0, 5)
    small = query_counts(client, urls)
    assert len(body_of(client, article).select("a.term-link")) == 5

    add_content(tree, 5, 200)
    assert query_counts(client, urls) == small
    assert len(body_of(client, article).select("a.term-link")) == 200


def test_query_counts_do_not_grow_with_the_number_of_terms_in_each_language(client, tree, german_tree):
    mentions = " ".join(f"Term {n:03d}," for n in range(200))
    urls, articles = [], []
    for site in (tree, german_tree):
        entry = GlossaryPageFactory(parent=site.glossary, title="Entry", body=[rich("Terms", f"<p>{mentions}</p>")])
        articles.append(BlogPageFactory(parent=site.blog, title="Article", body=[rich("Terms", f"<p>{mentions}</p>")]))
        urls += [entry.url, articles[-1].url]
    add_content(tree, 0, 5)
    add_content(german_tree, 0, 5)
    small = query_counts(client, urls)
    english, german = (body_of(client, article).select("a.term-link") for article in articles)
    assert [link["href"] for link in german] == [f"/de/glossary/term-{n:03d}/" for n in range(5)]
    assert [link["href"] for link in english] == [f"/glossary/term-{n:03d}/" for n in range(5)]

    add_content(tree, 5, 200)
    add_content(german_tree, 5, 200)
    assert query_counts(client, urls) == small
    assert len(body_of(client, articles[1]).select('a.term-link[href^="/de/glossary/"]')) == 200
