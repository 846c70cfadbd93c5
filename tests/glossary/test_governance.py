"""Governance on this site: the entry's "Where this entry shows" panel, the dashboard panels,
the glossary's reports for the editorial roles, and "Mark as reviewed today" under the workflow."""

import datetime

import pytest

from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

from blog.factories import BlogPageFactory
from cms.editorial.roles import EDITORS, REVIEWERS
from cms.tests.html import soup, texts
from cms.tests.people import member
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryPage, GlossaryRelatedTerm

TODAY = timezone.localdate()


def section(html):
    return {"type": "section", "value": {"heading": "Read on", "text": f"<p>{html}</p>"}}


@pytest.fixture
def reach(tree):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs talk.")
    rest = GlossaryPageFactory(parent=tree.glossary, title="REST")
    GlossaryRelatedTerm.objects.create(page=rest, term=api)
    rest.save()
    BlogPageFactory(parent=tree.blog, title="Guide", body=[section(f'Read <a linktype="page" id="{api.pk}">this</a>.')])
    BlogPageFactory(parent=tree.blog, title="Mentions", body=[section("Call the API twice.")])
    BlogPageFactory(parent=tree.blog, title="Quiet", body=[section("Nothing to see.")])
    return api


def reach_panel(client, user, page):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    panel = soup(response).select_one(".entry-reach")
    return texts(panel.select("h3")), texts(panel.select("li"))


@pytest.mark.parametrize("group", [EDITORS, REVIEWERS])
def test_the_edit_view_lists_the_live_pages_that_show_the_entry(client, reach, group):
    headings, pages = reach_panel(client, member("someone", group), reach)

    assert headings == [
        "Pages that list it or link to it (4)",
        "Pages where its name is linked, with its summary as a tooltip (1)",
    ]
    assert pages == [
        "Glossary (Glossary index)",
        "Guide (Blog article)",
        "Home (Home page)",
        "REST (Glossary entry)",
        "Mentions (Blog article)",
    ]


def add_mentions(tree, start, stop):
    """Entries Term <n>, and a live article mentioning API for each."""
    for number in range(start, stop):
        GlossaryPageFactory(parent=tree.glossary, title=f"Term {number:02d}")
        BlogPageFactory(parent=tree.blog, title=f"Mentions {number:02d}", body=[section("The API again.")])


def test_the_panel_costs_the_same_queries_for_3_or_30_entries_and_pages(
    client, reach, tree, django_capture_on_commit_callbacks
):
    """Each count is of a first request after publishing (a new terms version)."""
    client.force_login(member("edie", EDITORS))
    edit_url = reverse("wagtailadmin_pages:edit", args=[reach.pk])
    client.get(edit_url)  # the process's own caches (content types, the user's profile)

    def edit_view_queries():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(edit_url)
        panel = soup(response).select_one(".entry-reach")
        return len(queries), len(texts(panel.select("li")))

    with django_capture_on_commit_callbacks(execute=True):
        add_mentions(tree, 0, 3)
    few, few_pages = edit_view_queries()
    with django_capture_on_commit_callbacks(execute=True):
        add_mentions(tree, 3, 30)
    many, many_pages = edit_view_queries()

    assert (few_pages, many_pages) == (8, 35)
    assert many == few


def test_the_panel_says_what_it_lists(client, reach):
    client.force_login(member("edie", EDITORS))

    response = client.get(reverse("wagtailadmin_pages:edit", args=[reach.pk]))

    assert texts(soup(response).select(".entry-reach > p.help")) == [
        "The live pages a change to this entry reaches once it is published."
    ]


def test_a_draft_entry_says_readers_see_none_of_it_yet(client, tree):
    draft = GlossaryPageFactory(parent=tree.glossary, title="Draft", live=False)
    client.force_login(member("edie", EDITORS))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()

    assert "This entry is not live: readers see none of it yet." in html


def test_a_new_entry_has_no_reach_panel(client, tree):
    client.force_login(member("edie", EDITORS))

    response = client.get(reverse("wagtailadmin_pages:add", args=("glossary", "glossarypage", tree.glossary.pk)))

    assert response.status_code == 200
    assert soup(response).select(".entry-reach") == []


@pytest.fixture
def dashboard_content(tree):
    published = timezone.make_aware(datetime.datetime(2026, 1, 5, 9, 0))
    for number, (title, reviewed) in enumerate(
        [("Cache", None), ("API", TODAY - datetime.timedelta(days=500)), ("REST", TODAY)]
    ):
        GlossaryPageFactory(
            parent=tree.glossary,
            title=title,
            last_reviewed=reviewed,
            last_published_at=published + datetime.timedelta(days=number),
        )
    BlogPageFactory(parent=tree.blog, title="Guide", last_published_at=published + datetime.timedelta(days=10))
    BlogPageFactory(parent=tree.blog, title="Unlisted", live=False)


def dashboard_panel(client, panel_id):
    panel = soup(client.get(reverse("wagtailadmin_home"))).select_one(f"#{panel_id}")
    return None if panel is None else [texts(row.select("td"))[:2] for row in panel.select("tbody tr")]


@pytest.mark.parametrize("group", [EDITORS, REVIEWERS])
def test_the_dashboard_shows_entries_due_for_review_and_what_was_recently_published(client, dashboard_content, group):
    client.force_login(member("someone", group))

    assert dashboard_panel(client, "glossary-due-for-review-content") == [
        ["Cache", "Never"],
        ["API", (TODAY - datetime.timedelta(days=500)).strftime("%-d %B %Y")],
    ]
    assert dashboard_panel(client, "recently-published-content") == [
        ["Guide", "Blog article"],
        ["REST", "Glossary entry"],
        ["API", "Glossary entry"],
        ["Cache", "Glossary entry"],
    ]
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 glossary entries were never reviewed or last reviewed more than 365 days ago." in html
    assert reverse("glossary_reports:due_for_review") in html


def test_users_who_may_edit_no_page_get_neither_dashboard_panel(client, dashboard_content):
    user = User.objects.create_user("visitor", "visitor@example.com", "pass")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert dashboard_panel(client, "glossary-due-for-review-content") is None
    assert dashboard_panel(client, "recently-published-content") is None


@pytest.mark.parametrize("group", [EDITORS, REVIEWERS])
@pytest.mark.parametrize("report", ["glossary_reports:due_for_review", "glossary_reports:term_usage"])
def test_the_editorial_roles_open_the_glossary_reports(client, dashboard_content, group, report):
    client.force_login(member("someone", group))

    response = client.get(reverse(report))

    assert response.status_code == 200
    assert reverse(report) in client.get(reverse("wagtailadmin_home")).content.decode()


def mark_reviewed(client, user, entries):
    client.force_login(user)
    ids = "&".join(f"id={entry.pk}" for entry in entries)
    url = f"{reverse('wagtail_bulk_action', args=('wagtailcore', 'page', 'mark_reviewed'))}?{ids}&next=/admin/"
    return client.post(url, follow=True)


@pytest.mark.parametrize("group", [EDITORS, REVIEWERS])
def test_an_editor_or_reviewer_marks_entries_reviewed_in_drafts_that_go_through_review(client, tree, group):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Cache")
    user = member("someone", group)

    response = mark_reviewed(client, user, [entry])

    assert [str(message).strip() for message in response.context["messages"]] == [
        "1 entry marked as reviewed today in a new draft, to be reviewed and published."
    ]
    entry = GlossaryPage.objects.get(pk=entry.pk)
    assert (entry.last_reviewed, entry.has_unpublished_changes) == (None, True)
    assert entry.get_latest_revision_as_object().last_reviewed == TODAY
    assert list(PageLogEntry.objects.filter(page=entry, user=user).order_by("pk").values_list("action", flat=True)) == [
        "wagtail.edit",
        "glossary.mark_reviewed",
    ]


def test_a_superuser_marks_entries_reviewed_and_published_at_once(client, tree, admin_user):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Cache")
    entry.save_revision().publish()

    mark_reviewed(client, admin_user, [entry])

    entry = GlossaryPage.objects.get(pk=entry.pk)
    assert (entry.last_reviewed, entry.has_unpublished_changes) == (TODAY, False)
