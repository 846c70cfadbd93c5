"""Term links in a site's own page (the test app's StandardPage, whose template wraps its body in
`{% link_glossary_terms page %}`), and when a change to the glossary reaches them."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction, Site

from glossary import term_index
from glossary.tests.testapp.models import HomePage
from glossary.tests.tree import add_entry, add_standard_page
from glossary.versions import TERMS_VERSION

API_SUMMARY = "How programs talk to each other."


@pytest.fixture
def api(tree):
    return add_entry(tree.glossary, "API", summary=API_SUMMARY)


def rendered(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def term_links(client, page):
    links = BeautifulSoup(rendered(client, page), "html.parser").select("a.term-link")
    return [(link.get_text(), link["href"]) for link in links]


def test_the_first_mention_of_a_live_term_links_to_it_with_its_summary_as_a_tooltip(client, tree, api):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>", "<p>The API again.</p>"])

    html = rendered(client, page)

    assert (
        '<p>Call the <span class="term-ref"><a class="term-link" href="/glossary/api/" '
        f'aria-describedby="term-tip-{api.pk}">API</a><span class="term-tip" id="term-tip-{api.pk}" '
        f'role="tooltip">{API_SUMMARY}</span></span>.</p>'
    ) in html
    assert "<p>The API again.</p>" in html
    assert html.count("term-link") == 1


def test_an_alias_links_to_its_entry(client, tree):
    backend = add_entry(tree.glossary, "Backend", summary="The server side.", aliases=["server side"])
    page = add_standard_page(tree.home, "Stacks", ["<p>Work on the server side.</p>"])

    assert term_links(client, page) == [("server side", "/glossary/backend/")]
    assert backend.alias_names == ["server side"]


def test_drafts_unpublished_and_private_entries_are_never_linked_and_their_summaries_never_show(client, tree, api):
    add_entry(tree.glossary, "Kubernetes", summary="Draft summary of Kubernetes.", live=False)
    retired = add_entry(tree.glossary, "Mainframe", summary="Unpublished summary of Mainframe.")
    retired.unpublish()
    secret = add_entry(tree.glossary, "Secret", summary="Private summary of Secret.")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    page = add_standard_page(tree.home, "Ops", ["<p>API, Kubernetes, Mainframe and Secret.</p>"])

    html = rendered(client, page)

    assert term_links(client, page) == [("API", "/glossary/api/")]
    assert "Draft summary" not in html
    assert "Unpublished summary" not in html
    assert "Private summary" not in html


def test_a_draft_of_a_live_entry_never_shows(client, tree, api):
    api.title = "Application Interface"
    api.summary = "A summary still in draft."
    api.save_revision()
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API or the Application Interface.</p>"])

    html = rendered(client, page)

    assert term_links(client, page) == [("API", "/glossary/api/")]
    assert "A summary still in draft." not in html
    assert API_SUMMARY in html


def test_a_body_is_linked_once_per_terms_version_and_again_when_it_changes(client, tree, api, monkeypatch):
    linked_bodies = []
    link_terms = term_index.link_terms
    monkeypatch.setattr(
        term_index,
        "link_terms",
        lambda html, *args, **kwargs: linked_bodies.append(html) or link_terms(html, *args, **kwargs),
    )
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])

    first, again = term_links(client, page), term_links(client, page)
    assert len(linked_bodies) == 1
    page.body = [("paragraph", "<p>Call the API twice.</p>")]
    page.save_revision().publish()
    changed = BeautifulSoup(rendered(client, page), "html.parser")

    assert first == again == [("API", "/glossary/api/")]
    assert len(linked_bodies) == 2
    assert (
        changed.select_one("a.term-link").parent.parent.get_text()
        == "Call the APIHow programs talk to each other. twice."
    )


def test_publishing_a_new_entry_renews_the_terms_version_once_committed(
    client, tree, api, django_capture_on_commit_callbacks
):
    page = add_standard_page(tree.home, "Ops", ["<p>The API runs on Kubernetes.</p>"])
    assert term_links(client, page) == [("API", "/glossary/api/")]
    before = TERMS_VERSION.current()

    with django_capture_on_commit_callbacks() as callbacks:
        add_entry(tree.glossary, "Kubernetes", summary="Runs containers.")
    assert TERMS_VERSION.current() == before
    for callback in callbacks:
        callback()

    assert TERMS_VERSION.current() != before
    assert term_links(client, page) == [("API", "/glossary/api/"), ("Kubernetes", "/glossary/kubernetes/")]


def test_publishing_a_standard_page_keeps_the_terms_version(client, tree, api, django_capture_on_commit_callbacks):
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks(execute=True):
        add_standard_page(tree.home, "Ops", ["<p>The API.</p>"])
    assert TERMS_VERSION.current() == before


def test_moving_the_index_renews_the_version_and_links_follow_it(client, tree, api, django_capture_on_commit_callbacks):
    section = add_standard_page(tree.home, "Docs", [])
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    assert term_links(client, page) == [("API", "/glossary/api/")]
    before = TERMS_VERSION.current()

    with django_capture_on_commit_callbacks(execute=True):
        tree.glossary.move(section, pos="last-child")

    assert TERMS_VERSION.current() != before
    assert term_links(client, page) == [("API", "/docs/glossary/api/")]


def test_a_new_slug_for_the_index_renews_the_version_and_links_follow_it(
    client, tree, api, django_capture_on_commit_callbacks
):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    assert term_links(client, page) == [("API", "/glossary/api/")]
    before = TERMS_VERSION.current()

    with django_capture_on_commit_callbacks(execute=True):
        tree.glossary.slug = "terms"
        tree.glossary.save()

    assert TERMS_VERSION.current() != before
    assert term_links(client, page) == [("API", "/terms/api/")]


def test_a_new_slug_for_a_page_above_the_index_renews_the_version(
    client, tree, api, django_capture_on_commit_callbacks
):
    section = add_standard_page(tree.home, "Docs", [])
    tree.glossary.move(section, pos="last-child")
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    assert term_links(client, page) == [("API", "/docs/glossary/api/")]

    with django_capture_on_commit_callbacks(execute=True):
        section.slug = "reference"
        section.save()

    assert term_links(client, page) == [("API", "/reference/glossary/api/")]


def test_a_view_restriction_on_the_index_unlinks_its_entries(client, tree, api, django_capture_on_commit_callbacks):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    assert term_links(client, page) == [("API", "/glossary/api/")]
    before = TERMS_VERSION.current()

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=tree.glossary, restriction_type=PageViewRestriction.LOGIN)

    assert TERMS_VERSION.current() != before
    html = rendered(client, page)
    assert term_links(client, page) == []
    assert API_SUMMARY not in html


def test_a_new_slug_for_a_standard_page_keeps_the_version(tree, api, django_capture_on_commit_callbacks):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    before = TERMS_VERSION.current()
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "integration-guide"
        page.save()
    assert TERMS_VERSION.current() == before


def test_an_editor_can_switch_term_links_off_for_a_page(client, tree, api):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"], link_glossary_terms=False)

    html = rendered(client, page)

    assert term_links(client, page) == []
    assert "<p>Call the API.</p>" in html
    assert API_SUMMARY not in html


def test_a_second_site_renews_the_version_and_links_carry_their_site_s_root_url(
    client, tree, api, django_capture_on_commit_callbacks
):
    page = add_standard_page(tree.home, "Integrations", ["<p>Call the API.</p>"])
    assert term_links(client, page) == [("API", "/glossary/api/")]
    other_home = tree.home.get_parent().add_child(instance=HomePage(title="Docs home", slug="docs-home"))

    with django_capture_on_commit_callbacks(execute=True):
        Site.objects.create(hostname="docs.example.com", port=80, root_page=other_home)

    assert term_links(client, page) == [("API", "http://localhost/glossary/api/")]
