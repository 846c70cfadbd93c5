"""`manage.py generate_content`: the benchmark's dataset is valid, live, varied and reproducible."""

import json
import re
from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page

from bench import generated
from blog.models import BlogPage
from cms.editorial.content_checks import page_problems
from glossary.models import GlossaryPage

PAGE_ID = re.compile(r'(linktype=\\"page\\" id=\\")(\d+)')
IMAGE_ID = re.compile(r'("image": )(\d+)')


def generate(**options):
    out, err = StringIO(), StringIO()
    call_command("generate_content", terms=30, articles=10, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def generated_pages(tree):
    return [
        *GlossaryPage.objects.child_of(tree.glossary).order_by("path"),
        *BlogPage.objects.child_of(tree.blog).order_by("path"),
    ]


def content(tree):
    """Titles, summaries and stored bodies, with page and image ids given as titles so two runs compare."""
    titles = dict(Page.objects.values_list("pk", "title"))
    rows = []
    for page in generated_pages(tree):
        body = json.dumps(page.body.get_prep_value(), sort_keys=True)
        body = PAGE_ID.sub(lambda match: match[1] + titles[int(match[2])], body)
        body = IMAGE_ID.sub(lambda match: match[1] + "image", body)
        rows.append((page.title, page.slug, page.get_listing_summary(), body, page.first_published_at))
    return rows


def test_the_specs_depend_only_on_the_seed():
    assert generated.build(1, 40, 12) == generated.build(1, 40, 12)
    assert generated.build(1, 40, 12) != generated.build(2, 40, 12)


@pytest.mark.django_db
def test_adds_live_valid_pages_with_every_block_kind(tree, client):
    out, err = generate()

    entries, articles = GlossaryPage.objects.child_of(tree.glossary), BlogPage.objects.child_of(tree.blog)
    assert (entries.live().count(), articles.live().count()) == (30, 10)
    assert "Generated 30 glossary entries and 10 articles (seed 1)" in out
    assert "Glossary entries" in err and "30/30" in err
    kinds = {block.block_type for page in generated_pages(tree) for block in page.body}
    assert kinds == {
        "definition",
        "advantages",
        "applications",
        "section",
        "image",
        "quote",
        "code",
        "callout",
        "conclusion",
    }
    for page in generated_pages(tree):
        assert page_problems(page) == [], page.title
        assert client.get(page.url).status_code == 200, page.title
    assert all(entry.related_terms.count() and entry.term_aliases.count() for entry in entries)
    assert all(article.tags.count() and article.authors.count() for article in articles)
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_indexes_list_them_and_search_finds_them(tree, client):
    generate()
    entry = GlossaryPage.objects.child_of(tree.glossary).first()

    assert entry.title in client.get(tree.glossary.url).content.decode()
    assert client.get(tree.blog.url).status_code == 200
    assert entry.title in client.get("/search/", {"q": entry.title}).content.decode()
    assert client.get(f"/api/v2/pages/{entry.pk}/").json()["title"] == entry.title


@pytest.mark.django_db
def test_same_seed_gives_the_same_content(tree):
    generate()
    first = content(tree)
    Page.objects.get(pk=tree.glossary.pk).get_children().delete()
    Page.objects.get(pk=tree.blog.pk).get_children().delete()

    generate(no_progress=True)

    assert content(tree) == first
