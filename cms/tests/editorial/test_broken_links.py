"""The "Broken links" report: live pages whose rich text links to a page that is no longer live."""

import pytest

from django.contrib.auth.models import Permission, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import ReferenceIndex

from blog.factories import BlogPageFactory
from cms.editorial.roles import EDITORS, REVIEWERS
from cms.tests.people import member
from glossary.factories import GlossaryPageFactory, glossary_body

BROKEN_LINKS = reverse("cms_reports:broken_links")


def link(page, text):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def section(html):
    return {"type": "section", "value": {"heading": "Read on", "text": f"<p>{html}</p>"}}


@pytest.fixture
def broken(tree, django_capture_on_commit_callbacks):
    api = GlossaryPageFactory(parent=tree.glossary, title="API")
    retired = GlossaryPageFactory(parent=tree.glossary, title="Retired")
    gone = GlossaryPageFactory(parent=tree.glossary, title="Gone")
    draft = GlossaryPageFactory(parent=tree.glossary, title="Draft", live=False)
    guide = BlogPageFactory(
        parent=tree.blog,
        title="Guide",
        body=[section(f"{link(api, 'API')}, {link(retired, 'old')}, {link(gone, 'gone')} and {link(draft, 'soon')}.")],
    )
    rest = GlossaryPageFactory(
        parent=tree.glossary,
        title="REST",
        body=[{"type": "definition", "value": {"heading": "", "text": f"<p>Unlike {link(retired, 'this')}.</p>"}}],
    )
    BlogPageFactory(parent=tree.blog, title="Unlisted", live=False, body=[section(link(retired, "old"))])
    tree.glossary.intro = f"<p>Start with {link(draft, 'the draft')}.</p>"
    tree.glossary.save()
    retired.unpublish()
    gone_id = gone.pk
    with django_capture_on_commit_callbacks(execute=True):
        gone.delete()
    return guide, rest, retired, draft, gone_id


def rows(response):
    return [(link.page_title, link.target_label, link.where) for link in response.context["object_list"]]


def test_lists_each_link_from_a_live_page_to_a_page_that_is_not_live(client, broken, admin_user):
    guide, rest, retired, draft, gone_id = broken
    client.force_login(admin_user)

    response = client.get(BROKEN_LINKS)

    assert rows(response) == [
        ("Glossary", "Draft (draft)", "Intro"),
        ("Guide", "Retired (draft)", "Body → Section"),
        ("Guide", f"deleted page #{gone_id}", "Body → Section"),
        ("Guide", "Draft (draft)", "Body → Section"),
        ("REST", "Retired (draft)", "Body → Definition"),
    ]
    html = response.content.decode()
    assert f'href="{reverse("wagtailadmin_pages:edit", args=(guide.pk,))}"' in html
    assert "Live pages whose rich text links to a page that is unpublished or deleted" in html


def test_a_deleted_page_is_named_by_its_id_once_the_pages_linking_to_it_are_indexed_again(broken):
    guide, rest, retired, draft, gone_id = broken

    assert ReferenceIndex.objects.filter(object_id=str(guide.pk), to_object_id=str(gone_id)).count() == 1


def test_filters_by_what_the_link_points_to_and_the_page_type(client, broken, admin_user):
    guide, rest, retired, draft, gone_id = broken
    client.force_login(admin_user)

    assert rows(client.get(BROKEN_LINKS, {"target": "deleted"})) == [
        ("Guide", f"deleted page #{gone_id}", "Body → Section")
    ]
    assert [row[1] for row in rows(client.get(BROKEN_LINKS, {"target": "unpublished"}))] == [
        "Draft (draft)",
        "Retired (draft)",
        "Draft (draft)",
        "Retired (draft)",
    ]
    entry_type = rest.content_type_id
    assert rows(client.get(reverse("cms_reports:broken_links_results"), {"content_type": entry_type})) == [
        ("REST", "Retired (draft)", "Body → Definition")
    ]


def test_exports_its_rows_as_csv(client, broken, admin_user):
    guide, rest, retired, draft, gone_id = broken
    client.force_login(admin_user)

    response = client.get(BROKEN_LINKS, {"export": "csv"})

    assert b"".join(response.streaming_content).decode().splitlines() == [
        "Page,Links to,Where",
        "Glossary,Draft (draft),Intro",
        "Guide,Retired (draft),Body → Section",
        f"Guide,deleted page #{gone_id},Body → Section",
        "Guide,Draft (draft),Body → Section",
        "REST,Retired (draft),Body → Definition",
    ]


@pytest.mark.parametrize("group", [EDITORS, REVIEWERS])
def test_editors_and_reviewers_see_the_report(client, broken, group):
    client.force_login(member("someone", group))

    assert len(rows(client.get(BROKEN_LINKS))) == 5
    assert BROKEN_LINKS in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_user_who_may_edit_no_page_is_refused(client, broken):
    user = User.objects.create_user("visitor", "visitor@example.com", "pass")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.get(BROKEN_LINKS)

    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert BROKEN_LINKS not in client.get(reverse("wagtailadmin_home")).content.decode()


def broken_links_to(tree, count, start):
    """A live article linking to `count` entries that were unpublished."""
    entries = [GlossaryPageFactory(parent=tree.glossary, title=f"Old {start + number}") for number in range(count)]
    BlogPageFactory(parent=tree.blog, body=[section(" ".join(link(entry, entry.title) for entry in entries))])
    for entry in entries:
        entry.unpublish()


def queries_for(client, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(BROKEN_LINKS, params)
        assert response.status_code == 200
        content = b"".join(response.streaming_content) if response.streaming else response.content
        assert b"Old 0" in content
    return len(queries)


def test_the_report_costs_the_same_queries_for_3_or_30_links(client, tree, admin_user):
    client.force_login(admin_user)
    broken_links_to(tree, 3, start=0)
    few = queries_for(client, {}), queries_for(client, {"export": "csv"})

    broken_links_to(tree, 27, start=100)

    assert (queries_for(client, {}), queries_for(client, {"export": "csv"})) == few


def test_a_link_to_a_live_page_is_not_listed(client, tree, admin_user):
    api = GlossaryPageFactory(parent=tree.glossary, title="API", body=glossary_body("API"))
    BlogPageFactory(parent=tree.blog, title="Fine", body=[section(link(api, "API"))])
    client.force_login(admin_user)

    assert rows(client.get(BROKEN_LINKS)) == []
