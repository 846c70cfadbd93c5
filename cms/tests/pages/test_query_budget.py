"""What one page render or API answer costs in queries, on the benchmark's own kind of content.

The budget (docs/performance.md): at most 12 queries for an entry, an article and every
index, at most 15 for an API listing of 20 pages with all their fields. Articles with all
fields take one more: each body with an image block reads its images. Counts are taken
the way a running site pays them: a first request has filled what each process keeps
between publishes (cms.caching.generation_memo) and made the image renditions, then the same URL
is asked for again. The page cache is off: these are renders, not cache hits. That the counts do not grow
with the number of pages is tested beside each app (test_query_counts.py).
"""

from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import BlogPage
from glossary.models import GlossaryPage


@pytest.fixture
def site(tree):
    call_command("generate_content", terms=30, articles=10, stdout=StringIO(), stderr=StringIO())
    return tree


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def queries_once_warm(client, url):
    assert client.get(url).status_code == 200
    return queries(client, url)


@pytest.mark.parametrize(
    ("kind", "budget"),
    [("entry", 3), ("article", 7), ("glossary index", 3), ("blog index", 8), ("home", 2), ("search", 7)],
)
def test_pages_stay_within_budget(client, site, kind, budget):
    url = {
        "entry": GlossaryPage.objects.live().order_by("path")[3].url,
        "article": BlogPage.objects.live().order_by("path")[3].url,
        "glossary index": "/glossary/",
        "blog index": "/blog/",
        "home": "/",
        "search": "/search/?q=cache",
    }[kind]
    assert queries_once_warm(client, url) == budget


@pytest.mark.parametrize(
    ("kind", "budget"),
    [
        ("v2 entries, all fields", 11),
        ("v2 articles, all fields", 14),
        ("v2 entry", 9),
        ("v3 entry", 8),
        ("v3 entries", 4),
    ],
)
def test_api_answers_stay_within_budget(client, site, kind, budget):
    entry = GlossaryPage.objects.live().order_by("path")[3]
    url = {
        "v2 entries, all fields": "/api/v2/pages/?type=glossary.GlossaryPage&fields=*&limit=20",
        "v2 articles, all fields": "/api/v2/pages/?type=blog.BlogPage&fields=*&limit=20",
        "v2 entry": f"/api/v2/pages/{entry.pk}/",
        "v3 entry": f"/api/v3/pages/{entry.pk}/",
        "v3 entries": "/api/v3/pages/?type=glossary.GlossaryPage&limit=20",
    }[kind]
    assert queries_once_warm(client, url) == budget
