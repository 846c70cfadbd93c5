"""Pages cost the same number of queries whether the site has 5 or 200 entries and articles."""

from glossary.factories import GlossaryPageFactory
from tests.glossary.query_counting import add_content, queries_for, related

URLS = ["/glossary/", "/glossary/?letter=t", "/glossary/entry/", "/", "/blog/"]


def test_query_counts_do_not_grow_with_the_number_of_pages(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry")
    add_content(tree, 0, 5)
    related(entry, 4)
    small = {url: queries_for(client, url) for url in URLS}

    add_content(tree, 5, 200)
    related(entry, 40)
    large = {url: queries_for(client, url) for url in URLS}

    assert large == small
