"""API responses cost the same number of queries whether the site has 25 or 100 entries
(listings show 20 items either way)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from glossary.factories import GlossaryPageFactory
from glossary.versions import TERMS_VERSION
from tests.glossary.query_counting import add_content, queries_for, related


def test_api_query_counts_do_not_grow_with_the_number_of_pages(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry")
    urls = [
        "/api/v2/pages/?type=glossary.GlossaryPage",
        "/api/v2/pages/?type=blog.BlogPage&order=-date&limit=3&fields=date,intro",
        f"/api/v2/pages/{entry.pk}/",
        f"/api/v2/pages/{tree.glossary.pk}/",
        f"/api/v2/pages/{tree.home.pk}/",
        f"/api/v3/pages/{entry.pk}/",
        "/api/v3/pages/?type=glossary.GlossaryPage",
    ]
    add_content(tree, 0, 25)
    related(entry, 4)
    small = {url: queries_for(client, url) for url in urls}

    add_content(tree, 25, 100)
    related(entry, 40)
    large = {url: queries_for(client, url) for url in urls}

    assert large == small


def fresh_terms_queries(client, url):
    """The queries of a request made just after the glossary changed, with no term read yet."""
    client.get(url)  # warm Wagtail's cached site root paths, as any running site has
    TERMS_VERSION.renew()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_term_links_read_the_terms_aliases_with_the_terms(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry")
    urls = [f"/api/v2/pages/{entry.pk}/", f"/api/v3/pages/{entry.pk}/"]
    add_content(tree, 0, 40)
    related(entry, 4)
    few = {url: fresh_terms_queries(client, url) for url in urls}

    related(entry, 40)
    many = {url: fresh_terms_queries(client, url) for url in urls}

    assert many == few


def test_a_listing_reads_the_site_root_paths_once_not_once_per_page(client, tree, monkeypatch):
    add_content(tree, 0, 25)
    url = "/api/v2/pages/?type=glossary.GlossaryPage&fields=*&limit=20"
    client.get(url)  # the terms' matchers, built once per terms version, read them too
    reads = []
    wagtails = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: reads.append(1) or wagtails()))

    response = client.get(url)

    assert [item["meta"]["html_url"] for item in response.json()["items"]][:2] == [
        "http://localhost/glossary/term-000/",
        "http://localhost/glossary/term-001/",
    ]
    assert len(reads) == 1
