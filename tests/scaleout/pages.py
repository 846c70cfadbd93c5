"""What the deployment tests read from, and write to, a running site."""

import json

from bs4 import BeautifulSoup


def page_id(instance, slug):
    return json.loads(instance.request(f"/api/v2/pages/?slug={slug}").text)["items"][0]["id"]


def publish_title(instance, token, page_id, title):
    """Retitle and publish a page at once, through API v3 as a superuser."""
    return instance.request(
        f"/api/v3/pages/{page_id}/",
        method="PATCH",
        data=json.dumps({"title": title, "meta": {"action": "publish"}}).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )


def heading(response):
    return BeautifulSoup(response.text, "html.parser").h1.get_text(strip=True)


def index_titles(response):
    """The entries the glossary index lists."""
    return [link.get_text(strip=True) for link in BeautifulSoup(response.text, "html.parser").select("main li a")]
