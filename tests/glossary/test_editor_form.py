"""The glossary entry's editor form, as the admin renders and checks it."""

import json

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, User
from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset

from cms.editorial.roles import EDITORS
from cms.tests.form_data import glossary_entry_form_data
from cms.tests.html import soup
from glossary.factories import GlossaryPageFactory
from glossary.forms import SELF_RELATED_ERROR
from glossary.models import GlossaryPage


@pytest.fixture
def editor(db):
    user = User.objects.create_user("edie", "edie@example.com", "pass")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def entry(tree):
    return GlossaryPageFactory(parent=tree.glossary, title="Cache", summary="Fast storage close by.")


def edit_page(client, user, page):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def strings_in(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict | list):
        for child in node.values() if isinstance(node, dict) else node:
            yield from strings_in(child)


def test_a_new_entry_s_form_starts_with_an_empty_definition_advantages_and_applications(client, editor, tree):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:add", args=["glossary", "glossarypage", tree.glossary.pk]))
    (body,) = [
        json.loads(stream["data-w-block-arguments-value"])[0]
        for stream in soup(response).select("[data-w-block-arguments-value]")
        if stream["id"] == "body"
    ]

    def written(rich_text):
        return [paragraph["text"] for paragraph in json.loads(rich_text)["blocks"]]

    definition, advantages, applications = body
    assert [child["type"] for child in body] == ["definition", "advantages", "applications"]
    assert (definition["value"]["heading"], written(definition["value"]["text"])) == (None, [""])
    for section, heading, name_key in ((advantages, "Advantages", "title"), (applications, "Applications", "domain")):
        items = [item["value"] for item in section["value"]["items"]]
        assert section["value"]["heading"] == heading
        assert [(item[name_key], written(item["text"])) for item in items] == [(None, [""])]


def test_the_definition_heading_help_text_shows_literally(client, editor, entry):
    """Wagtail writes a block's help text into the page as HTML: a "<term>" in it was eaten as a tag."""
    streams = soup(edit_page(client, editor, entry)).select("[data-w-block-data-value]")
    block_strings = [text for stream in streams for text in strings_in(json.loads(stream["data-w-block-data-value"]))]
    help_texts = {text for text in block_strings if text.startswith("Leave blank")}

    assert help_texts == {'Leave blank to show "What is" and the entry\'s title, e.g. "What is API?".'}
    assert [BeautifulSoup(text, "html.parser").get_text() for text in help_texts] == list(help_texts)


def post_related_terms(client, user, page, terms):
    data = glossary_entry_form_data(
        page.title, page.slug, page.summary, related_terms=inline_formset([{"term": str(term.pk)} for term in terms])
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_an_entry_cannot_be_its_own_related_term(client, editor, entry, tree):
    other = GlossaryPageFactory(parent=tree.glossary, title="CDN")
    client.force_login(editor)
    revisions = Revision.objects.count()

    response = post_related_terms(client, editor, entry, [other, entry])

    assert response.status_code == 200
    errors = soup(response).select("#inline_child_related_terms-1 .error-message")
    assert [error.get_text(strip=True) for error in errors] == [SELF_RELATED_ERROR]
    assert Revision.objects.count() == revisions


def test_other_entries_are_accepted_as_related_terms(client, editor, entry, tree):
    other = GlossaryPageFactory(parent=tree.glossary, title="CDN")
    client.force_login(editor)

    response = post_related_terms(client, editor, entry, [other])

    assert response.status_code == 302
    draft = GlossaryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    assert [link.term_id for link in draft.related_terms.all()] == [other.pk]


def test_the_summary_shows_a_character_count_and_no_browser_limit(client, editor, entry):
    field = soup(edit_page(client, editor, entry)).select_one("#id_summary")
    count = soup(edit_page(client, editor, entry)).select_one("#id_summary-count")

    assert field.get("maxlength") is None
    assert field["aria-describedby"].split() == ["panel-child-content-child-summary-helptext", "id_summary-count"]
    assert count.get_text(strip=True) == "22 / 300 characters"
    assert count.find_parent(attrs={"data-controller": "character-count"})["data-character-count-limit-value"] == "300"


def test_a_summary_over_300_characters_is_refused_with_its_length(client, editor, entry):
    client.force_login(editor)
    data = glossary_entry_form_data(entry.title, entry.slug, "word " * 61)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[entry.pk]), data)

    assert response.status_code == 200
    page = soup(response)
    errors = page.select("#panel-child-content-child-summary-errors .error-message")
    assert [error.get_text(strip=True) for error in errors] == [
        "Ensure this value has at most 300 characters (it has 304)."
    ]
    assert page.select_one("#id_summary-count").get_text(strip=True) == "304 / 300 characters: 4 too many"
