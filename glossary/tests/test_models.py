"""The glossary's page rules, checks and editor form, in a project with every setting at its default."""

from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.models import Revision
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from glossary.models import GlossaryIndexPage, GlossaryPage
from glossary.tests.form_data import entry_form_data, standard_page_form_data
from glossary.tests.testapp.models import HomePage, StandardPage
from glossary.tests.tree import add_entry, add_standard_page, build_tree


class PageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_tree()

    def setUp(self):
        self.login()

    def test_entries_are_created_under_the_glossary_index_only(self):
        self.assertCanCreateAt(GlossaryIndexPage, GlossaryPage)
        self.assertCanNotCreateAt(HomePage, GlossaryPage)
        self.assertCanNotCreateAt(StandardPage, GlossaryPage)
        self.assertCanNotCreateAt(GlossaryPage, GlossaryPage)
        self.assertAllowedSubpageTypes(GlossaryIndexPage, {GlossaryPage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())

    def test_the_index_can_go_under_a_site_s_own_pages(self):
        self.assertCanCreateAt(HomePage, GlossaryIndexPage)
        self.assertCanCreateAt(StandardPage, GlossaryIndexPage)

    def test_a_site_has_at_most_one_glossary_index(self):
        assert GlossaryIndexPage.can_create_at(self.tree.home) is False
        add_url = reverse("wagtailadmin_pages:add", args=["glossary", "glossaryindexpage", self.tree.home.pk])
        response = self.client.get(add_url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")
        assert GlossaryIndexPage.objects.count() == 1

    def test_the_editor_creates_an_entry_with_its_three_blocks_and_aliases(self):
        data = entry_form_data("Backend", "backend", "The server side of an application.", aliases=["Back-end"])
        self.assertCanCreate(self.tree.glossary, GlossaryPage, data)

        entry = GlossaryPage.objects.get(slug="backend")
        assert [block.block_type for block in entry.body] == ["definition", "advantages", "applications"]
        assert [item["title"] for item in entry.body[1].value["items"]] == ["Scales", "Secure"]
        assert entry.alias_names == ["Back-end"]
        assert entry.editorial_problems() == []

    def test_a_site_s_page_with_the_related_terms_mixin_is_created_with_its_terms(self):
        entry = add_entry(self.tree.glossary, "Cache", summary="Fast storage close by.")
        data = standard_page_form_data("Performance", "performance", related_terms=[entry])
        self.assertCanCreate(self.tree.home, StandardPage, data)

        page = StandardPage.objects.get(slug="performance")
        assert [term.title for term in page.live_related_terms()] == ["Cache"]
        assert page.link_glossary_terms is True

    def test_the_entry_the_index_and_a_site_s_page_are_routable_renderable_and_previewable(self):
        entry = add_entry(self.tree.glossary, "API", summary="How programs talk to each other.")
        page = add_standard_page(self.tree.home, "Integrations", ["<p>Call the API.</p>"])
        # A StreamField's form data is drawn by the editor's JavaScript, so the tests give it.
        edits = [
            (entry, entry_form_data(entry.title, entry.slug, entry.summary)),
            (self.tree.glossary, nested_form_data({"title": "Glossary", "slug": "glossary", "intro": rich_text("")})),
            (page, standard_page_form_data(page.title, page.slug)),
        ]
        for shown, form_data in edits:
            with self.subTest(page=shown.title):
                self.assertPageIsRoutable(shown)
                self.assertPageIsRenderable(shown)
                self.assertPageIsPreviewable(shown, post_data=form_data)

    def test_a_summary_over_300_characters_is_refused_with_its_length(self):
        add_url = reverse("wagtailadmin_pages:add", args=["glossary", "glossarypage", self.tree.glossary.pk])

        response = self.client.post(add_url, entry_form_data("Too long", "too-long", "x" * 301))

        assert response.status_code == 200
        errors = BeautifulSoup(response.content, "html.parser").select(
            "#panel-child-content-child-summary-errors .error-message"
        )
        assert [error.get_text(strip=True) for error in errors] == [
            "Ensure this value has at most 300 characters (it has 301)."
        ]
        assert not GlossaryPage.objects.filter(slug="too-long").exists()

    def test_a_summary_of_300_characters_is_accepted(self):
        data = entry_form_data("Just right", "just-right", "x" * 300)
        self.assertCanCreate(self.tree.glossary, GlossaryPage, data)
        assert len(GlossaryPage.objects.get(slug="just-right").summary) == 300

    def test_an_entry_cannot_be_its_own_related_term(self):
        entry = add_entry(self.tree.glossary, "Cache", summary="Fast storage close by.")
        other = add_entry(self.tree.glossary, "CDN")
        revisions = Revision.objects.count()

        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[entry.pk]),
            entry_form_data(entry.title, entry.slug, entry.summary, related_terms=[other, entry]),
        )

        assert response.status_code == 200
        errors = BeautifulSoup(response.content, "html.parser").select("#inline_child_related_terms-1 .error-message")
        assert [error.get_text(strip=True) for error in errors] == [
            "An entry cannot be its own related term. Choose another entry."
        ]
        assert Revision.objects.count() == revisions

    def test_another_entry_is_accepted_as_a_related_term(self):
        entry = add_entry(self.tree.glossary, "Cache", summary="Fast storage close by.")
        other = add_entry(self.tree.glossary, "CDN")

        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[entry.pk]),
            entry_form_data(entry.title, entry.slug, entry.summary, related_terms=[other]),
        )

        assert response.status_code == 302
        draft = GlossaryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
        assert [link.term_id for link in draft.related_terms.all()] == [other.pk]


def definition(text):
    return {"type": "definition", "value": {"heading": "", "text": text}}


def test_an_entry_with_all_three_blocks_has_no_editorial_problems(tree):
    assert add_entry(tree.glossary, "API").editorial_problems() == []


def test_editorial_problems_name_each_missing_block(tree):
    entry = add_entry(tree.glossary, "API", body=[definition("<p>How programs talk.</p>")])
    assert entry.editorial_problems() == [
        "The entry needs an advantages block with at least one item.",
        "The entry needs an applications block with at least one item.",
    ]


def test_an_empty_body_has_every_editorial_problem(tree):
    entry = add_entry(tree.glossary, "API", body=[])
    assert entry.editorial_problems() == [
        "The entry needs a definition with some text.",
        "The entry needs an advantages block with at least one item.",
        "The entry needs an applications block with at least one item.",
    ]


def test_an_entry_is_served_at_its_slug_under_the_glossary(tree):
    entry = add_entry(tree.glossary, "API", summary="How programs talk to each other.")
    assert entry.url == "/glossary/api/"
    assert entry.summary == "How programs talk to each other."


def test_wagtail_search_finds_an_entry_by_its_summary_or_an_alias(tree):
    api = add_entry(tree.glossary, "API", summary="How programs talk to each other.", aliases=["Endpoint"])
    add_entry(tree.glossary, "Cache", summary="Fast storage close by.")

    assert list(GlossaryPage.objects.live().search("endpoint")) == [api]
    assert list(GlossaryPage.objects.live().search("programs")) == [api]
