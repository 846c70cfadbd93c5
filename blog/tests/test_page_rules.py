import datetime

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.factories import AuthorFactory
from blog.models import BlogIndexPage, BlogPage
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryIndexPage, GlossaryPage
from home.models import HomePage
from tests.site_tree import build_site_tree


def blog_blocks_form_data():
    """One block of each kind an article is written with, as the editor posts them."""
    return [
        ("section", {"heading": "Background", "text": rich_text("<p>Ledgers record every movement.</p>")}),
        ("quote", {"quote": "Money is a ledger.", "attribution": "An accountant"}),
        ("code", {"language": "sql", "code": "SELECT sum(amount) FROM entries;"}),
        ("callout", {"tone": "warning", "title": "Careful", "text": rich_text("<p>Never delete rows.</p>")}),
        ("conclusion", {"heading": "Conclusion", "text": rich_text("<p>Append, never update.</p>")}),
    ]


class BlogPageRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.author = AuthorFactory(name="Ada Lovelace", role="Backend Engineer")
        cls.term = GlossaryPageFactory(parent=cls.tree.glossary, title="Ledger", summary="A record.")

    def setUp(self):
        self.login()

    def article_form_data(self, **overrides):
        data = {
            "title": "Ledgers at scale",
            "slug": "ledgers-at-scale",
            "date": "2024-03-19",
            "intro": "How we keep double-entry books.",
            "body": streamfield(blog_blocks_form_data()),
            "authors": inline_formset([{"author": str(self.author.pk)}], min=1),
            "related_terms": inline_formset([{"term": str(self.term.pk)}]),
            "tags": "fintech, Data Engineering",
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_articles_live_only_under_the_blog_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())
        self.assertCanCreateAt(BlogIndexPage, BlogPage)
        self.assertCanNotCreateAt(HomePage, BlogPage)
        self.assertCanNotCreateAt(GlossaryIndexPage, BlogPage)
        self.assertCanNotCreateAt(BlogPage, BlogPage)
        self.assertCanNotCreateAt(BlogPage, GlossaryPage)

    def test_blog_index_lives_only_under_home_and_holds_only_articles(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertCanNotCreateAt(GlossaryIndexPage, BlogIndexPage)
        self.assertCanNotCreateAt(BlogIndexPage, GlossaryPage)

    def test_there_is_at_most_one_blog_index(self):
        self.assertFalse(BlogIndexPage.can_create_at(self.tree.home))
        data = nested_form_data({"title": "Second blog", "slug": "second-blog", "intro": rich_text("")})
        self.client.post(f"/admin/pages/add/blog/blogindexpage/{self.tree.home.pk}/", data)
        self.assertEqual(list(BlogIndexPage.objects.values_list("title", flat=True)), ["Blog"])

    def test_editor_form_creates_an_article_with_every_text_block(self):
        self.assertCanCreate(self.tree.blog, BlogPage, self.article_form_data())

        page = BlogPage.objects.get(slug="ledgers-at-scale")
        self.assertTrue(page.live)
        self.assertEqual(page.date, datetime.date(2024, 3, 19))
        self.assertEqual(
            [block.block_type for block in page.body], ["section", "quote", "code", "callout", "conclusion"]
        )
        self.assertEqual(page.body[2].value["code"], "SELECT sum(amount) FROM entries;")
        self.assertEqual(page.author_list(), [self.author])
        self.assertEqual(sorted(tag.name for tag in page.tag_list()), ["Data Engineering", "fintech"])
        self.assertEqual(page.live_related_terms(), [self.term])
        self.assertPageIsRoutable(page)
        self.assertPageIsRenderable(page)

    def test_an_article_is_published_only_with_an_author(self):
        data = self.article_form_data(authors=inline_formset([], min=1))
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/add/blog/blogpage/{self.tree.blog.pk}/", data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(BlogPage.objects.filter(slug="ledgers-at-scale").exists())
        self.assertContains(response, "Please submit at least 1 form.")

    def test_a_draft_may_be_saved_before_its_author_is_chosen(self):
        # Wagtail defers required fields and formset minimums until the editor publishes.
        data = self.article_form_data(authors=inline_formset([], min=1))
        response = self.client.post(f"/admin/pages/add/blog/blogpage/{self.tree.blog.pk}/", data)

        self.assertEqual(response.status_code, 302)
        page = BlogPage.objects.get(slug="ledgers-at-scale")
        self.assertFalse(page.live)
        self.assertEqual(page.author_list(), [])

    def test_intro_over_500_characters_is_a_form_error(self):
        data = self.article_form_data(intro="x" * 501)
        response = self.client.post(f"/admin/pages/add/blog/blogpage/{self.tree.blog.pk}/", data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(BlogPage.objects.filter(slug="ledgers-at-scale").exists())
        self.assertContains(response, "Ensure this value has at most 500 characters (it has 501).")

    def test_intro_of_exactly_500_characters_is_accepted(self):
        self.assertCanCreate(self.tree.blog, BlogPage, self.article_form_data(intro="x" * 500))


class BlogIntroCountTests(WagtailPageTestCase):
    def test_the_intro_shows_a_character_count_and_no_browser_limit(self):
        tree = build_site_tree()
        self.login()
        response = self.client.get(f"/admin/pages/add/blog/blogpage/{tree.blog.pk}/")
        self.assertNotContains(response, 'maxlength="500"')
        self.assertContains(response, '<p class="help" id="id_intro-count" data-character-count-target="output">')
        self.assertContains(response, "0 / 500 characters")
