"""Long entries and articles open with a table of contents linking to their sections."""

from blog.factories import BlogPageFactory
from cms.tests.html import soup, texts
from glossary.factories import GlossaryPageFactory, glossary_body

CONCLUSION = {"type": "conclusion", "value": {"heading": "Conclusion", "text": "<p>It matters.</p>"}}


def contents(client, url):
    html = soup(client.get(url))
    links = html.select("nav.toc a")
    assert all(html.find(id=link["href"].removeprefix("#")) is not None for link in links)
    return [(link["href"], link.get_text()) for link in links]


def test_a_long_entry_lists_its_sections(client, tree):
    GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache", body=[*glossary_body("Cache"), CONCLUSION])

    assert contents(client, "/glossary/cache/") == [
        ("#definition", "What is Cache?"),
        ("#advantages", "Advantages"),
        ("#applications", "Applications"),
        ("#conclusion", "Conclusion"),
    ]
    assert texts(soup(client.get("/glossary/cache/")).select("nav.toc h2")) == ["On this page"]


def test_a_short_entry_has_none(client, tree):
    GlossaryPageFactory(parent=tree.glossary, title="Queue", slug="queue", body=glossary_body("Queue"))
    assert contents(client, "/glossary/queue/") == []


def test_an_article_lists_its_sections(client, tree):
    body = [
        {"type": "section", "value": {"heading": f"Part {number}", "text": "<p>Words.</p>"}} for number in (1, 2, 3)
    ]
    BlogPageFactory(parent=tree.blog, title="Long read", slug="long-read", body=[*body, CONCLUSION])

    assert contents(client, "/blog/long-read/") == [
        ("#part-1", "Part 1"),
        ("#part-2", "Part 2"),
        ("#part-3", "Part 3"),
        ("#conclusion", "Conclusion"),
    ]
