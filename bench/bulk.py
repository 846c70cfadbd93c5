"""Writes generated specs (`bench.generated`) as live pages, thousands at a time.

Wagtail's `add_child` and `save_revision().publish()` cost dozens of queries a page, so
pages are written the way `loaddata` writes them: the `wagtailcore_page` rows in one
bulk insert with their tree paths computed here, then each page's own table by a raw
save (no signals: no revision, no search or reference-index task per page), then the
aliases, related terms, authors and tags in bulk inserts, and the search index in bulk.
The pages have no revisions; they are live, with the same fields a published page has.
"""

import random
import uuid

from taggit.models import Tag

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from bench import generated
from blog.models import Author, BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageRelatedTerm, BlogPageTag
from cms.demo.images import DemoImages
from cms.demo.loader import first_free, load_demo_content, published_at
from cms.demo.streams import resolve
from glossary.models import GlossaryAlias, GlossaryIndexPage, GlossaryPage, GlossaryRelatedTerm

BATCH = 500


class BulkWriter:
    def __init__(self, seed, progress):
        self.rng_uuid = random.Random(f"uuids-{seed}")  # noqa: S311  reproducible, not secret
        self.progress = progress
        self.locale = Locale.get_default()
        self.images = DemoImages(generated.IMAGES)
        self.term_ids = {}

    @transaction.atomic
    def run(self, terms, articles, base_url):
        glossary, blog = self.indexes(base_url)
        self.term_ids = dict(GlossaryPage.objects.values_list("slug", "pk"))
        self.index(GlossaryPage, self.write_terms(glossary, terms))
        self.index(BlogPage, self.write_articles(blog, articles))

    def indexes(self, base_url):
        """The glossary and the blog, built with the demo site when either is missing."""
        if not (GlossaryIndexPage.objects.exists() and BlogIndexPage.objects.exists()):
            load_demo_content(base_url)
        return GlossaryIndexPage.objects.order_by("path").first(), BlogIndexPage.objects.order_by("path").first()

    def resolve(self, data):
        return resolve(data, self.term_ids.get, self.images.id)

    # Pages

    def insert(self, parent, pages, label):
        """Inserts the pages as the parent's last children, setting their ids.

        Siblings are found by path (`child_of`): treebeard's `get_children()` trusts `numchild`,
        which a parent object loaded before the insert has stale.
        """
        siblings = Page.objects.child_of(parent)
        taken = set(siblings.values_list("slug", flat=True))
        last = siblings.aggregate(Max("path"))["path__max"]
        step = Page.numconv_obj().str2int(last[-Page.steplen :]) if last else 0
        content_type = ContentType.objects.get_for_model(type(pages[0])) if pages else None
        for number, page in enumerate(pages, step + 1):
            page.slug = first_free(page.slug, taken)
            taken.add(page.slug)
            page.path = parent.path + Page.numconv_obj().int2str(number).rjust(Page.steplen, Page.alphabet[0])
            page.depth = parent.depth + 1
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.content_type = content_type
            page.locale = self.locale
            page.translation_key = uuid.UUID(int=self.rng_uuid.getrandbits(128), version=4)
            page.draft_title = page.title
            page.live, page.has_unpublished_changes = True, False
            page.last_published_at = page.latest_revision_created_at = page.first_published_at
        base_fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
        for start in range(0, len(pages), BATCH):
            chunk = pages[start : start + BATCH]
            rows = Page.objects.bulk_create(
                [Page(**{name: getattr(page, name) for name in base_fields}) for page in chunk]
            )
            for page, row in zip(chunk, rows, strict=True):
                page.id = page.page_ptr_id = row.pk
            self.progress(label, start + len(chunk), len(pages) * 2)
        Page.objects.filter(pk=parent.pk).update(numchild=siblings.count())
        return pages

    def save_own_tables(self, pages, label):
        for number, page in enumerate(pages, 1):
            page.save_base(raw=True, force_insert=True)
            if number % 100 == 0 or number == len(pages):
                self.progress(label, len(pages) + number, len(pages) * 2)

    def write_terms(self, glossary, specs):
        pages = [
            GlossaryPage(
                title=spec.title, slug=spec.slug, summary=spec.summary, first_published_at=published_at(spec.published)
            )
            for spec in specs
        ]
        self.insert(glossary, pages, "Glossary entries")
        self.term_ids.update({spec.slug: page.pk for spec, page in zip(specs, pages, strict=True)})
        for spec, page in zip(specs, pages, strict=True):
            page.body = self.resolve(spec.body)
            page.last_reviewed = spec.last_reviewed
        self.save_own_tables(pages, "Glossary entries")
        GlossaryAlias.objects.bulk_create(
            GlossaryAlias(page_id=page.pk, locale_id=page.locale_id, name=name, sort_order=order)
            for spec, page in zip(specs, pages, strict=True)
            for order, name in enumerate(spec.aliases)
        )
        GlossaryRelatedTerm.objects.bulk_create(self.related(GlossaryRelatedTerm, specs, pages))
        return pages

    def related(self, model, specs, pages):
        return [
            model(page_id=page.pk, term_id=self.term_ids[slug], sort_order=order)
            for spec, page in zip(specs, pages, strict=True)
            for order, slug in enumerate(spec.related)
        ]

    def write_articles(self, blog, specs):
        authors = self.authors()
        pages = [
            BlogPage(
                title=spec.title,
                slug=spec.slug,
                date=spec.date,
                intro=spec.intro,
                hero_image=self.images.get(spec.hero_image),
                first_published_at=published_at(spec.date),
            )
            for spec in specs
        ]
        self.insert(blog, pages, "Blog articles")
        for spec, page in zip(specs, pages, strict=True):
            page.body = self.resolve(spec.body)
        self.save_own_tables(pages, "Blog articles")
        BlogPageAuthor.objects.bulk_create(
            BlogPageAuthor(page_id=page.pk, author=authors[name], sort_order=order)
            for spec, page in zip(specs, pages, strict=True)
            for order, name in enumerate(spec.authors)
        )
        BlogPageRelatedTerm.objects.bulk_create(self.related(BlogPageRelatedTerm, specs, pages))
        tags = self.tags({name for spec in specs for name in spec.tags})
        BlogPageTag.objects.bulk_create(
            BlogPageTag(content_object_id=page.pk, tag=tags[name])
            for spec, page in zip(specs, pages, strict=True)
            for name in spec.tags
        )
        return pages

    def authors(self):
        found = {}
        for spec in generated.AUTHORS:
            author = Author.objects.filter(name=spec.name).order_by("pk").first()
            found[spec.name] = author or Author.objects.create(
                name=spec.name, role=spec.role, photo=self.images.get(spec.photo)
            )
        return found

    def tags(self, names):
        existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
        missing = [Tag(name=name, slug=name) for name in sorted(names - existing.keys())]
        return existing | {tag.name: tag for tag in Tag.objects.bulk_create(missing)}

    def index(self, model, written):
        """Fills the search index in bulk, as `update_index` would, so site search finds the pages."""
        pages = list(model.get_indexed_objects().filter(pk__in=[page.pk for page in written]))
        backend = get_search_backend()
        for start in range(0, len(pages), BATCH):
            backend.add_bulk(model, pages[start : start + BATCH])
            self.progress(
                f"Search index ({model._meta.verbose_name_plural})", min(start + BATCH, len(pages)), len(pages)
            )
