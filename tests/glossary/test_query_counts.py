"""Pages cost the same number of queries whether the site has 5 or 200 entries and articles in each language."""

from glossary.factories import GlossaryPageFactory
from tests.glossary.query_counting import add_content, queries_for, related
from tests.site_tree import translate

URLS = ["/glossary/", "/glossary/?letter=t", "/glossary/entry/", "/", "/blog/"]
GERMAN_URLS = ["/de/glossary/", "/de/glossary/?letter=t", "/de/glossary/entry/", "/de/", "/de/blog/"]


def test_query_counts_do_not_grow_with_the_number_of_pages(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry")
    add_content(tree, 0, 5)
    related(entry, 4)
    small = {url: queries_for(client, url) for url in URLS}

    add_content(tree, 5, 200)
    related(entry, 40)
    large = {url: queries_for(client, url) for url in URLS}

    assert large == small


def test_query_counts_do_not_grow_with_the_number_of_pages_in_each_language(client, tree, german_tree):
    """The German entry's related terms name entries of both languages: it shows the German ones."""
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry")
    german_entry = translate(entry, title="Eintrag")
    for site in (tree, german_tree):
        add_content(site, 0, 5)
    related(entry, 4)
    related(german_entry, 8)
    small = {url: queries_for(client, url) for url in URLS + GERMAN_URLS}

    for site in (tree, german_tree):
        add_content(site, 5, 200)
    related(entry, 40)
    related(german_entry, 80)
    large = {url: queries_for(client, url) for url in URLS + GERMAN_URLS}

    assert large == small
