"""A Redis outage slows pages down but takes none of them down, and leaves nothing stale behind."""

import time

from .pages import heading, index_titles, page_id, publish_title

ENTRY = "/glossary/caching/"
INDEX = "/glossary/"
NEW_TITLE = "Response Caching"
RECOVERY_SECONDS = 60


def entry(instance):
    """How the entry was served (X-Cache) and its title."""
    response = instance.request(ENTRY)
    assert response.status == 200
    return response.headers["X-Cache"], heading(response)


def test_pages_are_served_without_redis_and_a_publish_during_the_outage_shows_after_it(
    demo_site, redis_server, start_gunicorn
):
    site = start_gunicorn(demo_site.env(redis_server.url()))
    caching = page_id(site, "caching")
    assert entry(site) == ("MISS", "Caching")
    assert entry(site) == ("HIT", "Caching")
    site.request(INDEX)

    redis_server.stop()
    assert entry(site) == ("MISS", "Caching")
    assert site.request(INDEX).status == 200
    assert site.request(f"/api/v2/pages/{caching}/").status == 200
    assert publish_title(site, demo_site.admin_token, caching, NEW_TITLE).status == 200
    assert entry(site) == ("MISS", NEW_TITLE)
    assert NEW_TITLE in index_titles(site.request(INDEX))
    assert "Redis cache unreachable" in site.log()

    # Redis comes back with the data it saved: the old generation and the pages cached under it.
    redis_server.start()
    assert redis_server.client().keys("*page-cache:page:*")
    # Until this process reaches Redis again it serves uncached pages; then it renews the
    # generation and caches afresh. Never the page cached before the publish.
    served = [entry(site)]
    deadline = time.monotonic() + RECOVERY_SECONDS
    while served[-1][0] == "MISS" and time.monotonic() < deadline:
        time.sleep(0.5)
        served.append(entry(site))
    assert served[-1] == ("HIT", NEW_TITLE)
    assert {title for _cache, title in served} == {NEW_TITLE}
    assert "Redis cache reachable again" in site.log()
    assert NEW_TITLE in index_titles(site.request(INDEX))
