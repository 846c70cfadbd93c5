"""Control characters in query parameters are refused once, for every view of the site."""

import pytest

MESSAGE = "Query parameters must not contain control characters (such as %00)"

REFUSED = [
    "/glossary/?q=%00",
    "/blog/?tag=%00",
    "/search/?q=%00",
    "/glossary/?letter=a%01",
    "/blog/?page=%1F",
    "/search/?q=a%0Bb",
    "/?utm_source=%7F%00",
    "/glossary/?%00=x",
]


@pytest.mark.parametrize("url", REFUSED)
def test_a_page_answers_its_400_page(client, content, url):
    response = client.get(url)

    assert response.status_code == 400
    assert [template.name for template in response.templates][0] == "400.html"
    html = response.content.decode()
    assert "<title>Bad request | Software Glossary</title>" in html
    assert f"{MESSAGE}." in html


@pytest.mark.parametrize("url", ["/search/?q=backend%09software", "/glossary/?q=api%0D%0A", "/blog/?tag=cloud"])
def test_tab_and_line_breaks_are_still_read(client, content, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("query", ["search=%00", "search=a%1Fb", "%01=x", "type=blog.BlogPage&tag=%00"])
def test_api_v2_answers_its_json(client, content, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert (response.status_code, response.json()) == (400, {"message": MESSAGE})


@pytest.mark.parametrize(
    "url", ["/api/v3/pages/?search=%00", "/api/v3/pages/find/?html_path=%01", "/api/v3/images/?%1F=x"]
)
def test_api_v3_answers_its_problem_json(client, content, url):
    response = client.get(url)
    assert response["Content-Type"] == "application/problem+json"
    assert (response.status_code, response.json()) == (
        400,
        {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": MESSAGE},
    )


def test_the_admin_is_covered_too(client, content, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.com", "pw"))
    response = client.get("/admin/pages/search/?q=%00")
    assert response.status_code == 400
