"""The fast paths (cms.pages.fast_paths) give Wagtail's own answers, for every page of a generated site.

The one difference on purpose: a link to a page outside every Site is `<a>`, where
Wagtail's handler writes `<a href="None">`.

The site: generated entries and articles; the blog made private (sign-in), and one entry
behind a password; Wagtail aliases of that entry and of an article; a draft never
published; an unpublished entry; a page outside every Site; and a second Site rooted at the
blog, so that pages under it belong to two Sites and are linked with their full URLs; and a
German tree (the home page, the glossary, some entries, one of them a draft translation).
Each test asks ours and Wagtail's the same question for every page and compares the answers.
"""

from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.rich_text.pages import PageLinkHandler

from blog.models import BlogPage
from cms.pages.fast_paths.links import CachedPageLinkHandler
from cms.pages.fast_paths.privacy import PageManager
from cms.pages.fast_paths.tree import RoutesByUrlPath, route_for_request, site_for_request, url_maker
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryIndexPage, GlossaryPage
from home.models import HomePage


@pytest.fixture
def site(tree):
    call_command("generate_content", terms=30, articles=10, stdout=StringIO(), stderr=StringIO())
    entries = GlossaryPage.objects.live().order_by("path")
    private_entry, unpublished = entries[0], entries[1]
    PageViewRestriction.objects.create(page=tree.blog, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(
        page=private_entry, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    private_entry.create_alias(parent=tree.glossary, update_slug="alias-of-a-private-entry")
    BlogPage.objects.live().first().create_alias(parent=tree.glossary, update_slug="alias-of-an-article")
    GlossaryPageFactory(parent=tree.glossary, title="Never published", live=False)
    unpublished.unpublish()
    outside = Page.get_first_root_node().add_child(instance=Page(title="Outside every Site", slug="outside"))
    outside.add_child(instance=Page(title="Below it", slug="below"))
    Site.objects.create(hostname="blog.example", port=443, root_page=tree.blog)
    german = Locale.objects.get(language_code="de")
    for page in (tree.home, tree.glossary, *entries[2:6]):
        page.copy_for_translation(german).save_revision().publish()
    entries[6].copy_for_translation(german)
    cache.clear()  # a new generation: the fast paths read the tree as it is now
    return tree


def every_page():
    return list(Page.objects.order_by("path").specific())


def outcome(route, request, components):
    """The page a route finds and its arguments; a routable page's view as its function (a bound
    method equals another only on the same page object)."""
    try:
        page, args, kwargs = route(request, components)
    except Http404:
        return "404"
    return (type(page), page.pk, tuple(getattr(arg, "__func__", arg) for arg in args), kwargs)


@pytest.mark.parametrize(("language", "routes"), [("en", 50), ("de", 11)])
def test_routes_are_wagtails(site, language, routes):
    home = HomePage.objects.get(locale__language_code=language)
    request = RequestFactory().get("/")
    paths = [page.url_path[len(home.url_path) :] for page in every_page() if page.url_path.startswith(home.url_path)]
    paths += ["missing/", "glossary/missing/", f"glossary/{GlossaryPage.objects.live().last().slug}/more/", "blog/a/b/"]
    assert len(paths) == routes
    for path in paths:
        components = [part for part in path.split("/") if part]
        assert outcome(home.route, request, components) == outcome(
            lambda request, components: Page.route(home, request, components), request, components
        ), path


def served(route_result):
    """`outcome` of a route Page.route_for_request found (None for a 404)."""
    return "404" if route_result is None else outcome(lambda request, components: route_result, None, [])


# The default Site (by host, and as the fallback for an unknown host) and the blog's (by host
# and port, and by host alone on another port).
HOSTS = [("localhost", "80"), ("blog.example", "443"), ("elsewhere.example", "80"), ("blog.example", "8080")]


def test_served_sites_and_routes_are_wagtails(site, active_language):
    roots = [page.url_path for page in Page.objects.filter(depth=2)] + [site.blog.url_path]
    paths = {page.url_path[len(root) :] for page in every_page() for root in roots if page.url_path.startswith(root)}
    paths |= {"missing/", "glossary/missing/", "glossary/jsonld/", "blog/a/b/", "", "glossary"}
    assert len(paths) == 62
    for host, port in HOSTS:
        sites = set()
        for path in sorted(paths):
            ours = RequestFactory().get(f"/{path}", HTTP_HOST=host, SERVER_PORT=port)
            wagtails = RequestFactory().get(f"/{path}", HTTP_HOST=host, SERVER_PORT=port)
            assert served(route_for_request(ours, path)) == served(Page.route_for_request(wagtails, path)), (host, path)
            assert site_for_request(ours) == Site.find_for_request(wagtails)
            sites.add(site_for_request(ours).hostname)
        assert sites == {"blog.example" if host == "blog.example" else "localhost"}


@pytest.fixture(params=["en", "de"])
def active_language(request):
    with translation.override(request.param):
        yield request.param


def test_page_links_and_urls_are_wagtails(site, active_language):
    pages = every_page()
    attrs = [{"id": str(page.pk)} for page in [*pages, *reversed(pages)]] + [{"id": str(pages[-1].pk + 1000)}]
    ours = CachedPageLinkHandler.expand_db_attributes_many(attrs)
    # The one difference, on purpose: a page outside every Site has no URL, which Wagtail writes as "None".
    wagtails = ["<a>" if tag == '<a href="None">' else tag for tag in PageLinkHandler.expand_db_attributes_many(attrs)]
    assert ours == wagtails
    assert ours.count('<a href="https://blog.example/">') == 2
    assert ours.count("<a>") == 7
    url = url_maker()
    assert [url(page.url_path) for page in pages] == [page.url for page in pages]
    assert sum(1 for page in pages if page.url and page.url.startswith("http://localhost/de/")) == 7
    full_url = url_maker(absolute=True)
    assert [full_url(page.url_path) for page in pages] == [page.full_url for page in pages]


def test_privacy_is_wagtails(site):
    pages = every_page()
    ours = {page.pk: set(page.get_view_restrictions().values_list("pk", flat=True)) for page in pages}
    wagtails = {page.pk: set(Page.get_view_restrictions(page).values_list("pk", flat=True)) for page in pages}
    assert ours == wagtails
    assert sum(1 for restrictions in ours.values() if restrictions) > 10
    for model in get_page_models():
        if isinstance(model.objects, PageManager):
            assert set(model.objects.public().values_list("pk", flat=True)) == set(
                Page.objects.type(model).public().values_list("pk", flat=True)
            ), model
            assert set(model.objects.not_public().values_list("pk", flat=True)) == set(
                Page.objects.type(model).not_public().values_list("pk", flat=True)
            ), model


def test_no_page_type_routes_or_makes_its_urls_its_own_way():
    """The fast paths bypass the page's own `route` and `get_url_parts`: a page type that
    overrides them needs Wagtail's paths (or the fast paths taught its rule). The glossary
    index routes its dataset (`jsonld/`), a path no page has: the fast path walks it as Wagtail
    does, and the index's own route answers it."""
    assert [model for model in get_page_models() if model.get_url_parts is not Page.get_url_parts] == []
    routing = {model for model in get_page_models() if model.route is not Page.route}
    assert routing == {HomePage, GlossaryIndexPage}
    assert HomePage.route is RoutesByUrlPath.route
    assert GlossaryIndexPage.route is RoutablePageMixin.route
