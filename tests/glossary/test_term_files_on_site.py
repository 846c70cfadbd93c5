"""Terms files on this site: its entry body's conclusion and general blocks, and the dataset
served through the site's routing fast path and page cache."""

import json

import pytest

from django.contrib.auth.models import User

from glossary.factories import GlossaryPageFactory, glossary_body
from glossary.models import GlossaryPage
from glossary.term_files import apply_import, export_terms, plan_import, read_terms


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("admin", "admin@example.com", "pw")


@pytest.fixture
def entry(tree):
    """An entry with a section between its definition and advantages, and a conclusion."""
    body = glossary_body("Latency")
    body.insert(1, {"type": "section", "value": {"heading": "How it is measured", "text": "<p>In milliseconds.</p>"}})
    body.append({"type": "conclusion", "value": {"heading": "In short", "text": "<p>Waiting time.</p>"}})
    return GlossaryPageFactory(
        parent=tree.glossary, title="Latency", slug="latency", summary="Waiting time.", body=body
    )


def plan_of(text, user, name="terms.csv"):
    return plan_import(read_terms(text.encode("utf-8"), name), user)


def kinds_and_headings(page):
    return [(block.block_type, block.value.get("heading")) for block in page.body]


def test_an_update_replaces_the_named_glossary_blocks_and_keeps_the_others_in_place(entry, superuser):
    text = "title,slug,summary,definition,conclusion\r\nLatency,latency,Waiting time.,Time to answer.,Keep it low.\r\n"
    plan = plan_of(text, superuser)
    assert [str(row) for row in plan.rows] == ["Row 2 (latency): updated"]
    apply_import(plan)
    draft = GlossaryPage.objects.get(slug="latency").get_latest_revision_as_object()
    assert kinds_and_headings(draft) == [
        ("definition", ""),
        ("section", "How it is measured"),
        ("advantages", "Advantages"),
        ("applications", "Applications"),
        ("conclusion", "In short"),
    ]
    assert [draft.body[0].value["text"].source, draft.body[4].value["text"].source] == [
        "<p>Time to answer.</p>",
        "<p>Keep it low.</p>",
    ]
    assert draft.body[1].value["text"].source == "<p>In milliseconds.</p>"


def test_a_new_entrys_conclusion_comes_last_with_the_blocks_default_heading(tree, superuser):
    text = (
        "title,slug,summary,definition,applications,conclusion\r\n"
        "Jitter,jitter,Varying delay.,It varies.,VoIP: Calls.,Smooth it.\r\n"
    )
    apply_import(plan_of(text, superuser))
    draft = GlossaryPage.objects.get(slug="jitter").get_latest_revision_as_object()
    assert kinds_and_headings(draft) == [
        ("definition", ""),
        ("applications", "Applications"),
        ("conclusion", "Conclusion"),
    ]


@pytest.mark.parametrize(
    ("file_format", "name"), [("csv", "terms.csv"), ("json", "terms.json"), ("jsonld", "terms.jsonld")]
)
def test_the_site_export_with_its_conclusion_round_trips(entry, superuser, file_format, name):
    exported = export_terms(file_format)
    assert "<p>Waiting time.</p>" in exported
    plan = plan_of(exported, superuser, name)
    assert plan.counts == {"created": 0, "updated": 0, "unchanged": 1, "refused": 0}
    GlossaryPage.objects.filter(slug="latency").delete()
    apply_import(plan_of(exported, superuser, name), publish=True)
    assert export_terms(file_format) == exported


def test_the_dataset_is_served_through_the_fast_path_and_the_page_cache(
    client, entry, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/glossary/jsonld/")
    second = client.get("/glossary/jsonld/")
    assert [first.status_code, first["X-Cache"], second["X-Cache"]] == [200, "MISS", "HIT"]
    assert first["Content-Type"] == "application/ld+json; charset=utf-8"
    assert second.content == first.content
    assert [term["termCode"] for term in json.loads(first.content)["hasDefinedTerm"]] == ["latency"]
    with django_capture_on_commit_callbacks(execute=True):
        new_entry = GlossaryPageFactory.build(title="Jitter", slug="jitter", live=False)
        entry.get_parent().add_child(instance=new_entry)
        new_entry.save_revision().publish()
    third = client.get("/glossary/jsonld/")
    assert third["X-Cache"] == "MISS"
    assert [term["termCode"] for term in json.loads(third.content)["hasDefinedTerm"]] == ["jitter", "latency"]


def test_the_index_links_to_its_dataset(client, entry):
    html = client.get("/glossary/").content.decode()
    assert (
        '<link rel="alternate" type="application/ld+json" href="/glossary/jsonld/" title="Glossary as JSON-LD">' in html
    )
    assert (
        '<p class="glossary-dataset"><a href="/glossary/jsonld/" download="glossary.jsonld" type="application/ld+json">'
        "Download every term (JSON-LD)</a></p>"
    ) in html
