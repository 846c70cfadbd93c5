"""A site grown page by page, and the queries one request to it costs."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.factories import BlogPageFactory
from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryAlias, GlossaryRelatedTerm


def add_content(tree, start, stop):
    for n in range(start, stop):
        term = GlossaryPageFactory(parent=tree.glossary, title=f"Term {n:03d}")
        term.term_aliases = [GlossaryAlias(name=f"Term number {n}")]
        term.save()
        BlogPageFactory(parent=tree.blog, title=f"Article {n:03d}", date=datetime.date(2024, 1, 1))


def related(entry, count):
    terms = list(type(entry).objects.exclude(pk=entry.pk).order_by("pk")[:count])
    entry.related_terms = [GlossaryRelatedTerm(term=term) for term in terms]
    entry.term_aliases = [GlossaryAlias(name=f"Alias {n}") for n in range(count)]
    entry.save()


def queries_for(client, url):
    client.get(url)  # warm Wagtail's cached site root paths, as any running site has
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)
