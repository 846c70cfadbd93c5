"""The glossary's reports ("Due for review", "Term usage") and the "Mark as reviewed today" bulk action."""

import datetime
import sys

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from wagtail.models import GroupPagePermission, Page, PageLogEntry, Site

from glossary import term_usage
from glossary.models import GlossaryPage, GlossaryRelatedTerm
from glossary.term_usage import FOLDS_TO_ASCII, pages_mentioning, tooltips_by_entry
from glossary.tests.testapp.models import StandardPage
from glossary.tests.tree import add_entry, add_standard_page

TODAY = timezone.localdate()
DUE_FOR_REVIEW = reverse("glossary_reports:due_for_review")
TERM_USAGE = reverse("glossary_reports:term_usage")


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def page_editor(username="editor"):
    """A user who may edit every page, and no more (no publishing)."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(group=group, page=root, permission=Permission.objects.get(codename=codename))
    user = User.objects.create_user(username, f"{username}@example.com", "pass")
    user.groups.add(group)
    return user


def admin_only_user():
    """A user who may use the admin but edit no page."""
    user = User.objects.create_user("visitor", "visitor@example.com", "pass")
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def superuser():
    return User.objects.create_superuser("admin", "admin@example.com", "pass")


def row_titles(response):
    return [entry.title for entry in response.context["object_list"]]


def csv_lines(response):
    return b"".join(response.streaming_content).decode().splitlines()


@pytest.fixture
def review_tree(tree):
    never = add_entry(tree.glossary, "Cache")
    old = add_entry(tree.glossary, "API", last_reviewed=days_ago(400))
    add_entry(tree.glossary, "REST", last_reviewed=days_ago(10))
    draft = add_entry(tree.glossary, "Backend", live=False)
    return never, old, draft


def test_due_for_review_lists_entries_never_reviewed_first_then_the_longest_overdue(client, review_tree):
    client.force_login(superuser())

    response = client.get(DUE_FOR_REVIEW)

    assert response.status_code == 200
    assert row_titles(response) == ["Backend", "Cache", "API"]
    html = response.content.decode()
    assert "Never reviewed, or last reviewed more than 365 days ago" in html
    cells = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in BeautifulSoup(html, "html.parser").select("tbody tr")
    ]
    assert [row[1] for row in cells] == ["Never", "Never", date_format(days_ago(400))]


def test_the_review_age_is_a_setting(client, review_tree, settings):
    settings.GLOSSARY_REVIEW_AFTER_DAYS = 5
    client.force_login(superuser())

    assert row_titles(client.get(DUE_FOR_REVIEW)) == ["Backend", "Cache", "API", "REST"]


def test_due_for_review_filters_by_status_and_review_date(client, review_tree):
    client.force_login(superuser())

    assert row_titles(client.get(DUE_FOR_REVIEW, {"live": "false"})) == ["Backend"]
    assert row_titles(client.get(DUE_FOR_REVIEW, {"never_reviewed": "false"})) == ["API"]
    assert row_titles(client.get(DUE_FOR_REVIEW, {"reviewed_before": days_ago(399).isoformat()})) == ["API"]
    assert row_titles(client.get(reverse("glossary_reports:due_for_review_results"), {"live": "true"})) == [
        "Cache",
        "API",
    ]


def test_due_for_review_exports_its_rows_as_csv(client, review_tree):
    never, old, draft = review_tree
    client.force_login(superuser())
    filtered = client.get(DUE_FOR_REVIEW, {"live": "true"}).content.decode()
    assert f'href="{DUE_FOR_REVIEW}?live=true&amp;export=csv"' in filtered
    assert f'href="{DUE_FOR_REVIEW}?live=true&amp;export=xlsx"' in filtered

    response = client.get(DUE_FOR_REVIEW, {"export": "csv"})

    assert response["Content-Disposition"] == f'attachment; filename="glossary-due-for-review-{TODAY.isoformat()}.csv"'
    assert csv_lines(response) == [
        "Entry,Last reviewed,Status,Latest change",
        f"Backend,,draft,{draft.latest_revision_created_at}",
        f"Cache,,live,{never.latest_revision_created_at}",
        f"API,{days_ago(400).isoformat()},live,{old.latest_revision_created_at}",
    ]


def test_due_for_review_exports_xlsx(client, review_tree):
    client.force_login(superuser())

    response = client.get(DUE_FOR_REVIEW, {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize("url", [DUE_FOR_REVIEW, TERM_USAGE])
def test_users_who_may_edit_pages_see_the_reports_in_the_reports_menu(client, review_tree, url):
    client.force_login(page_editor())

    response = client.get(url)

    assert response.status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert DUE_FOR_REVIEW in menu
    assert TERM_USAGE in menu


@pytest.mark.parametrize("url", [DUE_FOR_REVIEW, TERM_USAGE])
def test_users_who_may_edit_no_page_are_refused_and_not_shown_the_reports(client, review_tree, url):
    client.force_login(admin_only_user())

    response = client.get(url)

    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert DUE_FOR_REVIEW not in menu
    assert TERM_USAGE not in menu


@pytest.mark.parametrize("url", [DUE_FOR_REVIEW, TERM_USAGE])
def test_anonymous_users_are_sent_to_sign_in(client, review_tree, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('wagtailadmin_login')}?next={url}"


def test_a_report_lists_only_the_entries_the_user_may_edit(client, review_tree, tree):
    editor = page_editor()
    GroupPagePermission.objects.filter(group__user=editor).update(page=tree.glossary)
    hidden = add_entry(tree.home, "Elsewhere")
    client.force_login(editor)

    assert hidden.title not in row_titles(client.get(DUE_FOR_REVIEW))
    assert row_titles(client.get(DUE_FOR_REVIEW)) == ["Backend", "Cache", "API"]


def rich_link(page, text):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


@pytest.fixture
def usage_tree(tree):
    api = add_entry(tree.glossary, "API", summary="How programs talk.")
    rest = add_entry(tree.glossary, "REST", summary="A style of API.")
    orphan = add_entry(tree.glossary, "Orphan", summary="Nobody links here.")
    cache = add_entry(tree.glossary, "Cache", summary="Kept close.", live=False)
    GlossaryRelatedTerm.objects.create(page=rest, term=api)
    rest.save_revision().publish()
    add_standard_page(tree.home, "Guide", [f"<p>Read about {rich_link(api, 'programs')} and REST.</p>"])
    add_standard_page(tree.home, "Notes", ["<p>Cache the REST answers.</p>"], link_glossary_terms=False)
    withdrawn = add_standard_page(tree.home, "Withdrawn", [f"<p>{rich_link(orphan, 'see')} REST.</p>"])
    withdrawn.unpublish()
    return api, rest, orphan, cache


def usage_rows(response):
    return [
        (entry.title, [str(use) for use in entry.linked_from], [str(use) for use in entry.tooltipped_on])
        for entry in response.context["object_list"]
    ]


def test_term_usage_lists_the_live_pages_that_link_to_each_entry_or_give_it_a_tooltip(client, usage_tree):
    client.force_login(superuser())

    response = client.get(TERM_USAGE)

    assert response.status_code == 200
    assert usage_rows(response) == [
        ("API", ["Guide (Standard page)", "REST (Glossary entry)"], []),
        ("Cache", [], []),
        ("Orphan", [], []),
        ("REST", [], ["Guide (Standard page)"]),
    ]
    html = response.content.decode()
    assert '"Not linked from anywhere" lists the entries no live page links to, by links alone' in html
    assert "Nowhere" in html
    assert f'<a href="{reverse("wagtailadmin_pages:edit", args=(usage_tree[1].pk,))}">REST</a> (Glossary entry)' in html


def test_term_usage_filters_the_entries_nothing_links_to_by_links_alone(client, usage_tree):
    client.force_login(superuser())

    unused = usage_rows(client.get(TERM_USAGE, {"unused": "true"}))
    assert unused == [("Cache", [], []), ("Orphan", [], []), ("REST", [], ["Guide (Standard page)"])]
    assert [row[0] for row in usage_rows(client.get(TERM_USAGE, {"unused": "false"}))] == ["API"]
    assert [row[0] for row in usage_rows(client.get(TERM_USAGE, {"unused": "true", "live": "true"}))] == [
        "Orphan",
        "REST",
    ]


def test_term_usage_exports_its_rows_as_csv(client, usage_tree):
    client.force_login(superuser())

    response = client.get(TERM_USAGE, {"export": "csv"})

    assert csv_lines(response) == [
        "Entry,Status,Linked from,Tooltip on",
        "API,live,Guide (Standard page); REST (Glossary entry),",
        "Cache,draft,,",
        "Orphan,live,,",
        "REST,live,,Guide (Standard page)",
    ]


def tooltip_titles(entry):
    return [use.title for use in tooltips_by_entry([entry.pk]).get(entry.pk, [])]


def test_a_page_that_mentions_an_entry_only_by_an_alias_gives_it_a_tooltip(tree):
    entry = add_entry(tree.glossary, "Application Programming Interface", aliases=["API"])
    add_standard_page(tree.home, "Guide", ["<p>Call the api twice.</p>"])

    assert tooltip_titles(entry) == ["Guide"]


def test_a_name_with_an_ampersand_is_found_as_rich_text_stores_it(tree):
    entry = add_entry(tree.glossary, "R&D")
    add_standard_page(tree.home, "Lab", ["<p>Our r&amp;d team.</p>"])

    assert tooltip_titles(entry) == ["Lab"]


def test_names_are_found_across_any_white_space_and_in_any_case_term_linking_folds(tree):
    backend = add_entry(tree.glossary, "Backend Software")
    file = add_entry(tree.glossary, "File")
    add_standard_page(tree.home, "Spaced", ["<p>BACKEND&nbsp;software runs here.</p>"])
    add_standard_page(tree.home, "Ligature", ["<p>Open the \ufb01le.</p>"])

    assert (tooltip_titles(backend), tooltip_titles(file)) == (["Spaced"], ["Ligature"])


def test_the_characters_that_fold_to_ascii_are_all_there_are():
    folding = [char for char in map(chr, range(128, sys.maxunicode + 1)) if any(c.isascii() for c in char.casefold())]

    assert list(FOLDS_TO_ASCII) == folding


def test_only_live_pages_that_link_terms_and_whose_live_text_has_the_whole_name_give_a_tooltip(tree):
    entry = add_entry(tree.glossary, "Cache", summary="Kept close.")
    add_standard_page(tree.home, "Switched off", ["<p>Cache it.</p>"], link_glossary_terms=False)
    tree.home.add_child(instance=StandardPage(title="Draft", body=[("paragraph", "<p>Cache it.</p>")], live=False))
    edited = add_standard_page(tree.home, "Edited", ["<p>Nothing to see.</p>"])
    edited.body = [("paragraph", "<p>Cache it.</p>")]
    edited.save_revision()
    add_standard_page(tree.home, "Plural", ["<p>Caches everywhere.</p>"])
    add_standard_page(tree.home, "Shown", ["<p>Cache it.</p>"])

    # The entry's own body mentions it too; term linking never links a page's own names.
    assert {page.title for page in pages_mentioning(["Cache"])} == {"Cache", "Shown"}
    assert tooltip_titles(entry) == ["Shown"]


def test_past_the_most_names_searched_every_live_page_that_links_terms_is_checked(tree, monkeypatch):
    add_entry(tree.glossary, "Cache", summary="Kept close.")
    add_standard_page(tree.home, "Quiet", ["<p>Nothing to see.</p>"])
    add_standard_page(tree.home, "Switched off", ["<p>Cache it.</p>"], link_glossary_terms=False)
    monkeypatch.setattr(term_usage, "MOST_NAMES_SEARCHED", 1)

    assert {page.title for page in pages_mentioning(["Cache"])} == {"Cache"}
    assert {page.title for page in pages_mentioning(["Cache", "Queue"])} == {"Cache", "Quiet"}


def add_terms(tree, count, start):
    """`count` live entries, each linking to the next in its related terms and mentioning it in its body."""
    entries = [add_entry(tree.glossary, f"Word{start + number}") for number in range(count)]
    for entry, following in zip(entries, entries[1:], strict=False):
        GlossaryRelatedTerm.objects.create(page=entry, term=following)
        entry.body = [{"type": "definition", "value": {"heading": "", "text": f"<p>See {following.title}.</p>"}}]
        entry.save_revision().publish()
    return entries


def add_guides(tree, count, start):
    """`count` live pages that mention Word0 and Word1."""
    return [
        add_standard_page(tree.home, f"Guide {start + number:02d}", ["<p>Word0 and Word1.</p>"])
        for number in range(count)
    ]


def queries_for(client, url, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
        assert response.status_code == 200
        assert (b"".join(response.streaming_content) if response.streaming else response.content).count(b"Word")
    return len(queries)


@pytest.mark.parametrize("url", [DUE_FOR_REVIEW, TERM_USAGE])
def test_the_reports_cost_the_same_queries_for_3_or_30_entries_and_pages(
    client, tree, url, django_capture_on_commit_callbacks
):
    """Each count is of a first request after publishing (a new terms version): term linking
    renders every body that mentions an entry on the page again."""
    user = superuser()
    client.force_login(user)
    client.get(url)  # the process's own caches (content types, the user's profile)
    Site.get_site_root_paths()  # which the first lookup of tooltips reads
    with django_capture_on_commit_callbacks(execute=True):
        add_terms(tree, 3, start=0)
        add_guides(tree, 3, start=0)
    few = queries_for(client, url)
    few_export = queries_for(client, url, {"export": "csv"})

    with django_capture_on_commit_callbacks(execute=True):
        add_terms(tree, 27, start=100)
        add_guides(tree, 27, start=3)
    many = queries_for(client, url)
    many_export = queries_for(client, url, {"export": "csv"})

    assert (many, many_export) == (few, few_export)


def test_looking_up_one_entrys_tooltips_costs_the_same_queries_for_3_or_30_entries_and_pages(
    tree, django_capture_on_commit_callbacks
):
    Site.get_site_root_paths()
    with django_capture_on_commit_callbacks(execute=True):
        word0 = add_terms(tree, 3, start=0)[0]
        add_guides(tree, 3, start=0)
    with CaptureQueriesContext(connection) as few:
        assert tooltip_titles(word0) == ["Guide 00", "Guide 01", "Guide 02"]

    with django_capture_on_commit_callbacks(execute=True):
        add_terms(tree, 27, start=100)
        add_guides(tree, 27, start=3)
    with CaptureQueriesContext(connection) as many:
        assert tooltip_titles(word0) == [f"Guide {number:02d}" for number in range(30)]

    assert len(many) == len(few)


def bulk_url(action, pages, next_url="/admin/"):
    ids = "&".join(f"id={page.pk}" for page in pages)
    return f"{reverse('wagtail_bulk_action', args=('wagtailcore', 'page', action))}?{ids}&next={next_url}"


def test_marking_as_reviewed_publishes_a_new_revision_where_the_user_may_publish(client, review_tree):
    never, old, draft = review_tree
    admin = superuser()
    client.force_login(admin)
    revisions_before = old.revisions.count()

    confirm = client.get(bulk_url("mark_reviewed", [old, draft]))
    response = client.post(bulk_url("mark_reviewed", [old, draft]), follow=True)

    html = confirm.content.decode()
    assert "API</a>:\n                    \n                        published at once" in html
    assert "Backend</a>:\n                    \n                        saved as a draft" in html
    assert [str(message).strip() for message in response.context["messages"]] == [
        "1 entry marked as reviewed today and published; "
        "1 entry marked as reviewed today in a new draft, to be reviewed and published."
    ]
    old = GlossaryPage.objects.get(pk=old.pk)
    assert old.last_reviewed == TODAY
    assert old.revisions.count() == revisions_before + 1
    assert old.live_revision == old.latest_revision
    assert old.has_unpublished_changes is False
    draft = GlossaryPage.objects.get(pk=draft.pk)
    assert draft.live is False
    assert draft.last_reviewed is None
    assert draft.get_latest_revision_as_object().last_reviewed == TODAY
    assert list(PageLogEntry.objects.filter(page=old, user=admin).order_by("pk").values_list("action", flat=True)) == [
        "wagtail.edit",
        "glossary.mark_reviewed",
        "wagtail.publish",
    ]
    assert list(
        PageLogEntry.objects.filter(page=draft, user=admin).order_by("pk").values_list("action", flat=True)
    ) == ["wagtail.edit", "glossary.mark_reviewed"]


def test_marking_as_reviewed_keeps_other_unpublished_changes_out_of_sight(client, review_tree):
    never, old, draft = review_tree
    client.force_login(superuser())
    pending = old.get_latest_revision_as_object()
    pending.summary = "A change nobody has reviewed."
    pending.save_revision()

    client.post(bulk_url("mark_reviewed", [old]))

    old = GlossaryPage.objects.get(pk=old.pk)
    assert old.last_reviewed == days_ago(400)
    assert old.summary != "A change nobody has reviewed."
    latest = old.get_latest_revision_as_object()
    assert (latest.last_reviewed, latest.summary) == (TODAY, "A change nobody has reviewed.")


def test_an_editor_who_may_not_publish_marks_entries_reviewed_in_drafts(client, review_tree):
    never, old, draft = review_tree
    editor = page_editor()
    client.force_login(editor)

    response = client.post(bulk_url("mark_reviewed", [never]), follow=True)

    assert [str(message).strip() for message in response.context["messages"]] == [
        "1 entry marked as reviewed today in a new draft, to be reviewed and published."
    ]
    never = GlossaryPage.objects.get(pk=never.pk)
    assert never.last_reviewed is None
    assert never.has_unpublished_changes is True
    assert never.latest_revision.user == editor
    assert never.get_latest_revision_as_object().last_reviewed == TODAY


def test_pages_that_are_not_entries_are_left_alone(client, tree, review_tree):
    never, old, draft = review_tree
    client.force_login(superuser())
    page = add_standard_page(tree.home, "Guide", ["<p>Text.</p>"])

    confirm = client.get(bulk_url("mark_reviewed", [page, never])).content.decode()
    client.post(bulk_url("mark_reviewed", [page, never]))

    assert "These pages are not glossary entries you can edit (or they are locked)" in confirm
    assert page.revisions.count() == 1
    assert GlossaryPage.objects.get(pk=never.pk).last_reviewed == TODAY
