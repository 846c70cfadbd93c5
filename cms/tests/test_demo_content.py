"""`manage.py load_demo_content` builds the demo site once; running it again changes nothing."""

from io import StringIO

import pytest
from taggit.models import TaggedItem

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.db.models import Max

from wagtail.images.models import Image
from wagtail.models import Page, Revision, Site

from blog.models import Author, BlogPage
from cms.demo.users import DEMO_USERS
from cms.editorial.content_checks import page_problems
from cms.tests.html import soup, texts
from glossary.models import GlossaryAlias, GlossaryPage, GlossaryRelatedTerm

REQUIRED_TERMS = {
    "Backend Software Development",
    "API",
    "REST",
    "Database",
    "ORM",
    "Caching",
    "Microservices",
    "Authentication",
    "Load Balancer",
    "Webhook",
    "Headless CMS",
    "CI/CD",
}
REFERENCE_ARTICLES = {
    "How cloud call centers help Financial Firms?",
    "Revolutionizing Fintech: Unleashing Success Through Seamless UX/UI Design",
    "Trading Systems: Exploring the Differences",
}


def load():
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("pk", "url_path", "live", "first_published_at", "last_published_at")),
        "revisions": Revision.objects.count(),
        "latest_revision": Revision.objects.aggregate(Max("created_at")),
        "images": sorted(Image.objects.values_list("pk", "title", "file")),
        "users": sorted(get_user_model().objects.values_list("pk", "username", "password")),
        "authors": Author.objects.count(),
        "aliases": GlossaryAlias.objects.count(),
        "related": GlossaryRelatedTerm.objects.count(),
        "tagged": TaggedItem.objects.count() + BlogPage.tags.through.objects.count(),
        "sites": sorted(Site.objects.values_list("pk", "hostname", "port", "root_page_id", "is_default_site")),
    }


@pytest.fixture
def demo(db):
    return load()


def test_running_twice_changes_and_duplicates_nothing(demo):
    before = snapshot()
    output = load()
    assert snapshot() == before
    assert output.splitlines()[0] == "Demo content: created 0 pages, 0 images, 0 users and 0 authors this run."


def test_builds_the_glossary_and_the_blog(demo):
    assert demo.splitlines()[0].startswith("Demo content: created 29 pages, 10 images, 3 users")
    terms = set(GlossaryPage.objects.live().values_list("title", flat=True))
    assert terms >= REQUIRED_TERMS
    assert len(terms) >= 12
    assert set(BlogPage.objects.live().values_list("title", flat=True)) >= REFERENCE_ARTICLES
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"


def test_the_site_is_where_it_is_served_so_api_urls_point_there(db, client):
    call_command("load_demo_content", "--base-url", "https://glossary.example.com", stdout=StringIO())

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("glossary.example.com", 443)
    found = client.get("/api/v2/pages/find/?html_path=/glossary/api/", follow=True).json()
    assert found["meta"]["html_url"] == "https://glossary.example.com/glossary/api/"


def test_every_demo_page_passes_the_content_checks_and_every_block_kind_is_used(demo):
    used = set()
    for page in [*GlossaryPage.objects.all(), *BlogPage.objects.all()]:
        assert page_problems(page) == [], page.title
        used |= {block.block_type for block in page.body}
    assert used == set(GlossaryPage.body.field.stream_block.child_blocks)


def test_demo_users_log_in_with_the_printed_passwords(demo):
    for user in DEMO_USERS:
        assert f"{user.username}" in demo and user.password in demo
        assert authenticate(username=user.username, password=user.password) is not None
    groups = {u.username: list(u.groups.values_list("name", flat=True)) for u in get_user_model().objects.all()}
    assert groups == {"admin": [], "editor": ["Editors"], "reviewer": ["Reviewers"]}
    assert get_user_model().objects.get(username="admin").is_superuser


def test_the_banner_names_the_front_ends_home_page_not_its_preview_route(demo, settings):
    assert settings.WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]["default"] == "http://127.0.0.1:8020/api/draft/"
    assert "  Front-end:       http://127.0.0.1:8020/\n" in demo


def test_reference_entry_is_served_with_its_sections(client, demo):
    response = client.get("/glossary/backend-software-development/")
    assert response.status_code == 200
    html = soup(response)
    assert texts(html.select("nav.breadcrumb li")) == ["Home", "Glossary", "Backend Software Development"]
    assert texts(html.select("article .page-meta .page-meta__item")) == ["March 19, 2024", "Read 2 min"]
    assert texts(html.select("article .article__body h2")) == [
        "What is Backend Software Development?",
        "Advantages",
        "Applications",
        "Conclusion",
    ]
    assert texts(html.select("aside.sidebar li a")) == [
        "How cloud call centers help Financial Firms?",
        "Revolutionizing Fintech: Unleashing Success Through Seamless UX/UI Design",
        "Trading Systems: Exploring the Differences",
    ]
