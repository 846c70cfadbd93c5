"""Every page type readers see passes axe-core's WCAG 2.1 A and AA rules, on a desktop and a phone.

axe-core is the npm package pinned in tests/e2e/package.json; `make test` installs it with
`npm ci --prefix tests/e2e` and nothing is downloaded while the tests run.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.contrib.auth.models import Group
from django.template.loader import render_to_string

from wagtail.models import PageViewRestriction

from blog.models import BlogPage
from cms.demo.loader import load_demo_content
from glossary.models import GlossaryPage

from .browser import E2E

pytestmark = E2E

AXE = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 375, "height": 812}}
# Not served by the live server: the page Django renders when a view fails.
# The error pages, served by Playwright: the live server cannot be made to fail or lose its database.
ERROR_PAGES = {"/a-view-that-failed/": ("500.html", 500), "/while-the-database-restarts/": ("503.html", 503)}

RUN_AXE = """
async (tags) => {
    const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
"""


@pytest.fixture
def demo_site(live_server):
    """The demo content `make run` shows, with one entry behind a password and one for signed-in
    readers only, so that Wagtail's password and sign-in pages are checked too."""
    load_demo_content(live_server.url)
    by_password, by_group = GlossaryPage.objects.live().filter(locale__language_code="en").order_by("-path")[:2]
    PageViewRestriction.objects.create(
        page=by_password, restriction_type=PageViewRestriction.PASSWORD, password="demo-secret"
    )
    members_only = PageViewRestriction.objects.create(page=by_group, restriction_type=PageViewRestriction.GROUPS)
    members_only.groups.add(Group.objects.get(name="Editors"))
    return {"password": by_password.url, "sign_in": by_group.url}


def reader_pages(private):
    """(name, path, what the reader sees once it has loaded) for each page type."""
    english = {"locale__language_code": "en"}
    entry = GlossaryPage.objects.live().public().get(slug="backend-software-development", **english)
    article = BlogPage.objects.live().public().filter(**english).order_by("-date").first()
    tag = article.tags.order_by("slug").first().slug
    return [
        ("home", "/", "h1"),
        ("glossary index", "/glossary/", ".term-list__title"),
        ("glossary index, one letter", "/glossary/?letter=b", ".term-list__title"),
        ("glossary index, a search without JavaScript", "/glossary/?q=api", ".term-list__title"),
        ("glossary entry", entry.url, ".article__body"),
        ("blog index", "/blog/", ".post-card__title"),
        ("blog index, one tag", f"/blog/?tag={tag}", ".post-card__title"),
        ("blog article", article.url, ".article__body"),
        ("search results", "/search/?q=api", ".search-results__title"),
        ("search without results", "/search/?q=zzzzzz", ".empty-state"),
        ("search form", "/search/", ".empty-state"),
        ("page not found", "/no-such-page/", "h1"),
        ("German glossary index", "/de/glossary/", ".term-list__title"),
        ("German glossary entry", "/de/glossary/backend-software-development/", ".article__body"),
        ("German search results", "/de/search/?q=api", ".search-results__title"),
        ("German page not found", "/de/no-such-page/", "h1"),
        ("bad request", "/glossary/?q=%00", "h1"),
        ("server error", "/a-view-that-failed/", "h1"),
        ("database briefly unavailable", "/while-the-database-restarts/", "h1"),
        ("password-protected page", private["password"], "input[type=password]"),
        ("page for signed-in readers", private["sign_in"], "input[type=password]"),
    ]


def axe_violations(page):
    page.add_script_tag(path=AXE)
    return page.evaluate(RUN_AXE, WCAG_21_AA)


def report(found):
    return "\n".join(
        f"{name}: {violation['id']} ({violation['help']}) at {', '.join(violation['targets'])}"
        for name, violations in found.items()
        for violation in violations
    )


def tab(browser, width):
    """A tab of the given width that lets Playwright inject axe-core: the policy forbids inline
    scripts, which is how add_script_tag adds it."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci --prefix tests/e2e` (make test does).")
    context = browser.new_context(viewport=WIDTHS[width], bypass_csp=True)
    context.set_default_timeout(15_000)
    context.set_default_navigation_timeout(30_000)
    return context.new_page()


def check(page, base_url, pages):
    """axe-core's violations on each page once what the reader waits for has loaded, by page name."""
    found = {}
    for name, path, loaded in pages:
        page.goto(f"{base_url}{path}")
        expect(page.locator(loaded).first).to_be_visible()
        found[name] = axe_violations(page)
    return found


def serve_error_page(template, status):
    body = render_to_string(template, {"site_name": settings.WAGTAIL_SITE_NAME})
    return lambda route: route.fulfill(status=status, content_type="text/html", body=body)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_passes_wcag_21_aa(browser, live_server, demo_site, width):
    page = tab(browser, width)
    for path, (template, status) in ERROR_PAGES.items():
        page.route(f"{live_server.url}{path}", serve_error_page(template, status))
    found = check(page, live_server.url, reader_pages(demo_site))

    # An entry whose body mentions other terms by name, which links them with a tooltip.
    page.goto(f"{live_server.url}{GlossaryPage.objects.get(slug='authentication', locale__language_code='en').url}")
    page.locator(".term-link[aria-describedby]").first.focus()
    expect(page.get_by_role("tooltip").first).to_be_visible()
    found["glossary entry, a term's tooltip open"] = axe_violations(page)
    page.context.close()

    assert {name: violations for name, violations in found.items() if violations} == {}, report(found)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_of_the_reference_front_end_passes_wcag_21_aa(browser, demo_site, frontend, width):
    article = BlogPage.objects.live().filter(locale__language_code="en").order_by("-date").first()
    page = tab(browser, width)
    found = check(
        page,
        frontend,
        [
            ("home", "/", "h1"),
            ("glossary index", "/glossary/", "main a[href^='/glossary/']"),
            ("glossary entry", "/glossary/backend-software-development/", ".block-definition"),
            ("blog index", "/blog/", "main a[href^='/blog/']"),
            ("blog article", article.url, "h1"),
            ("page not found", "/no-such-page/", "h1"),
            ("German glossary entry", "/de/glossary/backend-software-development/", ".block-definition"),
            ("German glossary index", "/de/glossary/", "main a[href^='/de/glossary/']"),
        ],
    )
    page.context.close()

    assert {name: violations for name, violations in found.items() if violations} == {}, report(found)
