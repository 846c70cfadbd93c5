"""The header's navigation is Wagtail's "Show in menus" (cms.pages.sections), not a list of page types."""

from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory


def navigation(client, url):
    """(label, URL, aria-current) of each link in the header's navigation."""
    response = client.get(url)
    assert response.status_code == 200
    return [
        (link.get_text(strip=True), link["href"], link.get("aria-current"))
        for link in soup(response).select(".main-nav a")
    ]


def test_the_navigation_lists_the_pages_shown_in_menus_below_the_site_root(client, tree):
    assert navigation(client, "/") == [("Glossary", "/glossary/", None), ("Blog", "/blog/", None)]


def test_the_navigation_marks_the_section_a_reader_is_in(client, tree):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Latency")

    assert navigation(client, "/glossary/") == [("Glossary", "/glossary/", "page"), ("Blog", "/blog/", None)]
    assert navigation(client, entry.url) == [("Glossary", "/glossary/", "true"), ("Blog", "/blog/", None)]


def test_the_navigation_follows_the_tree_order(client, tree):
    tree.blog.move(tree.glossary, pos="left")

    assert navigation(client, "/") == [("Blog", "/blog/", None), ("Glossary", "/glossary/", None)]


def test_a_section_not_shown_in_menus_leaves_the_navigation_but_keeps_its_links(client, tree):
    tree.glossary.show_in_menus = False
    tree.glossary.save_revision().publish()

    assert navigation(client, "/") == [("Blog", "/blog/", None)]
    links = soup(client.get("/")).select(".cta-links a")
    assert texts(links) == ["Browse the glossary", "Read the blog"]


def test_an_unpublished_section_leaves_the_navigation(client, tree):
    tree.blog.unpublish()

    assert navigation(client, "/") == [("Glossary", "/glossary/", None)]
