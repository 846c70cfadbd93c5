"""Headless preview (wagtail-headless-preview on Wagtail 8): the editor's "Preview" sends
the browser to the front-end with a token, and the front-end reads the draft by token."""

from urllib.parse import parse_qs, urlsplit

import pytest

from django.urls import reverse

from wagtail_headless_preview.models import PagePreview

from cms.tests.form_data import glossary_entry_form_data

FRONTEND = "http://127.0.0.1:8020/api/draft/"
NOT_A_PAGE_TYPE = "content_type must name a page type, e.g. glossary.glossarypage"


def preview_in_admin(admin_client, page, summary):
    """Do what the page editor's preview panel does: post the form, then open the preview."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = glossary_entry_form_data(page.title, page.slug, summary)
    assert admin_client.post(url, form).json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(url, {"mode": "frontend"})
    assert response.status_code == 302
    return response["Location"]


def preview_query(location):
    assert location.startswith(FRONTEND + "?")
    return {key: values[0] for key, values in parse_qs(urlsplit(location).query).items()}


@pytest.fixture
def preview(admin_client, content):
    location = preview_in_admin(admin_client, content.api, summary="Draft: how programs talk to each other.")
    return preview_query(location)


def test_the_site_preview_still_renders_our_template(admin_client, content):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[content.api.pk])
    admin_client.post(url, glossary_entry_form_data("API", "api", "Draft: a preview on the site."))

    response = admin_client.get(url)

    assert response.status_code == 200
    assert "Draft: a preview on the site." in response.content.decode()


def test_preview_redirects_to_the_front_end_with_type_and_token(preview, content):
    assert preview["content_type"] == "glossary.glossarypage"
    assert preview["token"].startswith(f"id={content.api.pk}:")


def test_front_end_reads_the_draft_by_token(client, preview, content):
    response = client.get("/api/v2/page_preview/", preview)

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["id"] == content.api.pk
    assert data["summary"] == "Draft: how programs talk to each other."
    assert [block["type"] for block in data["body"]] == ["definition", "advantages", "applications"]
    assert data["body"][0]["value"]["text"].endswith(">Software that runs on servers.</p>")
    assert data["meta"]["html_url"] == "http://localhost/glossary/api/"


def test_previewing_saves_nothing_readers_see(client, preview, content):
    assert client.get(f"/api/v2/pages/{content.api.pk}/").json()["summary"] == "How programs talk."
    assert client.get("/glossary/api/").content.decode().count("How programs talk.") >= 1


def test_a_forged_token_is_refused(client, preview):
    forged = {**preview, "token": preview["token"][:-2] + "xx"}
    response = client.get("/api/v2/page_preview/", forged)
    assert (response.status_code, response.json()) == (400, {"message": "The preview token is not valid."})
    assert response["Cache-Control"] == "private, no-store"


def test_an_expired_token_is_refused(client, preview, settings):
    settings.HEADLESS_PREVIEW_MAX_AGE = -1  # any age is past it
    response = client.get("/api/v2/page_preview/", preview)
    assert response.status_code == 410
    assert response.json() == {"message": "This preview has expired: open the preview from the editor again."}


def test_a_token_is_dead_once_the_page_is_published(client, preview, content):
    content.api.save_revision().publish()

    response = client.get("/api/v2/page_preview/", preview)

    assert response.status_code == 404
    assert response.json() == {
        "message": "No preview for this token and content type: the page may have been published since."
    }
    assert not PagePreview.objects.exists()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"content_type": "glossary.nothing", "token": "x"}, NOT_A_PAGE_TYPE),
        ({"content_type": "auth.user", "token": "x"}, NOT_A_PAGE_TYPE),
        ({"token": "x"}, NOT_A_PAGE_TYPE),
        ({"content_type": "glossary.glossarypage"}, "The preview token is not valid."),
    ],
)
def test_bad_requests_are_told_why(client, content, query, message):
    response = client.get("/api/v2/page_preview/", query)
    assert (response.status_code, response.json()) == (400, {"message": message})


def test_a_token_of_one_type_does_not_open_another(client, preview):
    response = client.get("/api/v2/page_preview/", {**preview, "content_type": "blog.blogpage"})
    assert response.status_code == 404


def test_a_new_page_can_be_previewed_before_it_is_saved(admin_client, client, content):
    url = reverse("wagtailadmin_pages:preview_on_add", args=["glossary", "glossarypage", content.tree.glossary.pk])
    form = glossary_entry_form_data("Cache", "cache", "A fast copy of data.")
    assert admin_client.post(url, form).json() == {"is_valid": True, "is_available": True}

    query = preview_query(admin_client.get(url, {"mode": "frontend"})["Location"])
    data = client.get("/api/v2/page_preview/", query).json()

    assert (data["id"], data["title"], data["summary"]) == (None, "Cache", "A fast copy of data.")
