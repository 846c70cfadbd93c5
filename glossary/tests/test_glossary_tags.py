"""`{% glossary_contents page %}` links an entry's sections; `{% glossary_json_ld page %}` describes the page."""

import json

import pytest
from bs4 import BeautifulSoup

from django.template import Context, Template
from django.test import RequestFactory

from glossary.models import GlossaryPage

# A page reads its content type when it is made, even unsaved.
pytestmark = pytest.mark.django_db


def render(source, **context):
    return Template("{% load glossary_tags %}" + source).render(Context(context))


def contents_links(page):
    html = BeautifulSoup(render("{% glossary_contents page %}", page=page), "html.parser")
    assert [heading.get_text() for heading in html.select("nav h2")] == ["On this page"]
    return [(link["href"], link.get_text()) for link in html.select("nav ol > li > a")]


def advantages(heading):
    return {"type": "advantages", "value": {"heading": heading, "items": [{"title": "Fast", "text": "<p>Quick.</p>"}]}}


def applications(heading):
    return {"type": "applications", "value": {"heading": heading, "items": [{"domain": "Web", "text": "<p>Web.</p>"}]}}


def test_the_contents_link_every_section_of_the_body_in_order():
    page = GlossaryPage(
        title="Cache",
        body=[
            {"type": "definition", "value": {"heading": "", "text": "<p>A fast copy.</p>"}},
            advantages("Why use it"),
            applications("Where it is used"),
        ],
    )
    assert contents_links(page) == [
        ("#definition", "What is Cache?"),
        ("#why-use-it", "Why use it"),
        ("#where-it-is-used", "Where it is used"),
    ]


def test_a_section_whose_heading_gives_no_anchor_is_left_out():
    page = GlossaryPage(title="Cache", body=[advantages("???"), applications("Uses")])
    assert contents_links(page) == [("#uses", "Uses")]


def test_an_entry_without_a_body_has_no_contents():
    assert render("{% glossary_contents page %}", page=GlossaryPage(title="Cache", body=[])).strip() == ""


class NodePage:
    """A page whose schema.org node holds markup, as a title or summary may."""

    def json_ld_node(self, request):
        return {"@type": "DefinedTerm", "name": "</script><!-- & -->", "url": request.build_absolute_uri("/cache/")}


def test_the_json_ld_is_one_script_element_whose_text_cannot_close_it():
    rendered = render("{% glossary_json_ld page %}", page=NodePage(), request=RequestFactory().get("/"))
    assert rendered == (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "DefinedTerm", '
        '"name": "\\u003C/script\\u003E\\u003C!-- \\u0026 --\\u003E", "url": "http://testserver/cache/"}</script>'
    )
    script = BeautifulSoup(rendered, "html.parser").select("script")
    assert [json.loads(element.string) for element in script] == [
        {
            "@context": "https://schema.org",
            "@type": "DefinedTerm",
            "name": "</script><!-- & -->",
            "url": "http://testserver/cache/",
        }
    ]
