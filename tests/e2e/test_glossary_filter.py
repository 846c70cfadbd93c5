"""A reader narrows the glossary index as they type, and finds a term through site search."""

from playwright.sync_api import expect

from wagtail.models import Locale

from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias

from .browser import E2E

pytestmark = E2E


def test_the_glossary_narrows_as_the_reader_types(page, live_server, site):
    backend = GlossaryPageFactory(parent=site.glossary, title="Backend Software Development")
    backend.term_aliases = [GlossaryAlias(name="Server-side development")]
    backend.save()
    GlossaryPageFactory(parent=site.glossary, title="API")
    GlossaryPageFactory(parent=site.glossary, title="Frontend Development")

    page.goto(f"{live_server.url}/glossary/")
    page.get_by_label("Find a term").press_sequentially("server")

    expect(page.locator(".term-list__title:visible")).to_have_text(["Backend Software Development"])
    expect(page.get_by_role("status")).to_have_text("1 term matches “server”")
    expect(page.locator("#letter-A")).to_be_hidden()

    page.get_by_label("Find a term").fill("")
    page.get_by_label("Find a term").press_sequentially("dev")
    expect(page.locator(".term-list__title:visible")).to_have_text(
        ["Backend Software Development", "Frontend Development"]
    )


def test_the_german_glossary_says_what_matches_in_german(page, live_server, site):
    german = Locale.objects.get(language_code="de")
    entries = [GlossaryPageFactory(parent=site.glossary, title=title) for title in ("API", "Datenbank", "Datensatz")]
    for translated in (site.home, site.glossary, *entries):
        translated.copy_for_translation(german).save_revision().publish()

    page.goto(f"{live_server.url}/de/glossary/")
    page.get_by_label("Begriff finden").press_sequentially("api")
    expect(page.get_by_role("status")).to_have_text("1 Begriff passt zu „api“")

    page.get_by_label("Begriff finden").fill("")
    page.get_by_label("Begriff finden").press_sequentially("daten")
    expect(page.get_by_role("status")).to_have_text("2 Begriffe passen zu „daten“")


def test_a_reader_searches_the_site_from_any_page(page, live_server, site):
    GlossaryPageFactory(parent=site.glossary, title="API", summary="How programs talk.")

    page.goto(f"{live_server.url}/glossary/")
    page.locator("#site-search").fill("api")
    page.locator("#site-search").press("Enter")

    expect(page).to_have_url(f"{live_server.url}/search/?q=api")
    expect(page.locator(".search-results__title")).to_have_text(["API"])
