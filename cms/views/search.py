"""Site search at /search/: the page types that name their results (`search_label`: glossary
entries and blog articles), ranked by Wagtail's search backend (the database backend:
PostgreSQL full-text search, SQLite's FTS for the demo).

Titles, aliases and summaries carry more weight than bodies (their `boost` in each model's
`search_fields`), so a term's own entry ranks first for its name and its aliases.

Readers search the pages of their language: `/search/` the English pages, `/de/search/` the
German ones (the active language's Locale, a filter field of every page).
"""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page, get_page_models

MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10
# Letters, digits and the marks of names like "C++", "C#", ".NET" or "CI/CD"; anything else
# is search syntax a reader did not mean, and some of it upsets SQLite's full-text search.
NOT_A_WORD = re.compile(r"[^\w\s.+#/-]+")


def clean_query(raw):
    """The words to search for, and whether the query was cut to MAX_QUERY_LENGTH."""
    words = " ".join(NOT_A_WORD.sub(" ", raw).split())
    return words[:MAX_QUERY_LENGTH].strip(), len(words) > MAX_QUERY_LENGTH


def searched_types():
    return [model for model in get_page_models() if getattr(model, "search_label", None)]


def search(request):
    query, truncated = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        pages = Page.objects.live().public().type(*searched_types()).filter(locale=Locale.get_active())
        found = pages.search(query)
        results = Paginator(found, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[page.pk for page in results]).specific()}
        results.object_list = [specific[page.pk] for page in results if page.pk in specific]
    return TemplateResponse(
        request,
        "search/search_results.html",
        {"query": query, "truncated": truncated, "max_length": MAX_QUERY_LENGTH, "results": results},
    )
