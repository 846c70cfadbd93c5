"""sitemap.xml lists what readers can open, and robots.txt points crawlers to it."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext("sm:lastmod", namespaces=SITEMAP_NS)
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def test_sitemap_lists_live_public_pages_only(client, content):
    """Drafts, private, expired and scheduled pages, and unpublished articles, stay out."""
    assert list(sitemap_entries(client)) == [
        "http://localhost/",
        "http://localhost/glossary/",
        "http://localhost/glossary/api/",
        "http://localhost/glossary/backend-software-development/",
        "http://localhost/blog/",
        "http://localhost/blog/why-backends-matter/",
    ]


def test_sitemap_lastmod_is_the_last_publication(client, content):
    content.entry.save_revision().publish()
    Page.objects.filter(pk=content.entry.pk).update(
        last_published_at=timezone.make_aware(datetime.datetime(2024, 6, 1, 23, 30))
    )

    assert sitemap_entries(client)["http://localhost/glossary/backend-software-development/"] == "2024-06-01"


def test_a_page_made_private_leaves_the_sitemap(client, content):
    PageViewRestriction.objects.create(page=content.tree.blog, restriction_type=PageViewRestriction.LOGIN)

    assert list(sitemap_entries(client)) == [
        "http://localhost/",
        "http://localhost/glossary/",
        "http://localhost/glossary/api/",
        "http://localhost/glossary/backend-software-development/",
    ]


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\n\nSitemap: http://testserver/sitemap.xml\n"
    )


def test_robots_txt_names_the_sitemap_on_the_host_and_scheme_asked(client, db):
    response = client.get("/robots.txt", secure=True, headers={"host": "glossary.example.com"})

    assert response.content.decode().splitlines()[-1] == "Sitemap: https://glossary.example.com/sitemap.xml"
