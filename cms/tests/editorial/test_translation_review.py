"""A translation goes live through the editorial review: an editor translates in wagtail-localize's
editor and submits, a reviewer approves, readers see it at /de/; nobody else publishes it."""

from urllib.parse import urlencode

import pytest
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from django.urls import reverse

from wagtail.models import Locale, Page, WorkflowState

from cms.editorial.roles import EDITORS, REVIEWERS
from cms.editorial.translation_review import IN_REVIEW
from cms.tests.html import soup, texts
from cms.tests.people import member
from cms.tests.review import act
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryPage
from tests.site_tree import build_german_tree

GERMAN_TITLE = "Zwischenspeicher"


@pytest.fixture
def people(db):
    return {"editor": member("edie", EDITORS), "reviewer": member("rex", REVIEWERS)}


@pytest.fixture
def entry(tree):
    build_german_tree(tree)
    return GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache")


def start_translation(client, user, page):
    """ "Translate this page" → German, as the admin's form posts it; the German draft's edit page."""
    client.force_login(user)
    german = Locale.objects.get(language_code="de")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [german.pk]}
    )
    assert response.status_code == 302, response.content[:2000]
    translated = GlossaryPage.objects.get(translation_key=page.translation_key, locale=german)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[translated.pk])
    return translated


def german_text(english):
    return f"{english} (auf Deutsch)"


def translate_segments(client, page):
    """Every segment through the translation editor's API, the title as "Zwischenspeicher"."""
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string", "context"):
        english = segment.string.data
        if segment.context.path == "slug":
            value = english
        elif segment.context.path == "title":
            value = GERMAN_TITLE
        else:
            value = german_text(english)
        response = put_string(client, translation, segment, value)
        assert response.status_code in (200, 201), response.content[:500]
    return translation


def put_string(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded")


def submit(client, page):
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"translation-submit": "1"})
    assert response.status_code == 302, response.content[:2000]
    page.refresh_from_db()
    return page


def german_alternates(client, url):
    return [link["href"] for link in soup(client.get(url)).select('link[rel=alternate][hreflang="de"]')]


def assert_refused(response):
    """Wagtail's admin answers a forbidden action by going back to the dashboard."""
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))


def test_editor_translates_reviewer_approves_reader_reads(client, people, entry, django_capture_on_commit_callbacks):
    german = start_translation(client, people["editor"], entry)
    assert german.live is False
    translate_segments(client, german)
    german = submit(client, german)
    assert german.live is False
    assert german.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert german.current_workflow_state.workflow.name == "Editorial review"
    assert german.get_latest_revision().as_object().title == GERMAN_TITLE

    client.logout()
    assert client.get("/de/glossary/cache/").status_code == 404
    assert german_alternates(client, "/glossary/cache/") == []

    with django_capture_on_commit_callbacks(execute=True):  # the page cache's renewal, after the commit
        act(client, people["reviewer"], german, "approve")
    german.refresh_from_db()
    assert german.live is True
    assert german.live_revision.user == people["editor"]

    client.logout()
    response = client.get("/de/glossary/cache/")
    assert response.status_code == 200
    html = soup(response)
    assert texts(html.select("h1")) == [GERMAN_TITLE]
    assert html.select_one(".article__body p").get_text().endswith(" word (auf Deutsch)")
    assert german_alternates(client, "/glossary/cache/") == ["http://localhost/de/glossary/cache/"]


def test_changes_requested_then_resubmitted_from_the_translation_editor(client, people, entry):
    german = start_translation(client, people["editor"], entry)
    translation = translate_segments(client, german)
    submit(client, german)
    act(client, people["reviewer"], german, "reject", comment="Bitte den Titel prüfen.")
    german.refresh_from_db()
    assert german.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(people["editor"])
    bar = soup(client.get(reverse("wagtailadmin_pages:edit", args=[german.pk]))).select_one(".translation-review")
    assert texts(bar.select(".translation-review__status")) == [
        "Changes requested in Review by a second person: Bitte den Titel prüfen."
    ]
    assert texts(bar.select("button")) == ["Resubmit to Editorial review"]

    title = StringSegment.objects.get(source=translation.source, context__path="title")
    put_string(client, translation, title, "Cache-Speicher")
    submit(client, german)
    assert german.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    act(client, people["reviewer"], german, "approve")
    german.refresh_from_db()
    assert (german.live, german.title) == (True, "Cache-Speicher")


def test_the_review_bar_offers_the_editor_submit_and_the_reviewer_the_review(client, people, entry):
    german = start_translation(client, people["editor"], entry)
    edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    bar = soup(client.get(edit_url)).select_one(".translation-review")
    assert texts(bar.select("button")) == ["Submit to Editorial review"]

    translate_segments(client, german)
    submit(client, german)
    bar = soup(client.get(edit_url)).select_one(".translation-review")
    assert texts(bar.select("button")) == []
    assert texts(bar.select(".translation-review__status")) == [
        "In review: Review by a second person. Readers see this translation once a reviewer approves it."
    ]

    client.force_login(people["reviewer"])
    bar = soup(client.get(edit_url)).select_one(".translation-review")
    assert texts(bar.select("button")) == ["Request changes", "Approve"]
    approve = bar.select("button")[1]["formaction"]
    response = client.post(approve, {"comment": "", "next": edit_url})
    assert response.status_code == 302
    german.refresh_from_db()
    assert german.live is True


def test_an_editor_may_start_a_translation(people, entry, client):
    assert people["editor"].has_perm("wagtail_localize.submit_translation") is True
    client.force_login(people["editor"])
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[entry.pk])).content.decode()
    assert reverse("wagtail_localize:submit_page_translation", args=[entry.pk]) in edit_page


def test_translating_a_live_page_makes_a_draft(people, entry, client):
    german = start_translation(client, people["editor"], entry)
    assert (entry.live, german.live) == (True, False)


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_nobody_but_the_review_publishes_a_translation(client, people, entry, role):
    german = start_translation(client, people["editor"], entry)
    translation = translate_segments(client, german)
    client.force_login(people[role])
    edit_url = reverse("wagtailadmin_pages:edit", args=[german.pk])
    assert_refused(client.post(edit_url, {"action": "publish"}))

    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.post(sync, {"publish_translations": "on"}).status_code == 302

    alias = reverse("wagtail_localize:convert_to_alias", args=[german.pk])
    assert_refused(client.post(alias))

    german.refresh_from_db()
    assert (german.live, german.alias_of_id) == (False, None)


def test_a_translation_in_review_is_not_edited_behind_the_reviewer_s_back(client, people, entry):
    german = start_translation(client, people["editor"], entry)
    translation = translate_segments(client, german)
    submit(client, german)
    title = StringSegment.objects.get(source=translation.source, context__path="title")

    refused = put_string(client, translation, title, "Etwas anderes")
    assert (refused.status_code, refused.json()) == (403, {"detail": IN_REVIEW})
    stored = StringTranslation.objects.get(translation_of=title.string, locale=german.locale)
    assert stored.data == GERMAN_TITLE


def test_a_page_is_translated_only_under_its_parent_s_translation(client, people, tree):
    """Else wagtail-localize would make the German glossary an alias of the English one, live."""
    entry = GlossaryPageFactory(parent=tree.glossary, title="Cache", slug="cache")
    client.force_login(people["editor"])
    german = Locale.objects.get(language_code="de")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[entry.pk]), {"locales": [german.pk]}
    )
    assert response.status_code == 200
    assert texts(soup(response).select(".error-message")) == [
        "Translate the parent page 'Glossary' into Deutsch first: a translation goes under its parent's translation."
    ]
    assert Page.objects.filter(locale=german).count() == 0


def test_readers_keep_the_live_translation_while_a_change_to_it_is_in_review(
    client, people, entry, django_capture_on_commit_callbacks
):
    german = start_translation(client, people["editor"], entry)
    translation = translate_segments(client, german)
    submit(client, german)
    with django_capture_on_commit_callbacks(execute=True):
        act(client, people["reviewer"], german, "approve")

    client.force_login(people["editor"])
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    put_string(client, translation, title, "Cache-Speicher")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, german)

    client.logout()
    assert texts(soup(client.get("/de/glossary/cache/")).select("h1")) == [GERMAN_TITLE]
    german.refresh_from_db()
    assert (german.title, german.get_latest_revision().as_object().title) == (GERMAN_TITLE, "Cache-Speicher")
