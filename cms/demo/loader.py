"""Turns the demo content modules into pages, snippets, images and users.

Every step finds what already exists and only creates what is missing; existing pages,
users and images are never changed. A second run therefore adds no pages, revisions,
images, users or tags, and leaves every timestamp as it was.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from urllib.parse import urlsplit

from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageRelatedTerm
from cms.demo.articles import ARTICLES, AUTHORS
from cms.demo.german import GERMAN, PAGES
from cms.demo.images import DemoImages
from cms.demo.site import (
    BLOG_INDEX,
    FEATURED_TERMS,
    GLOSSARY_INDEX,
    HOME,
    WELCOME_PAGE_TITLE,
)
from cms.demo.streams import resolve
from cms.demo.terms import TERMS
from cms.demo.users import create_missing_users
from glossary.models import GlossaryAlias, GlossaryIndexPage, GlossaryPage, GlossaryRelatedTerm
from home.models import HomeFeaturedTerm, HomePage

PUBLISH_TIME = time(9, 0)


@dataclass
class LoadReport:
    pages: int = 0
    images: int = 0
    users: int = 0
    authors: int = 0
    warnings: list[str] = field(default_factory=list)


def published_at(day):
    return datetime.combine(day, PUBLISH_TIME, tzinfo=UTC)


def first_free(slug, taken):
    """`slug`, or `slug-2`, `slug-3`... when it is among the `taken` slugs."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate


def free_slug(parent, slug):
    """`slug`, or `slug-2`, `slug-3`... if a sibling already uses it."""
    return first_free(slug, set(parent.get_children().values_list("slug", flat=True)))


class DemoLoader:
    def __init__(self, base_url):
        address = urlsplit(base_url)
        self.hostname = address.hostname
        self.port = address.port or (443 if address.scheme == "https" else 80)
        self.report = LoadReport()
        self.images = DemoImages()
        self.terms = {}

    @transaction.atomic
    def run(self):
        usernames, missing_groups = create_missing_users()
        self.report.users = len(usernames)
        self.report.warnings += [f'Group "{name}" does not exist; user left without it.' for name in missing_groups]

        home, home_created = self.find_or_add_home()
        self.make_default_site_root(home)
        glossary = self.find_or_add_index(home, GlossaryIndexPage, GLOSSARY_INDEX)
        blog = self.find_or_add_index(home, BlogIndexPage, BLOG_INDEX)
        self.add_missing_terms(glossary)
        authors = self.find_or_add_authors()
        self.add_missing_articles(blog, authors)
        if home_created:
            # Published last, so its featured terms exist and it gets a single revision.
            home.featured_terms = [
                HomeFeaturedTerm(term=self.terms[slug]) for slug in FEATURED_TERMS if slug in self.terms
            ]
            self.publish(home, HOME.published)
        self.add_missing_german_pages(home)

        self.report.images = self.images.created
        return self.report

    # Publishing

    def publish(self, page, day):
        """Publishes one revision, then pins the page's dates so the demo reads the same everywhere.

        The dates are set with an update so that no second revision is made.
        """
        self.publish_revision(page, page.save_revision(), published_at(day))

    @staticmethod
    def publish_revision(page, revision, stamp):
        revision.publish()
        Page.objects.filter(pk=page.pk).update(
            first_published_at=stamp, last_published_at=stamp, latest_revision_created_at=stamp
        )

    def add_draft(self, parent, page):
        """Adds the page as an unpublished draft; `publish` makes its first revision live."""
        page.live = False
        parent.add_child(instance=page)
        self.report.pages += 1
        return page

    def term_id(self, slug):
        page = self.terms.get(slug)
        return page.pk if page else None

    def resolve(self, data):
        return resolve(data, self.term_id, self.images.id)

    # The tree

    def find_or_add_home(self):
        home = HomePage.objects.order_by("path").first()
        if home is not None:
            return home, False
        self.remove_welcome_page()
        root = Page.get_first_root_node()
        home = HomePage(
            title=HOME.title,
            slug=free_slug(root, HOME.slug),
            intro=HOME.intro,
            search_description=HOME.search_description,
        )
        return self.add_draft(root, home), True

    def remove_welcome_page(self):
        """Deletes the page Wagtail installs as the site root, if nobody has built on it."""
        root = Page.get_first_root_node()
        welcome_pages = root.get_children().filter(
            title=WELCOME_PAGE_TITLE, content_type=ContentType.objects.get_for_model(Page)
        )
        for page in welcome_pages:
            if page.get_children().exists():
                continue
            # Sites cascade-delete with their root page: park them on the tree root meanwhile.
            Site.objects.filter(root_page=page).update(root_page=root)
            page.delete()

    def make_default_site_root(self, home):
        """Home as the default site's root, at the address the site is served from.

        Page URLs in the API (`html_url`) and in links come from the Site's host and port.
        """
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname=self.hostname, port=self.port).first()
        )
        if site is None:
            site = Site(site_name=settings.WAGTAIL_SITE_NAME)
        wanted = {"root_page_id": home.pk, "is_default_site": True, "hostname": self.hostname, "port": self.port}
        if site.pk and all(getattr(site, name) == value for name, value in wanted.items()):
            return
        for name, value in wanted.items():
            setattr(site, name, value)
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()

    def find_or_add_index(self, home, model, spec):
        index = model.objects.child_of(home).first()
        if index is not None:
            return index
        index = model(
            title=spec.title,
            slug=free_slug(home, spec.slug),
            intro=spec.intro,
            search_description=spec.search_description,
        )
        self.add_draft(home, index)
        self.publish(index, spec.published)
        return index

    # Glossary

    def add_missing_terms(self, glossary):
        """Adds every missing term as a draft first, so links and related terms can point at any
        term; then fills in bodies and related terms and publishes each once."""
        self.terms = {page.slug: page for page in GlossaryPage.objects.child_of(glossary)}
        added = []
        for spec in TERMS:
            if spec.slug in self.terms:
                continue
            page = GlossaryPage(
                title=spec.title,
                slug=spec.slug,
                summary=spec.summary,
                last_reviewed=spec.last_reviewed,
                term_aliases=[GlossaryAlias(name=name) for name in spec.aliases],
            )
            self.terms[spec.slug] = self.add_draft(glossary, page)
            added.append((spec, page))
        for spec, page in added:
            page.body = self.resolve(spec.body)
            page.related_terms = [
                GlossaryRelatedTerm(term=self.terms[slug]) for slug in spec.related if slug in self.terms
            ]
            self.publish(page, spec.published)

    # Blog

    def find_or_add_authors(self):
        authors = {}
        for spec in AUTHORS:
            author = Author.objects.filter(name=spec.name).order_by("pk").first()
            if author is None:
                author = Author.objects.create(name=spec.name, role=spec.role, photo=self.images.get(spec.photo))
                self.report.authors += 1
            authors[spec.name] = author
        return authors

    def add_missing_articles(self, blog, authors):
        existing = set(BlogPage.objects.child_of(blog).values_list("slug", flat=True))
        for spec in ARTICLES:
            if spec.slug in existing:
                continue
            page = BlogPage(
                title=spec.title,
                slug=spec.slug,
                date=spec.date,
                intro=spec.intro,
                hero_image=self.images.get(spec.hero_image),
                body=self.resolve(spec.body),
                authors=[BlogPageAuthor(author=authors[name]) for name in spec.authors],
                related_terms=[
                    BlogPageRelatedTerm(term=self.terms[slug]) for slug in spec.related if slug in self.terms
                ],
            )
            page.tags.add(*spec.tags)
            self.add_draft(blog, page)
            self.publish(page, spec.date)

    # German

    def add_missing_german_pages(self, home):
        """Translates each English page in cms.demo.german that has no German version yet."""
        german = Locale.objects.get(language_code=GERMAN)
        for path, texts in PAGES.items():
            page = Page.objects.filter(url_path=f"{home.url_path}{path}").first()
            if page is None or page.get_translation_or_none(german) is not None:
                continue
            self.translate(page.specific, german, texts)

    def translate(self, page, locale, texts):
        """A wagtail-localize translation of `page`, every segment filled in from `texts`, published
        on the English page's date: editors find it in the translation editor and can sync it."""
        source, _ = TranslationSource.update_or_create_from_instance(page)
        translation, _ = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": translated_text(page, segment, texts),
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        # Making the translation replaces the child objects it first copied (aliases, related
        # terms); their reference index updates would be queued for objects gone by then.
        # Publishing the translation below queues the updates for what it holds.
        with disable_reference_index_auto_update():
            translation.save_target(publish=False)
        translated = page.get_translation(locale)
        self.report.pages += 1
        self.publish_revision(translated, translated.get_latest_revision(), page.first_published_at)


class MissingGermanText(Exception):
    pass


def translated_text(page, segment, texts):
    """The German text of one segment; slugs stay English, so German URLs mirror English ones
    (a home page, a sibling of the English one under the tree's root, gets "-de" appended)."""
    english = segment.string.data
    if segment.context.path == "slug":
        return f"{english}-{GERMAN}" if page.depth == 2 else english
    try:
        return texts[english]
    except KeyError:
        raise MissingGermanText(
            f"cms/demo/german.py has no German text for {page.url_path} ({segment.context.path}): {english!r}"
        ) from None


def load_demo_content(base_url):
    return DemoLoader(base_url).run()
