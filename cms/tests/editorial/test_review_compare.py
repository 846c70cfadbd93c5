"""A reviewer compares a resubmission with the previous submission and with the live version."""

import re

import pytest
from bs4.element import NavigableString, TemplateString

from django.urls import reverse

from cms.editorial.roles import EDITORS, REVIEWERS
from cms.tests.form_data import glossary_entry_form_data
from cms.tests.html import soup, texts
from cms.tests.people import member
from cms.tests.review import act
from glossary.factories import GlossaryPageFactory

TEXT = (NavigableString, TemplateString)
FIRST = "A cache keeps copies of data close to where it is read."
SECOND = "A cache keeps copies of data close to where it is read, for a while."


@pytest.fixture
def people(db):
    return {"editor": member("edie", EDITORS), "reviewer": member("rex", REVIEWERS)}


def post_edit(client, user, page, summary, **action):
    client.force_login(user)
    data = glossary_entry_form_data(page.title, page.slug, summary, **action)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content[:2000]


def resubmitted(client, people, page):
    """Submitted, sent back by a reviewer, changed (an autosaved draft), then submitted again."""
    post_edit(client, people["editor"], page, FIRST, **{"action-submit": "Submit"})
    page.refresh_from_db()
    act(client, people["reviewer"], page, "reject", comment="Say how long.")
    post_edit(client, people["editor"], page, SECOND)
    post_edit(client, people["editor"], page, SECOND, **{"action-submit": "Submit"})
    return page


def compare_links(client, user, url, scope):
    """The comparison links in the element `scope` of the page at `url`, by their text.

    find_all, not a CSS selector, and template strings too: the status panel's links are in
    a <template>, which CSS selectors do not enter.
    """
    client.force_login(user)
    links = soup(client.get(url)).select_one(scope).find_all("a", href=re.compile("/revisions/compare/"))
    return {" ".join(link.get_text(types=TEXT).split()): link["href"] for link in links}


def summary_change(client, url):
    """What the comparison at `url` shows for the summary: (removed, added) text."""
    rows = soup(client.get(url)).select("tbody tr")
    row = next(row for row in rows if row.select_one("td.title").get_text(strip=True) == "Summary:")
    cell = row.select_one("td.comparison")
    return "".join(texts(cell.select(".deletion"))), "".join(texts(cell.select(".addition")))


@pytest.mark.parametrize("where", ["dashboard", "status panel"])
def test_previous_version_is_the_previous_submission(client, people, tree, where):
    page = resubmitted(client, people, GlossaryPageFactory(parent=tree.glossary, title="Cache", live=False))
    if where == "dashboard":
        links = compare_links(client, people["reviewer"], reverse("wagtailadmin_home"), "#awaiting-review-section")
    else:
        links = compare_links(client, people["reviewer"], reverse("wagtailadmin_pages:edit", args=[page.pk]), "body")

    assert list(links) == ["Compare with previous version"]
    assert summary_change(client, links["Compare with previous version"]) == (".", ", for a while.")


def test_a_live_page_is_compared_with_its_live_version_too(client, people, tree):
    page = GlossaryPageFactory(parent=tree.glossary, title="Cache", summary="Published summary.")
    page.save_revision().publish()
    resubmitted(client, people, page)

    links = compare_links(client, people["reviewer"], reverse("wagtailadmin_home"), "#awaiting-review-section")

    assert list(links) == ["Compare with live version", "Compare with previous version"]
    assert summary_change(client, links["Compare with live version"]) == ("Published summary.", SECOND)
    assert summary_change(client, links["Compare with previous version"]) == (".", ", for a while.")
