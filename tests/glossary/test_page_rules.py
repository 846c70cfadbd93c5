from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset

from blog.models import BlogIndexPage, BlogPage
from cms.tests.form_data import glossary_entry_form_data
from glossary.models import GlossaryIndexPage, GlossaryPage
from home.models import HomePage
from tests.site_tree import build_site_tree


class GlossaryPageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def setUp(self):
        self.login()

    def test_glossary_index_lives_only_under_home(self):
        self.assertAllowedParentPageTypes(GlossaryIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GlossaryIndexPage, {GlossaryPage})

    def test_glossary_entries_live_only_under_the_glossary_and_have_no_children(self):
        self.assertAllowedParentPageTypes(GlossaryPage, {GlossaryIndexPage})
        self.assertAllowedSubpageTypes(GlossaryPage, set())
        self.assertCanNotCreateAt(HomePage, GlossaryPage)
        self.assertCanNotCreateAt(BlogIndexPage, GlossaryPage)
        self.assertCanNotCreateAt(GlossaryPage, BlogPage)

    def test_home_holds_the_glossary_and_the_blog(self):
        self.assertCanCreateAt(HomePage, GlossaryIndexPage)
        self.assertCanCreateAt(HomePage, BlogIndexPage)
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})

    def test_editor_form_creates_an_entry_with_all_three_glossary_blocks(self):
        data = glossary_entry_form_data(
            "Backend Software Development",
            "backend-software-development",
            "The server side of an application: data, logic and integrations.",
            term_aliases=inline_formset([{"name": "Back-end development"}]),
        )
        self.assertCanCreate(self.tree.glossary, GlossaryPage, data)

        page = GlossaryPage.objects.get(slug="backend-software-development")
        self.assertEqual([block.block_type for block in page.body], ["definition", "advantages", "applications"])
        self.assertEqual([item["title"] for item in page.body[1].value["items"]], ["Scales", "Secure"])
        self.assertEqual([alias.name for alias in page.term_aliases.all()], ["Back-end development"])
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)

    def test_summary_over_300_characters_is_a_form_error(self):
        data = glossary_entry_form_data("Too long", "too-long", "x" * 301)
        response = self.client.post(f"/admin/pages/add/glossary/glossarypage/{self.tree.glossary.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(GlossaryPage.objects.filter(slug="too-long").exists())
        self.assertContains(response, "Ensure this value has at most 300 characters (it has 301).")
