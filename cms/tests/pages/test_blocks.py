"""Every block renders what a reader should see, from the values an editor enters."""

import pytest
from bs4 import BeautifulSoup

from wagtail_factories import ImageFactory

from cms.pages.blocks import BaseStreamBlock
from glossary.blocks import GlossaryStreamBlock
from glossary.models import GlossaryPage
from home.glossary import EntryBodyBlock

BLOCK_VALUES = {
    "section": {"heading": "How it works", "text": "<p>Requests go <b>in</b>.</p>"},
    "quote": {"quote": "Simple is better.", "attribution": "A developer"},
    "code": {"language": "python", "code": "print('<hi>')"},
    "callout": {"tone": "warning", "title": "Careful", "text": "<p>Back up first.</p>"},
    "conclusion": {"heading": "Conclusion", "text": "<p>That is all.</p>"},
    "definition": {"heading": "", "text": "<p>Code on servers.</p>"},
    "advantages": {
        "heading": "Advantages",
        "items": [{"title": "Fast", "text": "<p>Quick.</p>"}, {"title": "Safe", "text": "<p>Secure.</p>"}],
    },
    "applications": {"heading": "Applications", "items": [{"domain": "Fintech", "text": "<p>Ledgers.</p>"}]},
}


def render(name, raw, page=None):
    block = EntryBodyBlock().child_blocks[name]
    return BeautifulSoup(block.render(block.to_python(raw), context={"page": page}), "html.parser")


def test_every_body_block_has_editor_guidance_and_a_template():
    glossary_blocks = GlossaryStreamBlock().child_blocks
    for name, block in EntryBodyBlock().child_blocks.items():
        folder = "glossary/blocks" if name in glossary_blocks else "blocks"
        assert block.meta.template == f"{folder}/{name}_block.html", name
        assert block.meta.description, name
        assert block.meta.icon != "placeholder", name


def test_blog_bodies_offer_the_shared_blocks_only():
    assert list(BaseStreamBlock().child_blocks) == [
        "section",
        "image",
        "quote",
        "code",
        "callout",
        "conclusion",
    ]


def test_glossary_bodies_add_the_three_glossary_blocks():
    assert list(EntryBodyBlock().child_blocks) == [
        "definition",
        "advantages",
        "applications",
        "section",
        "image",
        "quote",
        "code",
        "callout",
        "conclusion",
    ]


def test_section_renders_heading_with_anchor_and_rich_text():
    html = render("section", BLOCK_VALUES["section"])
    assert html.h2.get_text() == "How it works"
    assert html.h2["id"] == "how-it-works"
    assert str(html.select_one(".rich-text p")) == "<p>Requests go <b>in</b>.</p>"


def test_quote_renders_blockquote_and_attribution():
    html = render("quote", BLOCK_VALUES["quote"])
    assert html.blockquote.get_text(strip=True) == "Simple is better."
    assert html.cite.get_text() == "A developer"


def test_code_is_escaped_and_labelled_with_its_language():
    html = render("code", BLOCK_VALUES["code"])
    assert html.code["class"] == ["language-python"]
    assert html.code.get_text() == "print('<hi>')"
    assert "&lt;hi&gt;" in str(html.code)


def test_callout_renders_its_tone_title_and_text():
    html = render("callout", BLOCK_VALUES["callout"])
    assert html.aside["class"] == ["block", "callout", "callout--warning"]
    assert html.aside["role"] == "note"
    assert html.select_one(".callout__title").get_text() == "Careful"
    assert html.select_one(".rich-text").get_text(strip=True) == "Back up first."


def test_conclusion_renders_heading_and_text():
    html = render("conclusion", BLOCK_VALUES["conclusion"])
    assert html.h2.get_text() == "Conclusion"
    assert html.select_one(".rich-text").get_text(strip=True) == "That is all."


@pytest.mark.django_db
def test_definition_heading_defaults_to_what_is_the_term():
    html = render("definition", BLOCK_VALUES["definition"], page=GlossaryPage(title="Backend"))
    assert html.h2.get_text() == "What is Backend?"
    assert html.h2["id"] == "definition"


@pytest.mark.django_db
def test_definition_heading_set_by_the_editor_wins():
    html = render("definition", {"heading": "What is an API?", "text": "<p>x</p>"}, page=GlossaryPage(title="API"))
    assert html.h2.get_text() == "What is an API?"


def test_advantages_render_each_item_with_its_title():
    html = render("advantages", BLOCK_VALUES["advantages"])
    assert html.h2.get_text() == "Advantages"
    assert [h3.get_text() for h3 in html.select("li h3")] == ["Fast", "Safe"]
    assert [p.get_text() for p in html.select("li .rich-text p")] == ["Quick.", "Secure."]


def test_applications_render_each_domain():
    html = render("applications", BLOCK_VALUES["applications"])
    assert html.h2.get_text() == "Applications"
    assert [h3.get_text() for h3 in html.select("li h3")] == ["Fintech"]


@pytest.mark.django_db
def test_image_renders_a_rendition_with_alt_text_and_caption():
    image = ImageFactory(title="Diagram", file__width=2000, file__height=1000)
    html = render("image", {"image": image.pk, "alt_text": "Boxes and arrows", "caption": "How it fits"})
    img = html.select_one("figure img")
    assert img["alt"] == "Boxes and arrows"
    assert (img["width"], img["height"]) == ("1000", "500")
    assert html.figcaption.get_text() == "How it fits"


def test_an_empty_required_item_text_is_a_validation_error_the_editor_can_read():
    block = EntryBodyBlock()
    value = block.to_python(
        [{"type": "advantages", "value": {"heading": "Advantages", "items": [{"title": "Fast", "text": ""}]}}]
    )
    with pytest.raises(Exception) as error:
        block.clean(value)
    assert "This field is required." in str(error.value.as_json_data())
