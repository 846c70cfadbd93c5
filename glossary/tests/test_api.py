"""The glossary in Wagtail's API v2, mounted as the package's README shows (glossary.tests.testapp.urls)."""

import pytest

from glossary.models import GlossaryRelatedTerm
from glossary.tests.testapp.models import StandardPageRelatedTerm
from glossary.tests.tree import add_entry, add_standard_page

HOST = "http://localhost"
ENTRIES = "/api/v2/pages/?type=glossary.GlossaryPage&fields=*"

API_BODY = [
    {"type": "definition", "value": {"heading": "", "text": "<p>An API lets a Backend answer other programs.</p>"}},
    {
        "type": "advantages",
        "value": {"heading": "Why teams use it", "items": [{"title": "Reuse", "text": "<p>One API, many apps.</p>"}]},
    },
    {
        "type": "applications",
        "value": {"heading": "Applications", "items": [{"domain": "Fintech", "text": "<p>Payments.</p>"}]},
    },
]


def link(entry, aliases=()):
    return {
        "id": entry.pk,
        "type": "glossary.GlossaryPage",
        "title": entry.title,
        "summary": entry.summary,
        "html_path": f"/glossary/{entry.slug}/",
        "html_url": f"{HOST}/glossary/{entry.slug}/",
        "aliases": list(aliases),
    }


BACKEND_ALIASES = ["Server side", "Back-end"]


@pytest.fixture
def backend(tree):
    return add_entry(tree.glossary, "Backend", summary="The server side.", aliases=BACKEND_ALIASES)


@pytest.fixture
def api(tree, backend):
    entry = add_entry(tree.glossary, "API", summary="How programs talk.", aliases=["Web API"], body=API_BODY)
    entry.related_terms = [GlossaryRelatedTerm(term=backend)]
    entry.save_revision().publish()
    return entry


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.json()["items"]


def test_an_entry_has_its_summary_aliases_blocks_and_term_links(client, api, backend):
    (item,) = [item for item in listed(client, ENTRIES) if item["id"] == api.pk]

    assert item["title"] == "API"
    assert item["meta"]["html_url"] == f"{HOST}/glossary/api/"
    assert item["summary"] == "How programs talk."
    assert item["aliases"] == ["Web API"]
    assert [(block["type"], block["value"]) for block in item["body"]] == [
        ("definition", {"heading": "", "text": "<p>An API lets a Backend answer other programs.</p>"}),
        (
            "advantages",
            {"heading": "Why teams use it", "items": [{"title": "Reuse", "text": "<p>One API, many apps.</p>"}]},
        ),
        ("applications", {"heading": "Applications", "items": [{"domain": "Fintech", "text": "<p>Payments.</p>"}]}),
    ]
    assert item["related_terms"] == [link(backend, BACKEND_ALIASES)]
    assert item["linked_terms"] == [link(backend, BACKEND_ALIASES)]
    assert item["last_reviewed"] is None


def test_a_draft_entry_is_not_listed_and_not_linked(client, tree, api, backend):
    add_entry(tree.glossary, "Kubernetes", summary="Runs containers.", live=False)
    draft_related = add_entry(tree.glossary, "Cache", summary="Fast storage.")
    api.related_terms = [GlossaryRelatedTerm(term=draft_related), GlossaryRelatedTerm(term=backend)]
    api.save_revision().publish()
    draft_related.unpublish()

    items = listed(client, ENTRIES)

    assert [item["title"] for item in items] == ["Backend", "API"]
    assert items[1]["related_terms"] == [link(backend, BACKEND_ALIASES)]


def test_a_site_s_own_page_lists_the_terms_it_links_and_names(client, tree, api, backend):
    page = add_standard_page(tree.home, "Integrations", ["<p>Our Backend has an API.</p>"])
    page.related_terms = [StandardPageRelatedTerm(term=api)]
    page.save_revision().publish()

    (item,) = listed(client, "/api/v2/pages/?type=testapp.StandardPage&fields=linked_terms,related_terms")

    assert item["linked_terms"] == [link(backend, BACKEND_ALIASES), link(api, ["Web API"])]
    assert item["related_terms"] == [link(api, ["Web API"])]


def test_a_page_with_term_links_off_lists_none(client, tree, api):
    add_standard_page(tree.home, "Integrations", ["<p>Our API.</p>"], link_glossary_terms=False)

    (item,) = listed(client, "/api/v2/pages/?type=testapp.StandardPage&fields=linked_terms")

    assert item["linked_terms"] == []


def test_the_index_lists_its_live_terms_by_letter(client, tree, api, backend):
    add_entry(tree.glossary, "3D printing", summary="Layer by layer.")
    add_entry(tree.glossary, "Kubernetes", summary="Runs containers.", live=False)

    response = client.get(f"/api/v2/pages/{tree.glossary.pk}/")

    assert response.status_code == 200
    data = response.json()
    printing = tree.glossary.get_children().get(slug="3d-printing").specific
    assert data["intro"] == ""
    assert data["terms"] == [
        {"letter": "0-9", "terms": [link(printing)]},
        {"letter": "A", "terms": [link(api, ["Web API"])]},
        {"letter": "B", "terms": [link(backend, BACKEND_ALIASES)]},
    ]


@pytest.mark.parametrize(
    ("letter", "titles"), [("b", ["Backend"]), ("A", ["API"]), ("0-9", ["3D printing"]), ("Z", [])]
)
def test_the_letter_filter_lists_the_entries_under_one_heading(client, tree, api, letter, titles):
    add_entry(tree.glossary, "3D printing", summary="Layer by layer.")

    items = listed(client, f"/api/v2/pages/?type=glossary.GlossaryPage&letter={letter}")

    assert [item["title"] for item in items] == titles


@pytest.mark.parametrize("letter", ["ab", "ä", ""])
def test_a_letter_that_is_no_heading_is_a_bad_request(client, tree, letter):
    response = client.get(f"/api/v2/pages/?type=glossary.GlossaryPage&letter={letter}")

    assert response.status_code == 400
    assert response.json() == {"message": "letter must be one letter from A to Z, or 0-9"}


def test_linked_and_related_terms_drop_an_entry_once_its_unpublishing_commits(
    client, tree, api, backend, django_capture_on_commit_callbacks
):
    page = add_standard_page(tree.home, "Integrations", ["<p>Our Backend has an API.</p>"])
    page.related_terms = [StandardPageRelatedTerm(term=backend), StandardPageRelatedTerm(term=api)]
    page.save_revision().publish()
    url = f"/api/v2/pages/{page.pk}/"
    assert client.get(url).json()["linked_terms"] == [link(backend, BACKEND_ALIASES), link(api, ["Web API"])]

    with django_capture_on_commit_callbacks(execute=True):
        backend.unpublish()

    data = client.get(url).json()
    assert data["linked_terms"] == [link(api, ["Web API"])]
    assert data["related_terms"] == [link(api, ["Web API"])]


def test_the_letter_filter_lists_a_new_entry_once_its_publishing_commits(
    client, tree, api, django_capture_on_commit_callbacks
):
    url = "/api/v2/pages/?type=glossary.GlossaryPage&letter=k"
    assert listed(client, url) == []

    with django_capture_on_commit_callbacks(execute=True):
        add_entry(tree.glossary, "Kubernetes", summary="Runs containers.")

    assert [item["title"] for item in listed(client, url)] == ["Kubernetes"]
