"""Importing and exporting terms files (glossary.term_files): reading, the dry run, applying it,
exports and their round trips, the commands and the public dataset."""

import json
from io import StringIO

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Permission, User
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry, PageViewRestriction, Revision, WorkflowState

from glossary.models import GlossaryPage
from glossary.term_files import (
    ImportNotAllowed,
    TermFileError,
    apply_import,
    export_terms,
    plan_import,
    read_terms,
)
from glossary.tests.tree import add_entry

HEADER = "title,slug,summary,aliases,definition,advantages,applications,related_terms,last_reviewed\r\n"
REST = (
    'REST,rest,Representational state transfer.,"RESTful\nREST API",<p>An <b>architectural</b> style.</p>,'
    '"Simple: <p>Plain HTTP.</p>\nCacheable: Responses can be cached.",Web: Everywhere.,"api\ngraphql",2024-05-01\r\n'
)
GRAPHQL = "GraphQL,graphql,A query language.,,Ask for what you need.,,,,\r\n"
TWO_TERMS = HEADER + REST + GRAPHQL


def plan_of(text, user, name="terms.csv"):
    return plan_import(read_terms(text.encode("utf-8"), name), user)


def outcomes(plan):
    return [str(row) for row in plan.rows]


def written_counts():
    return GlossaryPage.objects.count(), Revision.objects.count(), PageLogEntry.objects.count()


def latest(slug):
    return GlossaryPage.objects.get(slug=slug).get_latest_revision_as_object()


# Reading and planning


def test_the_plan_says_what_each_row_would_do_and_writes_nothing(api, editor):
    before = written_counts()
    plan = plan_of(TWO_TERMS + "API,api,An interface.,,,,,,\r\n", editor)
    assert outcomes(plan) == ["Row 2 (rest): created", "Row 3 (graphql): created", "Row 4 (api): updated"]
    assert plan.counts == {"created": 2, "updated": 1, "unchanged": 0, "refused": 0}
    assert outcomes(plan_of("title,slug,summary\r\nAPI,api,An interface.\r\n", editor)) == ["Row 2 (api): unchanged"]
    assert written_counts() == before


def test_a_new_entry_holds_the_files_values(api, editor):
    apply_import(plan_of(TWO_TERMS, editor))
    rest = latest("rest")
    assert (rest.title, rest.summary, rest.last_reviewed.isoformat()) == (
        "REST",
        "Representational state transfer.",
        "2024-05-01",
    )
    assert [alias.name for alias in rest.term_aliases.all()] == ["RESTful", "REST API"]
    assert [link.term.slug for link in rest.related_terms.all()] == ["api", "graphql"]
    assert [(block.block_type, block.value.get("heading")) for block in rest.body] == [
        ("definition", ""),
        ("advantages", "Advantages"),
        ("applications", "Applications"),
    ]
    assert rest.body[0].value["text"].source == "<p>An <b>architectural</b> style.</p>"
    assert [(item["title"], item["text"].source) for item in rest.body[1].value["items"]] == [
        ("Simple", "<p>Plain HTTP.</p>"),
        ("Cacheable", "<p>Responses can be cached.</p>"),
    ]
    assert [block.block_type for block in latest("graphql").body] == ["definition"]
    assert latest("graphql").body[0].value["text"].source == "<p>Ask for what you need.</p>"


def test_plain_text_becomes_paragraphs(tree, editor):
    text = HEADER + 'Cache,cache,Kept copies.,,"First paragraph,\nsame paragraph.\n\nSecond & last.",,,,\r\n'
    apply_import(plan_of(text, editor))
    assert latest("cache").body[0].value["text"].source == (
        "<p>First paragraph,<br/>same paragraph.</p><p>Second &amp; last.</p>"
    )


def test_importing_the_same_file_twice_changes_nothing_the_second_time(api, editor):
    apply_import(plan_of(TWO_TERMS, editor))
    before = written_counts()
    plan = plan_of(TWO_TERMS, editor)
    assert outcomes(plan) == ["Row 2 (rest): unchanged", "Row 3 (graphql): unchanged"]
    assert apply_import(plan).pages == []
    assert written_counts() == before[:2] + (before[2] + 1,)


def test_an_update_is_a_new_revision_from_the_latest_and_keeps_what_the_file_does_not_name(api, editor):
    draft = api.get_latest_revision_as_object()
    draft.body[1].value["heading"] = "Why teams use it"
    draft.save_revision()
    plan = plan_of(
        "slug,title,summary,advantages\r\napi,API,A contract between programs.,Stable: <p>It lasts.</p>\r\n", editor
    )
    assert outcomes(plan) == ["Row 2 (api): updated"]
    apply_import(plan)
    live = GlossaryPage.objects.get(slug="api")
    assert (live.summary, live.has_unpublished_changes) == ("An interface.", True)
    entry = latest("api")
    assert entry.summary == "A contract between programs."
    assert [(block.block_type, block.value.get("heading")) for block in entry.body] == [
        ("definition", ""),
        ("advantages", "Why teams use it"),
        ("applications", "Applications"),
    ]
    assert [(item["title"], item["text"].source) for item in entry.body[1].value["items"]] == [
        ("Stable", "<p>It lasts.</p>")
    ]
    assert entry.body[0].value["text"].source == api.body[0].value["text"].source
    assert Revision.objects.filter(object_id=str(api.pk)).count() == 3


def test_an_empty_cell_removes_that_block(api, editor):
    apply_import(plan_of("title,slug,summary,applications\r\nAPI,api,An interface.,\r\n", editor))
    assert [block.block_type for block in latest("api").body] == ["definition", "advantages"]


def test_related_terms_may_name_later_rows(tree, editor):
    text = HEADER + "Alpha,alpha,First.,,,,,beta,\r\nBeta,beta,Second.,,,,,alpha,\r\n"
    plan = plan_of(text, editor)
    assert outcomes(plan) == ["Row 2 (alpha): created", "Row 3 (beta): created"]
    apply_import(plan)
    assert [link.term.slug for link in latest("alpha").related_terms.all()] == ["beta"]
    assert [link.term.slug for link in latest("beta").related_terms.all()] == ["alpha"]
    assert [link.term.slug for link in GlossaryPage.objects.get(slug="alpha").related_terms.all()] == ["beta"]


def test_progress_is_reported_for_each_row_written(api, editor):
    calls = []
    apply_import(plan_of(TWO_TERMS, editor), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 2), (2, 2)]


def test_the_plan_reads_the_entries_in_a_constant_number_of_queries(api, editor):
    def queries_for(count):
        rows = "".join(f"Term {n},term-{n},Summary {n}.,,,,,api,\r\n" for n in range(count))
        terms_file = read_terms((HEADER + rows).encode(), "terms.csv")
        with CaptureQueriesContext(connection) as queries:
            plan_import(terms_file, editor)
        return len(queries)

    apply_import(plan_of(HEADER + "".join(f"Term {n},term-{n},Old {n}.,,,,,,\r\n" for n in range(3)), editor))
    assert queries_for(3) == queries_for(30)


# Refusals


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            "title,slug,summary\r\nCaf\xe9,cafe,A place.\r\n".encode("latin-1"),
            "The file is not UTF-8 text (byte 0xe9 at position 24 cannot be read). "
            "Save it as UTF-8 and import it again.",
        ),
        (
            b"title,slug\r\nAPI,api\r\n",
            'The file has no "summary" column. Its first row must name the columns, '
            "with at least title, slug, summary.",
        ),
        (
            b"title,slug,summary,colour\r\nAPI,api,An interface.,red\r\n",
            'The file has a column this import does not know: "colour". The columns are: title, slug, summary, '
            "aliases, definition, advantages, applications, conclusion, related_terms, last_reviewed.",
        ),
        (b"", "The file is empty."),
    ],
)
def test_a_bad_file_is_refused_whole(tree, data, message):
    with pytest.raises(TermFileError) as refusal:
        read_terms(data, "terms.csv")
    assert str(refusal.value) == message


def test_a_file_over_the_limit_is_refused(tree, settings):
    settings.GLOSSARY_IMPORT_MAX_BYTES = 2 * 1024 * 1024
    with pytest.raises(TermFileError) as refusal:
        read_terms(StringIO(TWO_TERMS * 40000).read().encode(), "terms.csv")
    assert str(refusal.value) == "The file is larger than the import limit of 2 MB."


def test_the_default_limit_is_ten_megabytes():
    from glossary.conf import DEFAULTS

    assert DEFAULTS["GLOSSARY_IMPORT_MAX_BYTES"] == 10 * 1024 * 1024


def test_json_that_is_not_a_list_is_refused(tree):
    with pytest.raises(TermFileError) as refusal:
        read_terms(b'{"title": "API"}', "terms.json")
    assert str(refusal.value) == "The JSON file must hold a list of terms: [{...}, {...}]."


API_AS_IT_IS = (
    "API,api,An interface.,,<p>API explained. " + " ".join(["word"] * 48) + "</p>,"
    "Fast: <p>It is quick.</p>,Web: <p>Used online.</p>,,"
)
BAD_ROWS = [
    (API_AS_IT_IS, "Row 2 (api): unchanged"),
    ("Twice,twice,One.,,,,,,", 'Row 3 (twice): refused: The slug "twice" is also on row 4.'),
    ("Twice again,twice,Two.,,,,,,", 'Row 4 (twice): refused: The slug "twice" is also on row 3.'),
    (
        "Long,long," + "x" * 301 + ",,,,,,",
        "Row 5 (long): refused: The summary is 301 characters long; the limit is 300.",
    ),
    (
        "Lonely,lonely,Alone.,,,,,nowhere,",
        'Row 6 (lonely): refused: The related term "nowhere" is neither an entry nor a term in this file.',
    ),
    ("<b>Bold</b>,bold,Loud.,,,,,,", "Row 7 (bold): refused: The title contains HTML; it takes plain text."),
    ("Shout,shout,<em>Loud</em>.,,,,,,", "Row 8 (shout): refused: The summary contains HTML; it takes plain text."),
    (
        "Alias,alias,Named.,<i>aka</i>,,,,,",
        'Row 9 (alias): refused: The alias "<i>aka</i>" contains HTML; it takes plain text.',
    ),
    (
        "Item,item,Listed.,,,<b>Fast</b>: quick,,,",
        'Row 10 (item): refused: The advantage "<b>Fast</b>" contains HTML; it takes plain text.',
    ),
    (
        "Script,script,Runs.,,<script>alert(1)</script>,,,,",
        "Row 11 (script): refused: The definition has HTML that rich text does not allow: <script>.",
    ),
    (
        "Bad slug,bad slug,Spaced.,,,,,,",
        'Row 12 (bad slug): refused: The slug "bad slug" is not a valid slug: use letters, numbers, hyphens and '
        "underscores.",
    ),
    (
        "Dated,dated,When.,,,,,,31/12/2024",
        'Row 13 (dated): refused: The last review date "31/12/2024" is not a date written as YYYY-MM-DD.',
    ),
    (
        "Follower,follower,Follows.,,,,,lonely,",
        'Row 14 (follower): refused: The related term "lonely" is on row 6, which is refused.',
    ),
    ("Fine,fine,All good.,,,,,follower-of-none,", None),
]


def test_each_bad_row_is_refused_with_its_reason_and_nothing_is_written(api, editor):
    rows = [row for row, _outcome in BAD_ROWS[:-1]]
    plan = plan_of(HEADER + "\r\n".join(rows) + "\r\n", editor)
    assert outcomes(plan) == [outcome for _row, outcome in BAD_ROWS[:-1]]
    before = written_counts()
    assert apply_import(plan).pages == []
    assert written_counts() == before[:2] + (before[2] + 1,)


def test_a_refused_row_does_not_stop_the_others(api, editor):
    plan = plan_of(HEADER + "Good,good,Fine.,,,,,,\r\nBad,bad,<b>No</b>,,,,,,\r\n", editor)
    assert plan.counts == {"created": 1, "updated": 0, "unchanged": 0, "refused": 1}
    apply_import(plan)
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", flat=True)) == ["api", "good"]


def test_a_conclusion_is_refused_when_the_body_has_no_conclusion_block(tree, editor):
    plan = plan_of("title,slug,summary,conclusion\r\nEnd,end,Last.,All done.\r\n", editor)
    assert outcomes(plan) == [
        "Row 2 (end): refused: This site's entries have no conclusion block, so a conclusion cannot be imported."
    ]


def test_json_rows_are_numbered_by_their_place_in_the_list(tree, editor):
    terms = [
        {"title": "API", "slug": "api", "summary": "An interface."},
        {"title": "REST", "slug": "rest"},
        {"title": "GraphQL", "slug": "graphql", "summary": "Queries.", "aliases": "GQL", "colour": "red"},
        {"title": "Items", "slug": "items", "summary": "Listed.", "advantages": ["Fast"]},
    ]
    plan = plan_of(json.dumps(terms), editor, "terms.json")
    assert outcomes(plan) == [
        "Row 1 (api): created",
        'Row 2 (rest): refused: The term has no "summary".',
        'Row 3 (graphql): refused: The term has a field this import does not know: "colour".',
        'Row 4 (items): refused: "advantages" must be a list of objects with a "title" and a "text".',
    ]


def test_a_user_who_may_not_add_or_edit_entries_is_refused(api, db):
    reader = User.objects.create_user("reader", "reader@example.com", "pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    plan = plan_of(HEADER + "New,new,Fresh.,,,,,,\r\nAPI,api,A new summary.,,,,,,\r\n", reader)
    assert outcomes(plan) == [
        "Row 2 (new): refused: You may not add entries to the glossary.",
        'Row 3 (api): refused: You may not edit the entry "api".',
    ]


def test_an_entry_locked_by_another_user_is_refused(api, editor, superuser):
    api.locked, api.locked_by = True, superuser
    api.save()
    plan = plan_of("title,slug,summary\r\nAPI,api,A new summary.\r\n", editor)
    assert outcomes(plan) == ['Row 2 (api): refused: The entry "api" is locked by another user.']
    assert outcomes(plan_of("title,slug,summary\r\nAPI,api,A new summary.\r\n", superuser)) == ["Row 2 (api): updated"]


def test_angle_brackets_that_are_no_html_tag_are_plain_text(tree, editor):
    text = "title,slug,summary,definition\r\nGenerics,generics,A List<T> holds any T; 1 < 2.,A List<T> holds T.\r\n"
    plan = plan_of(text, editor)
    assert outcomes(plan) == ["Row 2 (generics): created"]
    assert (plan.rows[0].record.summary, plan.rows[0].record.definition) == (
        "A List<T> holds any T; 1 < 2.",
        "<p>A List&lt;T&gt; holds T.</p>",
    )


# Editorial rules


def test_an_editors_import_makes_drafts_only(api, editor):
    apply_import(plan_of(TWO_TERMS + "API,api,A new summary.,,,,,,\r\n", editor))
    assert list(GlossaryPage.objects.order_by("slug").values_list("slug", "live", "has_unpublished_changes")) == [
        ("api", True, True),
        ("graphql", False, True),
        ("rest", False, True),
    ]
    assert GlossaryPage.objects.get(slug="api").summary == "An interface."
    assert {
        revision.user
        for revision in Revision.objects.filter(
            object_id__in=[str(pk) for pk in GlossaryPage.objects.exclude(slug="api").values_list("pk", flat=True)]
        )
    } == {editor}


def test_an_editor_may_not_publish(api, editor):
    with pytest.raises(ImportNotAllowed) as refusal:
        apply_import(plan_of(TWO_TERMS, editor), publish=True)
    assert str(refusal.value) == "Only a superuser may publish imported entries directly."
    assert GlossaryPage.objects.count() == 1


def test_submitting_starts_the_glossarys_workflow_on_each_written_entry(api, editor):
    result = apply_import(plan_of(TWO_TERMS, editor), submit=True)
    assert result.submitted == 2
    states = WorkflowState.objects.order_by("object_id")
    assert [(state.content_object.slug, state.status, state.requested_by) for state in states] == [
        ("rest", "in_progress", editor),
        ("graphql", "in_progress", editor),
    ]
    assert [state.workflow.name for state in states] == ["Moderators approval", "Moderators approval"]
    assert set(GlossaryPage.objects.filter(live=True).values_list("slug", flat=True)) == {"api"}


def test_a_superuser_may_publish_directly(api, superuser):
    result = apply_import(plan_of(TWO_TERMS + "API,api,A new summary.,,,,,,\r\n", superuser), publish=True)
    assert result.published == 3
    assert list(
        GlossaryPage.objects.order_by("slug").values_list("slug", "live", "has_unpublished_changes", "summary")
    ) == [
        ("api", True, False, "A new summary."),
        ("graphql", True, False, "A query language."),
        ("rest", True, False, "Representational state transfer."),
    ]
    assert [link.term.slug for link in GlossaryPage.objects.get(slug="rest").related_terms.all()] == ["api", "graphql"]


def test_the_import_is_in_the_audit_log(api, editor):
    apply_import(plan_of(TWO_TERMS + "Bad,bad,<b>No</b>,,,,,,\r\n", editor, name="terms-2024.csv"))
    entry = PageLogEntry.objects.get(action="glossary.import_terms")
    assert (entry.page_id, entry.user) == (api.get_parent().pk, editor)
    assert entry.data == {
        "file_name": "terms-2024.csv",
        "format": "csv",
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "refused": 1,
        "submitted": 0,
        "published": 0,
    }
    assert log_registry.get_formatter(entry).format_message(entry) == (
        'Imported terms from "terms-2024.csv": 2 created, 0 updated, 0 unchanged, 1 refused'
    )
    assert list(
        PageLogEntry.objects.filter(action="wagtail.create", user=editor)
        .values_list("page__slug", flat=True)
        .order_by("page__slug")
    ) == [
        "graphql",
        "rest",
    ]


# Exports and round trips


@pytest.mark.parametrize(
    ("file_format", "name"), [("csv", "terms.csv"), ("json", "terms.json"), ("jsonld", "terms.jsonld")]
)
def test_exporting_and_importing_again_changes_nothing(api, superuser, file_format, name):
    apply_import(plan_of(TWO_TERMS, superuser), publish=True)
    for latest_revisions in (False, True):
        exported = export_terms(file_format, latest_revisions=latest_revisions)
        plan = plan_of(exported, superuser, name)
        assert (
            outcomes(plan) == ["Row 1 (api): unchanged", "Row 2 (graphql): unchanged", "Row 3 (rest): unchanged"]
            if (file_format != "csv")
            else ["Row 2 (api): unchanged", "Row 3 (graphql): unchanged", "Row 4 (rest): unchanged"]
        )


@pytest.mark.parametrize(
    ("file_format", "name"), [("csv", "terms.csv"), ("json", "terms.json"), ("jsonld", "terms.jsonld")]
)
def test_an_export_imported_into_an_empty_glossary_recreates_the_entries(api, superuser, file_format, name):
    apply_import(plan_of(TWO_TERMS, superuser), publish=True)
    exported = export_terms(file_format)
    GlossaryPage.objects.exclude(slug="api").delete()
    plan = plan_of(exported, superuser, name)
    assert plan.counts == {"created": 2, "updated": 0, "unchanged": 1, "refused": 0}
    apply_import(plan, publish=True)
    assert export_terms(file_format) == exported


def test_the_csv_export(api, superuser):
    apply_import(plan_of(TWO_TERMS, superuser), publish=True)
    assert export_terms("csv") == (
        "title,slug,summary,aliases,definition,advantages,applications,conclusion,related_terms,last_reviewed\r\n"
        "API,api,An interface.,,<p>API explained. " + " ".join(["word"] * 48) + "</p>,"
        "Fast: <p>It is quick.</p>,Web: <p>Used online.</p>,,,\r\n"
        "GraphQL,graphql,A query language.,,<p>Ask for what you need.</p>,,,,,\r\n"
        'REST,rest,Representational state transfer.,"RESTful\nREST API",<p>An <b>architectural</b> style.</p>,'
        '"Simple: <p>Plain HTTP.</p>\nCacheable: <p>Responses can be cached.</p>",Web: <p>Everywhere.</p>,,'
        '"api\ngraphql",2024-05-01\r\n'
    )


def test_formula_looking_csv_cells_are_escaped_and_the_import_takes_the_escape_off(tree, superuser):
    text = (
        "title,slug,summary,aliases\r\n"
        "Plus,plus,+1 for this.,\r\n"
        'Equals,equals,=HYPERLINK("http://example.com"),@me\r\n'
        "Quoted,quoted,'=already quoted,-minus\r\n"
    )
    plan = plan_of(text, superuser)
    assert [row.record.summary for row in plan.rows] == [
        "+1 for this.",
        '=HYPERLINK("http://example.com")',
        "=already quoted",
    ]
    apply_import(plan, publish=True)
    exported = export_terms("csv")
    lines = exported.splitlines()[1:]
    assert [line.split(",")[:3] for line in lines] == [
        ["Equals", "equals", '"\'=HYPERLINK(""http://example.com"")"'],
        ["Plus", "plus", "'+1 for this."],
        ["Quoted", "quoted", "'=already quoted"],
    ]
    assert [line.split(",")[3] for line in lines] == ["'@me", "", "'-minus"]
    assert plan_of(exported, superuser).counts == {"created": 0, "updated": 0, "unchanged": 3, "refused": 0}


def test_a_quote_before_a_formula_survives_the_round_trip(tree, superuser):
    data = json.dumps([{"title": "Quote", "slug": "quote", "summary": "'=not a formula"}])
    apply_import(plan_of(data, superuser, "terms.json"), publish=True)
    exported = export_terms("csv")
    assert exported.splitlines()[1].split(",")[2] == "''=not a formula"
    plan = plan_of(exported, superuser)
    assert (outcomes(plan), plan.rows[0].record.summary) == (["Row 2 (quote): unchanged"], "'=not a formula")


def test_the_csv_reader_takes_a_byte_order_mark(api, editor):
    plan = plan_import(read_terms(("\ufeff" + TWO_TERMS).encode(), "terms.csv"), editor)
    assert plan.counts == {"created": 2, "updated": 0, "unchanged": 0, "refused": 0}


def test_the_jsonld_export(api, superuser):
    apply_import(plan_of(TWO_TERMS, superuser), publish=True)
    term_set = json.loads(export_terms("jsonld"))
    assert {key: term_set[key] for key in ("@context", "@type", "name", "url")} == {
        "@context": ["https://schema.org", {"glossary": "https://pypi.org/project/wagtail-software-glossary/#"}],
        "@type": "DefinedTermSet",
        "name": "Glossary",
        "url": "http://localhost/glossary/",
    }
    assert term_set["hasDefinedTerm"][2] == {
        "@type": "DefinedTerm",
        "name": "REST",
        "termCode": "rest",
        "description": "Representational state transfer.",
        "alternateName": ["RESTful", "REST API"],
        "glossary:definition": "<p>An <b>architectural</b> style.</p>",
        "glossary:advantages": [
            {"title": "Simple", "text": "<p>Plain HTTP.</p>"},
            {"title": "Cacheable", "text": "<p>Responses can be cached.</p>"},
        ],
        "glossary:applications": [{"domain": "Web", "text": "<p>Everywhere.</p>"}],
        "glossary:relatedTerms": ["api", "graphql"],
        "lastReviewed": "2024-05-01",
        "url": "http://localhost/glossary/rest/",
    }


def test_a_jsonld_term_may_name_its_slug_as_identifier(tree, editor):
    term_set = {
        "@context": "https://schema.org",
        "@type": "DefinedTermSet",
        "hasDefinedTerm": [
            {"@type": "DefinedTerm", "name": "API", "identifier": "api", "description": "An interface."}
        ],
    }
    plan = plan_of(json.dumps(term_set), editor, "terms.jsonld")
    assert (outcomes(plan), plan.rows[0].record.summary) == (["Row 1 (api): created"], "An interface.")


# Commands


def test_the_import_command_reports_a_dry_run_and_writes_on_confirm(api, editor, tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(TWO_TERMS + "Bad,bad,<b>No</b>,,,,,,\r\n", encoding="utf-8")
    output = StringIO()
    call_command("import_terms", str(path), user="editor", stdout=output, stderr=StringIO())
    assert output.getvalue().splitlines() == [
        "Row 2 (rest): created",
        "Row 3 (graphql): created",
        "Row 4 (bad): refused: The summary contains HTML; it takes plain text.",
        "Dry run: 2 created, 0 updated, 0 unchanged, 1 refused. Nothing was written; add --confirm to import.",
    ]
    assert GlossaryPage.objects.count() == 1
    output, progress = StringIO(), StringIO()
    call_command("import_terms", str(path), user="editor", confirm=True, submit=True, stdout=output, stderr=progress)
    assert output.getvalue().splitlines()[-1] == (
        "Imported: 2 created, 0 updated, 0 unchanged, 1 refused; 2 submitted for review."
    )
    assert WorkflowState.objects.filter(status="in_progress").count() == 2


def test_the_import_command_explains_a_refused_file(tree, editor, tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("title,slug\r\n", encoding="utf-8")
    with pytest.raises(CommandError) as refusal:
        call_command("import_terms", str(path), user="editor", stdout=StringIO())
    assert str(refusal.value) == (
        'The file has no "summary" column. Its first row must name the columns, with at least title, slug, summary.'
    )


def test_the_export_command_writes_the_file(api, tmp_path):
    path = tmp_path / "terms.json"
    call_command("export_terms", format="json", output=str(path))
    assert [term["slug"] for term in json.loads(path.read_text(encoding="utf-8"))] == ["api"]


# The public dataset


def test_the_dataset_has_the_live_public_entries_only(api, client):
    add_entry(api.get_parent(), "Draft", slug="draft", live=False)
    private = add_entry(api.get_parent(), "Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft_of_api = api.get_latest_revision_as_object()
    draft_of_api.summary = "Not yet published."
    draft_of_api.save_revision()
    response = client.get("/glossary/jsonld/")
    assert (response.status_code, response["Content-Type"]) == (200, "application/ld+json; charset=utf-8")
    terms = json.loads(response.content)["hasDefinedTerm"]
    assert [(term["termCode"], term["description"]) for term in terms] == [("api", "An interface.")]


def test_the_index_links_to_the_dataset(api, client):
    page = BeautifulSoup(client.get("/glossary/").content, "html.parser")
    assert [link["href"] for link in page.select('link[rel="alternate"][type="application/ld+json"]')] == [
        "/glossary/jsonld/"
    ]
    assert [(link["href"], link.get_text()) for link in page.select(".glossary-dataset a")] == [
        ("/glossary/jsonld/", "Download every term (JSON-LD)")
    ]
