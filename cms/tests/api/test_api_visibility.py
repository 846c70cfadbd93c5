"""Without a token, both APIs show live, public pages only: never drafts, private,
expired or scheduled pages, and never links to them."""

import pytest

from wagtail.models import APIToken

HIDDEN = ("draft", "private", "expired", "scheduled")
LIVE_TERMS = ["API", "Backend Software Development"]


def titles_v2(client, query):
    return [item["title"] for item in client.get(f"/api/v2/pages/?{query}").json()["items"]]


def titles_v3(client, query, **headers):
    return [item["title"] for item in client.get(f"/api/v3/pages/?{query}", **headers).json()["items"]]


def test_hidden_pages_are_what_the_fixture_says(content):
    assert not content.draft.live
    assert content.private.live and content.private.get_view_restrictions().exists()
    assert content.expired.expired and not content.expired.live
    assert not content.scheduled.live and content.scheduled.go_live_at is not None


def test_listings_show_live_public_terms_only(client, content):
    assert titles_v2(client, "type=glossary.GlossaryPage&order=title&limit=100") == LIVE_TERMS
    assert titles_v3(client, "type=glossary.GlossaryPage&order=title&limit=100") == LIVE_TERMS
    assert titles_v2(client, "type=blog.BlogPage") == ["Why backends matter"]
    assert titles_v3(client, "type=blog.BlogPage") == ["Why backends matter"]


def test_search_finds_no_hidden_term(client, content):
    assert titles_v2(client, "type=glossary.GlossaryPage&search=term") == []
    assert titles_v3(client, "type=glossary.GlossaryPage&search=term") == []


@pytest.mark.parametrize("name", HIDDEN)
def test_hidden_page_detail_is_not_found(client, content, name):
    page = getattr(content, name)
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert client.get(f"/api/v3/pages/{page.pk}/").status_code == 404
    assert client.get(f"/api/v3/pages/{page.pk}/?version=draft").status_code == 404


@pytest.mark.parametrize("name", HIDDEN)
def test_hidden_page_is_not_found_by_path(client, content, name):
    page = getattr(content, name)
    path = f"/glossary/{page.slug}/"
    assert client.get(f"/api/v2/pages/find/?html_path={path}").status_code == 404
    assert client.get(f"/api/v3/pages/find/?html_path={path}").status_code == 404


def test_links_to_hidden_pages_are_left_out(client, content):
    entry = client.get(f"/api/v2/pages/{content.entry.pk}/").json()
    article = client.get(f"/api/v2/pages/{content.article.pk}/").json()
    home = client.get(f"/api/v2/pages/{content.tree.home.pk}/").json()
    glossary = client.get(f"/api/v2/pages/{content.tree.glossary.pk}/").json()

    assert [term["title"] for term in entry["related_terms"]] == ["API"]
    assert [term["title"] for term in article["related_terms"]] == ["Backend Software Development"]
    assert [term["title"] for term in home["featured_terms"]] == ["Backend Software Development"]
    assert [article["title"] for article in home["newest_articles"]] == ["Why backends matter"]
    assert [term["title"] for group in glossary["terms"] for term in group["terms"]] == LIVE_TERMS


def test_unpublished_changes_of_a_live_page_stay_private(client, content):
    entry = content.entry
    entry.summary = "A draft summary nobody may read yet."
    entry.save_revision()

    assert client.get(f"/api/v2/pages/{entry.pk}/").json()["summary"] == "The server side of an application."
    assert client.get(f"/api/v3/pages/{entry.pk}/?version=draft").json()["summary"] == (
        "The server side of an application."
    )


def test_a_session_cookie_does_not_open_v3_to_drafts(admin_client, content):
    assert admin_client.get(f"/api/v3/pages/{content.draft.pk}/").status_code == 404


def test_a_token_shows_its_owner_what_they_may_edit(client, content, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    _token, secret = APIToken.create_token(user=user, name="CI")

    response = client.get(f"/api/v3/pages/{content.draft.pk}/", HTTP_AUTHORIZATION=f"Bearer {secret}")

    assert response.status_code == 200
    assert response.json()["title"] == "Draft term"
