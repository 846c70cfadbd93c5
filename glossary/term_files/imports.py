"""Importing a terms file: the plan (a dry run that writes nothing), then applying it."""

import datetime
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.log_actions import log
from wagtail.models import Revision, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from .records import (
    ITEM_BLOCKS,
    TermRecord,
    merged_body,
    record_from_content,
    record_from_page,
    supports_conclusion,
    write_record,
)

IMPORT_ACTION = "glossary.import_terms"
ACTIONS = ("created", "updated", "unchanged", "refused")
# What a new entry keeps in other tables: apply_import writes them for all new entries at once.
CHILD_FIELDS = frozenset({"aliases", "related_terms"})
SLUG_PATTERN = re.compile(r"^[-\w]+$")
TITLE_MAX_LENGTH = 255
NAME_MAX_LENGTH = 120
# An HTML element's tag or a comment: "List<T>" and "a < b" are plain text.
HTML_TAG = re.compile(r"<!--|</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
HTML_ELEMENTS = frozenset(
    [
        "a",
        "abbr",
        "address",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "bdi",
        "bdo",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "data",
        "dd",
        "del",
        "details",
        "dfn",
        "dialog",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "ins",
        "kbd",
        "label",
        "legend",
        "li",
        "link",
        "main",
        "map",
        "mark",
        "menu",
        "meta",
        "meter",
        "nav",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "output",
        "p",
        "param",
        "picture",
        "pre",
        "progress",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "script",
        "section",
        "select",
        "slot",
        "small",
        "source",
        "span",
        "strong",
        "style",
        "sub",
        "summary",
        "sup",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "time",
        "title",
        "tr",
        "track",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
    ]
)
# The HTML an entry's rich text keeps (glossary.blocks.RICH_TEXT_FEATURES), with the attributes each may have.
RICH_TEXT_TAGS = {
    "p": set(),
    "br": set(),
    "b": set(),
    "i": set(),
    "code": set(),
    "ol": set(),
    "ul": set(),
    "li": set(),
    "a": {"href", "linktype", "id"},
}
LINK_SCHEMES = re.compile(r"^(https?:|mailto:|tel:|/|#)", re.IGNORECASE)


class ImportNotAllowed(Exception):  # noqa: N818  It reads as the refusal it is.
    """The user may not import, or not with the chosen options. The message says why in words."""


@dataclass
class PlannedRow:
    """What the import does with one term: `action` is created, updated, unchanged or refused;
    `reasons` say why a row is refused, in words."""

    number: int
    slug: str
    title: str
    action: str = ""
    reasons: list = field(default_factory=list)
    record: TermRecord = None
    named: frozenset = frozenset()
    page_id: int = None

    def __str__(self):
        label = f"Row {self.number} ({self.slug or 'no slug'}): {self.action}"
        return f"{label}: {' '.join(self.reasons)}" if self.reasons else label


@dataclass
class ImportPlan:
    file_name: str
    file_format: str
    user: object
    index: object
    rows: list

    @property
    def counts(self):
        found = Counter(row.action for row in self.rows)
        return {action: found[action] for action in ACTIONS}

    @property
    def rows_to_write(self):
        return [row for row in self.rows if row.action in ("created", "updated")]


@dataclass
class ImportResult:
    counts: dict
    pages: list
    submitted: int = 0
    published: int = 0


# Checking values


def has_html(text):
    return any(match.group(1) is None or match.group(1).lower() in HTML_ELEMENTS for match in HTML_TAG.finditer(text))


class RichTextChecker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refused = []

    def handle_starttag(self, tag, attrs):
        allowed = RICH_TEXT_TAGS.get(tag)
        if allowed is None:
            self.refused.append(f"<{tag}>")
            return
        for name, value in attrs:
            if name not in allowed:
                self.refused.append(f'{name}="{value}" on <{tag}>')
            elif name == "href" and not LINK_SCHEMES.match(value or ""):
                self.refused.append(f'the link "{value}"')

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in RICH_TEXT_TAGS:
            self.refused.append(f"</{tag}>")

    def handle_comment(self, data):
        self.refused.append("an HTML comment")

    def handle_decl(self, decl):
        self.refused.append(f"<!{decl}>")


def rich_text(value, label, reasons):
    """The HTML an entry stores for `value`: HTML as it is when rich text allows all of it; plain
    text (no HTML tag) as paragraphs, split at blank lines, a line break within one kept as <br/>."""
    if not value.strip():
        return ""
    if not has_html(value):
        paragraphs = re.split(r"\n\s*\n", value.strip())
        return "".join(
            "<p>" + "<br/>".join(escape(line.strip()) for line in paragraph.splitlines()) + "</p>"
            for paragraph in paragraphs
        )
    checker = RichTextChecker()
    checker.feed(value)
    checker.close()
    if checker.refused:
        reasons.append(f"{label} has HTML that rich text does not allow: {checker.refused[0]}.")
    return value


def plain_text(value, label, reasons, max_length=None):
    if has_html(value):
        reasons.append(f"{label} contains HTML; it takes plain text.")
    if max_length and len(value) > max_length:
        reasons.append(f"{label} is {len(value)} characters long; the limit is {max_length}.")
    return value


def checked_record(values, reasons):
    """The record of a row's values, with what is wrong in them added to `reasons`."""
    from glossary.models import SUMMARY_MAX_LENGTH

    slug = values.get("slug", "")
    if not slug:
        reasons.append("The slug is empty.")
    elif not SLUG_PATTERN.match(slug) or len(slug) > TITLE_MAX_LENGTH:
        reasons.append(f'The slug "{slug}" is not a valid slug: use letters, numbers, hyphens and underscores.')
    title = plain_text(values.get("title", ""), "The title", reasons, TITLE_MAX_LENGTH)
    if "title" in values and not title.strip():
        reasons.append("The title is empty.")
    summary = plain_text(values.get("summary", ""), "The summary", reasons, SUMMARY_MAX_LENGTH)
    if "summary" in values and not summary.strip():
        reasons.append("The summary is empty.")
    aliases = [
        plain_text(alias, f'The alias "{alias}"', reasons, NAME_MAX_LENGTH) for alias in values.get("aliases", [])
    ]
    for alias, count in Counter(aliases).items():
        if count > 1:
            reasons.append(f'The alias "{alias}" is listed twice.')
    items = {}
    for kind, name_key in ITEM_BLOCKS.items():
        label = {"advantages": "advantage", "applications": "application"}[kind]
        items[kind] = tuple(
            (
                plain_text(item[name_key], f'The {label} "{item[name_key]}"', reasons, NAME_MAX_LENGTH),
                rich_text(item["text"], f'The text of the {label} "{item[name_key]}"', reasons),
            )
            for item in values.get(kind, [])
        )
        for name, text in items[kind]:
            if not name.strip():
                reasons.append(f"An {label} has no name.")
            elif not text:
                reasons.append(f'The {label} "{name}" has no text.')
    conclusion = rich_text(values.get("conclusion", ""), "The conclusion", reasons)
    if conclusion and not supports_conclusion():
        reasons.append("This site's entries have no conclusion block, so a conclusion cannot be imported.")
    last_reviewed = values.get("last_reviewed", "")
    if last_reviewed and not is_iso_date(last_reviewed):
        reasons.append(f'The last review date "{last_reviewed}" is not a date written as YYYY-MM-DD.')
    return TermRecord(
        title=title,
        slug=slug,
        summary=summary,
        aliases=tuple(aliases),
        definition=rich_text(values.get("definition", ""), "The definition", reasons),
        advantages=items["advantages"],
        applications=items["applications"],
        conclusion=conclusion,
        related_terms=tuple(values.get("related_terms", [])),
        last_reviewed=last_reviewed,
    )


def is_iso_date(text):
    try:
        return datetime.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


# The plan


def glossary_index():
    from glossary.models import GlossaryIndexPage

    index = GlossaryIndexPage.objects.first()
    if index is None:
        raise ImportNotAllowed("There is no glossary to import into: add the glossary index page first.")
    return index


def latest_records(index):
    """The record of each entry's latest revision (what an editor sees in the editor), by slug,
    the entries' ids by slug, and every entry's slug by id: a constant number of queries."""
    from glossary.models import GlossaryPage

    entries = list(GlossaryPage.objects.child_of(index).values_list("pk", "slug", "latest_revision_id"))
    slug_of_id = dict(GlossaryPage.objects.values_list("pk", "slug"))
    contents = dict(
        Revision.objects.filter(pk__in=[revision for _pk, _slug, revision in entries if revision]).values_list(
            "pk", "content"
        )
    )
    records = {}
    without_revision = []
    for pk, slug, revision in entries:
        if revision in contents:
            records[slug] = record_from_content(contents[revision], slug, slug_of_id)
        else:
            without_revision.append(pk)
    for page in GlossaryPage.objects.filter(pk__in=without_revision).prefetch_related("term_aliases", "related_terms"):
        records[page.slug] = record_from_page(page, slug_of_id)
    return records, {slug: pk for pk, slug, _revision in entries}


def editable_entry_ids(user, index, can_add):
    from glossary.models import GlossaryPage

    editable = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change"])
    ids = set(GlossaryPage.objects.child_of(index).filter(pk__in=editable.values("pk")).values_list("pk", flat=True))
    if can_add:
        ids |= set(GlossaryPage.objects.child_of(index).filter(owner=user).values_list("pk", flat=True))
    return ids


def plan_import(terms_file, user):
    """The dry run: what importing `terms_file` (from read_terms) as `user` would do to each row.
    Reads the entries in a constant number of queries and writes nothing."""
    from glossary.models import GlossaryPage

    index = glossary_index()
    can_add = index.permissions_for_user(user).can_add_subpage()
    existing, id_of_slug = latest_records(index)
    editable = editable_entry_ids(user, index, can_add)
    locked = set(
        GlossaryPage.objects.child_of(index).filter(locked=True).exclude(locked_by=user).values_list("pk", flat=True)
    )
    rows = []
    for term_row in terms_file.rows:
        values = term_row.values
        row = PlannedRow(term_row.number, values.get("slug", ""), values.get("title", ""), named=term_row.named)
        row.reasons.extend(term_row.problems)
        row.record = checked_record(values, row.reasons if values else [])
        rows.append(row)
    numbers_of_slug = {}
    for row in rows:
        numbers_of_slug.setdefault(row.slug, []).append(row.number)
    for row in rows:
        others = [number for number in numbers_of_slug.get(row.slug, []) if number != row.number]
        if row.slug and others:
            listed = ", ".join(str(number) for number in others)
            row.reasons.append(f'The slug "{row.slug}" is also on row{"s" if len(others) > 1 else ""} {listed}.')
        for slug in row.record.related_terms:
            if slug not in existing and slug not in numbers_of_slug:
                row.reasons.append(f'The related term "{slug}" is neither an entry nor a term in this file.')
        row.page_id = id_of_slug.get(row.slug)
        if row.page_id is None and not can_add:
            row.reasons.append("You may not add entries to the glossary.")
        elif row.page_id is not None and row.page_id not in editable:
            row.reasons.append(f'You may not edit the entry "{row.slug}".')
        elif row.page_id in locked:
            row.reasons.append(f'The entry "{row.slug}" is locked by another user.')
    refuse_rows_depending_on_refused(rows, existing)
    for row in rows:
        if row.reasons:
            row.action = "refused"
        elif row.page_id is None:
            row.action = "created"
            row.record = row.record.merged_into(TermRecord(), row.named)
        else:
            merged = row.record.merged_into(existing[row.slug], row.named)
            row.action = "unchanged" if merged == existing[row.slug] else "updated"
            row.record = merged
    return ImportPlan(terms_file.name, terms_file.format, user, index, rows)


def refuse_rows_depending_on_refused(rows, existing):
    """A row whose related term is only a refused row of the file is refused too, and so on."""
    row_of_slug = {row.slug: row for row in rows}
    changed = True
    while changed:
        changed = False
        for row in rows:
            if row.reasons:
                continue
            for slug in row.record.related_terms:
                target = row_of_slug.get(slug)
                if slug not in existing and target is not None and target.reasons:
                    row.reasons.append(f'The related term "{slug}" is on row {target.number}, which is refused.')
                    changed = True
                    break


# Applying the plan


def apply_import(plan, *, submit=False, publish=False, progress=None):
    """Write the plan's created and updated rows as new revisions, in one transaction: new entries
    as drafts, existing ones as a new revision from their latest; refused and unchanged rows are
    left alone. `submit` starts the glossary's workflow on each written entry; `publish` (a
    superuser only) publishes them. `progress(done, total)` is called as each row is written (and,
    with `publish`, as each is published: `total` counts both steps)."""
    user = plan.user
    if publish and not user.is_superuser:
        raise ImportNotAllowed("Only a superuser may publish imported entries directly.")
    if publish and submit:
        raise ImportNotAllowed("Choose either to submit the entries for review or to publish them, not both.")
    if submit and plan.index.get_workflow() is None:
        raise ImportNotAllowed("The glossary has no workflow to submit the entries to.")
    rows = plan.rows_to_write
    total = len(rows) * (2 if publish else 1)
    done = 0

    def advance():
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    result = ImportResult(counts=plan.counts, pages=[])
    with transaction.atomic(), disable_reference_index_auto_update():
        id_of_slug = entry_ids_by_slug()
        created = [row for row in rows if row.action == "created"]
        new_pages = create_entries(plan, created, id_of_slug, advance)
        for row in created:
            write_record(new_pages[row.slug], row.record, row.named & CHILD_FIELDS, id_of_slug)
        save_first_revisions(list(new_pages.values()), user)
        save_children(new_pages.values())
        updated_pages = save_new_revisions([row for row in rows if row.action == "updated"], user, id_of_slug, advance)
        result.pages = [new_pages.get(row.slug) or updated_pages[row.page_id] for row in rows]
        if submit:
            new_entries_workflow = plan.index.get_workflow()
            for page in result.pages:
                workflow = new_entries_workflow if page.slug in new_pages else page.get_workflow()
                result.submitted += submit_for_review(page, workflow, user, is_new=page.slug in new_pages)
        for page in result.pages if publish else ():
            page.latest_revision.publish(user=user)
            result.published += 1
            advance()
        for page in result.pages:
            if publish or page.slug in new_pages:
                update_reference_index_task.enqueue(page._meta.app_label, page._meta.model_name, str(page.pk))
        log(
            instance=plan.index,
            action=IMPORT_ACTION,
            user=user,
            data={
                "file_name": plan.file_name,
                "format": plan.file_format,
                **plan.counts,
                "submitted": result.submitted,
                "published": result.published,
            },
        )
    return result


def entry_ids_by_slug():
    from glossary.models import GlossaryPage

    return {slug: pk for pk, slug in GlossaryPage.objects.values_list("pk", "slug")}


def create_entries(plan, rows, id_of_slug, advance):
    """The new entries under the index, saved as drafts with no revision yet (nor aliases and
    related terms), so that related terms can name any of them; saving a new page logs its
    creation by its owner.

    Each takes the next place after the index's last child, as treebeard's add_child gives it,
    without add_child's queries for each page; the plan has checked the slugs are free.
    """
    from django.db.models import F

    from glossary.models import GlossaryPage

    index = plan.index
    last_child = index.get_last_child()
    pages = {}
    for row in rows:
        page = GlossaryPage(live=False, owner=plan.user, body=[], depth=index.depth + 1, locale_id=index.locale_id)
        page.path = last_child._inc_path() if last_child else index._get_path(index.path, page.depth, 1)
        page._cached_parent_obj = index
        write_record(page, row.record, row.named - CHILD_FIELDS, id_of_slug)
        page.save(clean=False)
        id_of_slug[row.slug] = page.pk
        pages[row.slug] = last_child = page
        advance()
    if pages:
        type(index).objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
        index.numchild += len(pages)
    return pages


def save_first_revisions(pages, user):
    """Each new entry's first revision, as Page.save_revision writes it (the entries hold their
    aliases and related terms in memory), in two queries for all of them."""
    from glossary.models import GlossaryPage

    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        Revision(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            user=user,
            content=page.serializable_data(),
            object_str=str(page),
            created_at=now,
        )
        for page in pages
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = revision
        page.latest_revision_created_at = revision.created_at
        page.has_unpublished_changes = True
    GlossaryPage.objects.bulk_update(
        pages, ["latest_revision", "latest_revision_created_at", "has_unpublished_changes"]
    )


def save_children(pages):
    """The aliases and related-term links of the new entries, in a query each."""
    from glossary.models import GlossaryAlias, GlossaryRelatedTerm

    for model, relation in ((GlossaryAlias, "term_aliases"), (GlossaryRelatedTerm, "related_terms")):
        children = []
        for page in pages:
            for sort_order, child in enumerate(getattr(page, relation).all()):
                child.page_id, child.sort_order = page.pk, sort_order
                if isinstance(child, TranslatableMixin):
                    child.locale_id = page.locale_id
                children.append(child)
        model.objects.bulk_create(children)


def save_new_revisions(rows, user, id_of_slug, advance):
    """A new revision of each existing entry: its latest revision's content with the row's
    values, as the entry's editor would save it; in a constant number of queries and a log
    entry for each. The entries (as they are in the database, pointing at their new
    revisions), by id."""
    from glossary.models import GlossaryPage

    pages = GlossaryPage.objects.in_bulk([row.page_id for row in rows])
    contents = dict(
        Revision.objects.filter(pk__in=[page.latest_revision_id for page in pages.values()]).values_list(
            "pk", "content"
        )
    )
    now = timezone.now()
    revisions = Revision.objects.bulk_create(
        Revision(
            content_object=pages[row.page_id],
            base_content_type=pages[row.page_id].get_base_content_type(),
            user=user,
            content=revision_content(
                contents.get(pages[row.page_id].latest_revision_id) or pages[row.page_id].serializable_data(),
                row,
                id_of_slug,
            ),
            object_str=row.record.title,
            created_at=now,
        )
        for row in rows
    )
    for row, revision in zip(rows, revisions, strict=True):
        page = pages[row.page_id]
        page.latest_revision, page.latest_revision_created_at = revision, now
        page.draft_title, page.has_unpublished_changes = row.record.title, True
    changed = ["latest_revision", "latest_revision_created_at", "draft_title", "has_unpublished_changes"]
    GlossaryPage.objects.bulk_update(pages.values(), changed)
    for row, revision in zip(rows, revisions, strict=True):
        log(instance=pages[row.page_id], action="wagtail.edit", user=user, revision=revision, content_changed=True)
        advance()
    return pages


def revision_content(content, row, id_of_slug):
    """A revision's content (Revision.content) with the row's values for the fields it names."""
    record, named, page_id = row.record, row.named, row.page_id
    content = {**content, "title": record.title, "draft_title": record.title}
    if "summary" in named:
        content["summary"] = record.summary
    if "last_reviewed" in named:
        content["last_reviewed"] = record.last_reviewed or None
    if "aliases" in named:
        content["term_aliases"] = [
            {"pk": None, "page": page_id, "sort_order": order, "name": name}
            for order, name in enumerate(record.aliases)
        ]
    if "related_terms" in named:
        content["related_terms"] = [
            {"pk": None, "page": page_id, "sort_order": order, "term": id_of_slug[slug]}
            for order, slug in enumerate(record.related_terms)
        ]
    body = merged_body(content.get("body"), record, named)
    content["body"] = json.dumps(body) if isinstance(content.get("body"), str) else body
    return content


def submit_for_review(page, workflow, user, is_new):
    """Start the entry's workflow; an entry already in review stays in it, with the new revision."""
    if workflow is None or (not is_new and page.workflow_in_progress):
        return 0
    workflow.start(page, user)
    return 1
