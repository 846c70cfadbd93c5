"""The block picker: every block an editor can insert has a description, a group and a preview."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import User
from django.urls import reverse

from wagtail_factories import ImageFactory

from blog.models import BlogPage
from glossary.models import GlossaryPage

ENTRY_PICKER = [
    ("Glossary", ["definition", "advantages", "applications", "conclusion"]),
    ("Content", ["section", "image", "quote", "code", "callout"]),
]

DESCRIPTIONS = {
    "definition": "What the term means, in a few plain paragraphs.",
    "advantages": "Why teams use it: each advantage with a short title and an explanation.",
    "applications": "Where it is used: each field of application with an explanation.",
    "conclusion": "The closing summary of the page.",
    "section": "A section with its own heading and formatted text.",
    "image": "An image with alt text for screen readers and an optional caption.",
    "quote": "A quotation, with who said it.",
    "code": "A code sample, shown in a monospace font.",
    "callout": "A highlighted note, tip or warning set apart from the text.",
}

PREVIEW_TEXTS = {
    "definition": ["What is an API?", "An agreed way for two programs to ask each other for data."],
    "advantages": ["Advantages", "Scales with demand", "Add servers as traffic grows.", "Easier to secure"],
    "applications": ["Applications", "E-commerce", "Product catalogues and payments.", "Fintech"],
    "conclusion": ["Conclusion", "The key points, gathered in a few sentences."],
    "section": ["How it works", "A short paragraph that explains one idea in plain words."],
    "image": ["Requests arrive, the server answers each one."],
    "quote": ["Make it work, make it right, make it fast.", "Kent Beck"],
    "code": ['print("Hello, glossary")'],
    "callout": ["Tip", "Keep each entry focused on one term."],
}


def entry_blocks():
    return GlossaryPage._meta.get_field("body").stream_block.child_blocks


def article_blocks():
    return BlogPage._meta.get_field("body").stream_block.child_blocks


def picker_blocks():
    return [
        *(pytest.param(block, id=f"entry-{name}") for name, block in entry_blocks().items()),
        *(pytest.param(block, id=f"article-{name}") for name, block in article_blocks().items()),
    ]


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("ada", "ada@example.com", "pass"))
    return client


def preview(client, block):
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    return response, BeautifulSoup(response.content, "html.parser")


def test_an_entry_s_picker_lists_the_glossary_blocks_first_then_the_general_ones():
    grouped = GlossaryPage._meta.get_field("body").stream_block.grouped_child_blocks()

    assert [(group, [block.name for block in blocks]) for group, blocks in grouped] == ENTRY_PICKER


def test_an_article_s_picker_holds_the_general_blocks_in_one_group():
    grouped = BlogPage._meta.get_field("body").stream_block.grouped_child_blocks()

    assert [(group, [block.name for block in blocks]) for group, blocks in grouped] == [
        ("Content", ["section", "image", "quote", "code", "callout", "conclusion"]),
    ]


@pytest.mark.parametrize("block", picker_blocks())
def test_every_block_is_previewable_and_described(block):
    assert block.is_previewable is True
    assert block.get_description() == DESCRIPTIONS[block.name]


@pytest.mark.parametrize("block", picker_blocks())
def test_every_block_s_preview_renders_its_sample_with_the_site_s_styles(admin_client, block):
    response, html = preview(admin_client, block)

    assert response.status_code == 200
    for text in PREVIEW_TEXTS[block.name]:
        assert text in html.main.get_text(), text
    assert [link["href"] for link in html.select("link[rel=stylesheet]")] == ["/static/css/site.css"]


def test_the_image_preview_shows_a_placeholder_figure_while_the_library_is_empty(admin_client):
    response, html = preview(admin_client, entry_blocks()["image"])

    assert html.select_one("main figure svg")["aria-label"] == "A diagram of a web server answering requests"
    assert html.select("main img") == []


def test_the_image_preview_shows_the_library_s_first_image(admin_client):
    first = ImageFactory(title="Server rack")
    ImageFactory(title="Later image")

    response, html = preview(admin_client, entry_blocks()["image"])

    image = html.select_one("main figure img")
    assert image["alt"] == "A diagram of a web server answering requests"
    assert image["src"] == first.get_rendition("width-1000").url
    assert html.select("main figure svg") == []
