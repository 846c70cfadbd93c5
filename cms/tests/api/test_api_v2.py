"""API v2 at /api/v2/: what a front-end reads to build every page type."""

import pytest

from wagtail.models import Site

HOST = "https://glossary.example.com"


@pytest.fixture(autouse=True)
def public_site(tree, settings):
    """The site as the public sees it: URLs in responses must use this host, never localhost."""
    settings.WAGTAILAPI_BASE_URL = HOST
    Site.objects.filter(is_default_site=True).update(hostname="glossary.example.com", port=443)


def get(client, url, status=200):
    response = client.get(url, follow=True)
    assert response.status_code == status, response.content
    return response.json()


def link(page, summary, kind="glossary.GlossaryPage"):
    path = page.url_path.removeprefix("/home")
    return {
        "id": page.pk,
        "type": kind,
        "title": page.title,
        "summary": summary,
        "html_path": path,
        "html_url": f"{HOST}{path}",
    }


def term_link(page, summary, aliases):
    return {**link(page, summary), "aliases": aliases}


def renditions_of(data):
    return {name: (value["width"], value["height"]) for name, value in data["renditions"].items()}


def test_entry_found_by_path_has_every_field_the_template_shows(client, content):
    entry, tree = content.entry, content.tree
    data = get(client, "/api/v2/pages/find/?html_path=/glossary/backend-software-development/")

    assert data["id"] == entry.pk
    assert data["title"] == "Backend Software Development"
    assert data["meta"]["type"] == "glossary.GlossaryPage"
    assert data["meta"]["html_url"] == f"{HOST}/glossary/backend-software-development/"
    assert data["meta"]["detail_url"] == f"{HOST}/api/v2/pages/{entry.pk}/"
    assert data["meta"]["first_published_at"] == "2024-03-19T09:00:00Z"
    assert data["meta"]["parent"]["id"] == tree.glossary.pk
    assert data["summary"] == "The server side of an application."
    assert data["meta_description"] == "The server side of an application."
    assert data["aliases"] == ["Back-end development"]
    assert data["reading_time"] == 2
    assert data["last_reviewed"] == "2024-06-01"
    assert data["breadcrumb"] == [
        link(tree.home, "", "home.HomePage"),
        link(tree.glossary, "", "glossary.GlossaryIndexPage"),
    ]
    assert data["related_terms"] == [term_link(content.api, "How programs talk.", [])]
    assert data["recent_articles"] == [
        {**link(content.article, "A short look at the server side.", "blog.BlogPage"), "date": "2024-05-02"}
    ]


def test_body_is_typed_json_with_rich_text_as_html(client, content):
    body = get(client, f"/api/v2/pages/{content.entry.pk}/")["body"]

    assert [block["type"] for block in body] == ["definition", "advantages", "applications", "image"]
    assert all(len(block["id"]) == 36 for block in body)
    assert body[0]["value"]["heading"] == ""
    assert body[0]["value"]["text"].startswith("<p>Backend explained. word word")
    assert body[1]["value"] == {"heading": "Advantages", "items": [{"title": "Fast", "text": "<p>It is quick.</p>"}]}
    assert body[2]["value"] == {"heading": "Applications", "items": [{"domain": "Web", "text": "<p>Used online.</p>"}]}
    image = body[3]["value"]
    assert (image["alt_text"], image["caption"]) == ("Racks of servers", "Our racks")
    assert image["image"]["alt"] == "Racks of servers"
    assert renditions_of(image["image"]) == {
        "thumbnail": (400, 225),
        "medium": (800, 450),
        "large": (1600, 900),
        "social": (1200, 630),
    }
    assert all(value["url"].startswith(f"{HOST}/media/images/") for value in image["image"]["renditions"].values())


def test_internal_links_in_rich_text_become_public_paths(client, content):
    entry = content.entry
    entry.body = [
        {
            "type": "definition",
            "value": {"heading": "", "text": f'<p>Talks to an <a linktype="page" id="{content.api.pk}">API</a>.</p>'},
        }
    ]
    entry.save()

    body = get(client, f"/api/v2/pages/{entry.pk}/")["body"]

    assert body[0]["value"]["text"] == '<p>Talks to an <a href="/glossary/api/">API</a>.</p>'


def test_article_has_authors_tags_hero_image_and_live_related_terms_only(client, content):
    data = get(client, f"/api/v2/pages/{content.article.pk}/")

    assert data["date"] == "2024-05-02"
    assert data["intro"] == "A short look at the server side."
    assert data["authors"] == [
        {"id": data["authors"][0]["id"], "name": "Priya Raman", "role": "Architect", "photo": None}
    ]
    assert data["tags"] == [{"name": "Cloud", "slug": "cloud"}]
    assert data["hero_image"]["id"] == content.image.pk
    assert data["hero_image"]["title"] == "Server room"
    assert data["share_image"] == data["hero_image"]
    assert data["related_terms"] == [
        term_link(content.entry, "The server side of an application.", ["Back-end development"])
    ]
    assert data["recent_articles"] == []


def test_glossary_index_lists_every_live_term_a_to_z_in_one_request(client, content):
    data = get(client, "/api/v2/pages/find/?html_path=/glossary/")

    assert [
        (group["letter"], [(term["title"], term["aliases"]) for term in group["terms"]]) for group in data["terms"]
    ] == [
        ("A", [("API", [])]),
        ("B", [("Backend Software Development", ["Back-end development"])]),
    ]


def test_home_page_shows_featured_terms_and_newest_articles(client, content):
    data = get(client, "/api/v2/pages/find/?html_path=/")

    assert data["meta"]["type"] == "home.HomePage"
    assert [term["title"] for term in data["featured_terms"]] == ["Backend Software Development"]
    assert [article["title"] for article in data["newest_articles"]] == ["Why backends matter"]


def test_recent_articles_are_one_request(client, content):
    data = get(client, "/api/v2/pages/?type=blog.BlogPage&order=-date&limit=3&fields=date,intro")

    assert [(item["title"], item["date"], item["intro"]) for item in data["items"]] == [
        ("Why backends matter", "2024-05-02", "A short look at the server side.")
    ]


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("type=glossary.GlossaryPage&letter=b", ["Backend Software Development"]),
        ("type=glossary.GlossaryPage&letter=A", ["API"]),
        ("type=glossary.GlossaryPage&letter=0-9", []),
        ("type=blog.BlogPage&tag=cloud", ["Why backends matter"]),
        ("type=blog.BlogPage&tags=Cloud", ["Why backends matter"]),
        ("type=glossary.GlossaryPage&order=-title", ["Backend Software Development", "API"]),
        ("type=glossary.GlossaryPage&search=backend", ["Backend Software Development"]),
    ],
)
def test_filters_a_front_end_needs(client, content, query, titles):
    data = get(client, f"/api/v2/pages/?{query}")
    assert [item["title"] for item in data["items"]] == titles


def test_child_of_lists_a_section(client, content):
    data = get(client, f"/api/v2/pages/?child_of={content.tree.glossary.pk}&order=title")
    assert [item["title"] for item in data["items"]] == ["API", "Backend Software Development"]


def test_pagination_reports_the_total(client, content):
    data = get(client, "/api/v2/pages/?type=glossary.GlossaryPage&order=title&limit=1&offset=1")
    assert data["meta"] == {"total_count": 2}
    assert [item["title"] for item in data["items"]] == ["Backend Software Development"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("fields=colour", "unknown fields: colour"),
        ("colour=red", "query parameter is not an operation or a recognised field: colour"),
        ("type=glossary.Nothing", "type doesn't exist"),
        ("limit=101", "limit cannot be higher than 100"),
        ("limit=ten", "limit must be a positive integer"),
        ("offset=-1", "offset must be a positive integer"),
        ("child_of=abc", "child_of must be a positive integer"),
        ("type=glossary.GlossaryPage&letter=ab", "letter must be one letter from A to Z, or 0-9"),
        ("order=colour", "cannot order by 'colour' (unknown field)"),
    ],
)
def test_invalid_parameters_are_bad_requests_with_a_message(client, content, query, message):
    assert get(client, f"/api/v2/pages/?{query}", status=400) == {"message": message}


def test_unknown_path_is_not_found(client, content):
    assert get(client, "/api/v2/pages/find/?html_path=/glossary/nothing/", status=404) == {"message": "not found"}


def test_images_documents_and_redirects_endpoints(client, content):
    assert [item["title"] for item in get(client, "/api/v2/images/")["items"]] == ["Server room"]
    assert get(client, "/api/v2/documents/")["meta"] == {"total_count": 0}
    assert get(client, "/api/v2/redirects/")["meta"] == {"total_count": 0}
