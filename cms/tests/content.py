"""Content for the API tests: one of each page type, and pages readers must never see."""

import datetime
from dataclasses import dataclass

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory

from blog.factories import AuthorFactory, BlogPageFactory
from blog.models import BlogPageAuthor, BlogPageRelatedTerm
from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryAlias, GlossaryPage, GlossaryRelatedTerm
from home.models import HomeFeaturedTerm

PUBLISHED = timezone.make_aware(datetime.datetime(2024, 3, 19, 9, 0))


@dataclass
class Content:
    tree: object
    entry: object
    api: object
    article: object
    image: object
    draft: object
    private: object
    expired: object
    scheduled: object


def hidden_terms(glossary):
    """One glossary entry for each way a page stays out of readers' sight."""
    now = timezone.now()
    draft = GlossaryPageFactory(parent=glossary, title="Draft term", live=False)
    private = GlossaryPageFactory(parent=glossary, title="Private term")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    expired = GlossaryPageFactory(parent=glossary, title="Expired term")
    GlossaryPage.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(hours=1))
    call_command("publish_scheduled")
    expired.refresh_from_db()
    scheduled = GlossaryPageFactory(parent=glossary, title="Scheduled term", live=False)
    scheduled.go_live_at = now + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    return draft, private, expired, scheduled


def build_content(tree):
    image = ImageFactory(title="Server room", file__width=1600, file__height=900)
    api = GlossaryPageFactory(parent=tree.glossary, title="API", summary="How programs talk.")
    draft, private, expired, scheduled = hidden_terms(tree.glossary)
    entry = GlossaryPageFactory(
        parent=tree.glossary,
        title="Backend Software Development",
        summary="The server side of an application.",
        body=[
            *glossary_body("Backend", words=390),
            {"type": "image", "value": {"image": image.pk, "alt_text": "Racks of servers", "caption": "Our racks"}},
        ],
        first_published_at=PUBLISHED,
        last_reviewed=datetime.date(2024, 6, 1),
    )
    entry.term_aliases = [GlossaryAlias(name="Back-end development")]
    entry.related_terms = [GlossaryRelatedTerm(term=draft), GlossaryRelatedTerm(term=api)]
    entry.save()
    article = BlogPageFactory(
        parent=tree.blog,
        title="Why backends matter",
        date=datetime.date(2024, 5, 2),
        intro="A short look at the server side.",
        hero_image=image,
        body=[
            {"type": "section", "value": {"heading": "Why", "text": "<p>Data lives there.</p>"}},
            {"type": "quote", "value": {"quote": "Keep it simple.", "attribution": "Someone"}},
            {"type": "code", "value": {"language": "python", "code": "print('hi')"}},
            {"type": "callout", "value": {"tone": "tip", "title": "Tip", "text": "<p>Cache it.</p>"}},
            {"type": "conclusion", "value": {"heading": "Conclusion", "text": "<p>Backends matter.</p>"}},
        ],
    )
    article.authors = [BlogPageAuthor(author=AuthorFactory(name="Priya Raman", role="Architect"))]
    article.related_terms = [BlogPageRelatedTerm(term=entry), BlogPageRelatedTerm(term=private)]
    article.tags.add("Cloud")
    article.save()
    BlogPageFactory(parent=tree.blog, title="Unpublished post", date=datetime.date(2024, 6, 1), live=False)
    tree.home.featured_terms = [HomeFeaturedTerm(term=entry), HomeFeaturedTerm(term=scheduled)]
    tree.home.save()
    return Content(tree, entry, api, article, image, draft, private, expired, scheduled)
