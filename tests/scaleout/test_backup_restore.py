"""The backup and restore of docs/deploy.md: pg_dump and the media folder, restored elsewhere, serve the same site."""

import json
import re
import subprocess

from bs4 import BeautifulSoup

from .pages import page_id
from .servers import create_database, database_url, drop_database, manage, postgres_command

PAGES = ["/", "/glossary/", "/glossary/api/", "/glossary/caching/", "/blog/"]
NONCE = re.compile(r'nonce="[^"]*"')
# Share and feed links are built from the request's host: ask both sites as the same one.
HOST = {"Host": "127.0.0.1:8000"}


def same_for_every_request(text):
    """The body without its Content-Security-Policy nonces, which are new for each render."""
    return NONCE.sub('nonce=""', text)


def media_paths(html):
    soup = BeautifulSoup(html, "html.parser")
    sources = [image["src"] for image in soup.find_all("img")] + [
        meta["content"] for meta in soup.select("meta[content]")
    ]
    return {re.sub(r"^(https?://[^/]+)?/media/", "", source) for source in sources if "/media/" in source}


def test_a_restored_backup_serves_the_same_pages_and_api(demo_site, redis_server, start_gunicorn, tmp_path):
    original = start_gunicorn(demo_site.env(redis_server.url()))
    article = json.loads(original.request("/api/v2/pages/?type=blog.BlogPage&order=id&limit=1").text)["items"][0]
    entry = page_id(original, "api")
    pages = [*PAGES, article["meta"]["html_url"].removeprefix("http://127.0.0.1:8000")]
    urls = [
        *pages,
        "/sitemap.xml",
        "/api/v2/pages/?type=glossary.GlossaryPage&fields=*&limit=50",
        f"/api/v2/pages/{article['id']}/",
        f"/api/v3/pages/{entry}/",
    ]
    served = {url: original.request(url, headers=HOST) for url in urls}
    assert {url: response.status for url, response in served.items()} == dict.fromkeys(urls, 200)

    dump, archive = tmp_path / "glossary.dump", tmp_path / "media.tar.gz"
    postgres_command("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database_url(demo_site.database))
    subprocess.run(["tar", "-czf", archive, "-C", demo_site.media_root, "."], check=True)

    restored_database, restored_media = create_database(), tmp_path / "restored-media"
    restored_media.mkdir()
    try:
        postgres_command(
            "pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={database_url(restored_database)}", dump
        )
        subprocess.run(["tar", "-xzf", archive, "-C", restored_media], check=True)
        # Restored in place: the same Redis, whose cached pages the documented clear retires.
        restored_env = demo_site.env(redis_server.url(), restored_database, restored_media)
        manage(restored_env, "shell", "-c", "from django.core.cache import cache; cache.clear()")
        restored = start_gunicorn(restored_env)
        answers = {url: restored.request(url, headers=HOST) for url in urls}
        assert {url: response.status for url, response in answers.items()} == dict.fromkeys(urls, 200)
        assert {url: answers[url].headers["X-Cache"] for url in pages} == dict.fromkeys(pages, "MISS")
        assert {url: same_for_every_request(response.text) for url, response in answers.items()} == {
            url: same_for_every_request(response.text) for url, response in served.items()
        }
        images = set().union(*(media_paths(served[url].text) for url in pages))
        assert images
        assert [path for path in sorted(images) if not (restored_media / path).is_file()] == []
    finally:
        drop_database(restored_database)
