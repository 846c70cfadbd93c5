"""Two gunicorn instances sharing one PostgreSQL and one Redis, as behind a load balancer."""

import json

from .pages import heading, index_titles, page_id, publish_title

ENTRY = "/glossary/backend-software-development/"
INDEX = "/glossary/"
NEW_TITLE = "Server-side Software Development"


def test_a_publish_through_one_instance_shows_at_once_through_the_other(demo_site, redis_server, start_gunicorn):
    env = demo_site.env(redis_server.url())
    a, b = start_gunicorn(env, workers=2), start_gunicorn(env, workers=2)
    entry_id = page_id(a, "backend-software-development")
    for instance in (a, b):
        for path in (ENTRY, INDEX):
            instance.request(path)
            warm = instance.request(path)
            assert (warm.status, warm.headers["X-Cache"]) == (200, "HIT")
        assert heading(instance.request(ENTRY)) == "Backend Software Development"
        assert "Backend Software Development" in index_titles(instance.request(INDEX))

    published = publish_title(a, demo_site.admin_token, entry_id, NEW_TITLE)
    assert published.status == 200, published.text

    page = b.request(ENTRY)
    assert (page.status, page.headers["X-Cache"], heading(page)) == (200, "MISS", NEW_TITLE)
    titles = index_titles(b.request(INDEX))
    assert NEW_TITLE in titles
    assert "Backend Software Development" not in titles
    assert json.loads(b.request(f"/api/v2/pages/{entry_id}/").text)["title"] == NEW_TITLE
    assert json.loads(b.request(f"/api/v3/pages/{entry_id}/").text)["title"] == NEW_TITLE
