"""A term as files hold it (TermRecord), and the conversion between entries and records.

Rich text (the definition, the conclusion, each item's text) is the HTML an entry stores;
items are (name, text) pairs; related terms are slugs; the last review is an ISO date or "".
"""

import datetime
import json
import uuid
from dataclasses import dataclass, fields, replace

FIELDS = (
    "title",
    "slug",
    "summary",
    "aliases",
    "definition",
    "advantages",
    "applications",
    "conclusion",
    "related_terms",
    "last_reviewed",
)
REQUIRED_FIELDS = ("title", "slug", "summary")
# The body blocks a file may name, each with the key its items keep their name under.
ITEM_BLOCKS = {"advantages": "title", "applications": "domain"}
TEXT_BLOCKS = ("definition", "conclusion")
BLOCK_FIELDS = ("definition", "advantages", "applications", "conclusion")
# Where a block the entry lacks goes: after the last of the blocks before it in this order.
BLOCK_ORDER = ("definition", "advantages", "applications")


@dataclass(frozen=True)
class TermRecord:
    title: str = ""
    slug: str = ""
    summary: str = ""
    aliases: tuple = ()
    definition: str = ""
    advantages: tuple = ()
    applications: tuple = ()
    conclusion: str = ""
    related_terms: tuple = ()
    last_reviewed: str = ""

    def merged_into(self, existing, named):
        """This record's values for the fields in `named`, the existing record's for the others."""
        return replace(existing, **{field: getattr(self, field) for field in named})

    def as_dict(self):
        values = {field.name: getattr(self, field.name) for field in fields(self)}
        values["aliases"] = list(self.aliases)
        values["related_terms"] = list(self.related_terms)
        for kind, name_key in ITEM_BLOCKS.items():
            values[kind] = [{name_key: name, "text": text} for name, text in values[kind]]
        return values


def body_stream_block():
    from glossary.models import GlossaryPage

    return GlossaryPage._meta.get_field("body").stream_block


def supports_conclusion():
    """Whether the site's entry body has a `conclusion` block with a heading and a text."""
    block = body_stream_block().child_blocks.get("conclusion")
    return block is not None and {"heading", "text"} <= set(getattr(block, "child_blocks", {}))


def default_heading(kind):
    heading = body_stream_block().child_blocks[kind].child_blocks["heading"].get_default()
    return heading or ""


def raw_blocks(body):
    """An entry's body as stored: a list of {"type", "value", "id"} (a revision keeps it as JSON text)."""
    if isinstance(body, str):
        return json.loads(body) if body else []
    if hasattr(body, "raw_data"):
        return [dict(block) for block in body.raw_data]
    return list(body or [])


def item_values(items):
    """A list block's items as stored: each {"type": "item", "value": ...}, or the bare value."""
    return [item["value"] if isinstance(item, dict) and item.get("type") == "item" else item for item in items]


def body_fields(body):
    """The definition, advantages, applications and conclusion of a body: the first block of each kind."""
    found = {}
    for block in raw_blocks(body):
        kind = block.get("type")
        if kind in found or kind not in BLOCK_FIELDS:
            continue
        value = block.get("value") or {}
        if kind in ITEM_BLOCKS:
            name_key = ITEM_BLOCKS[kind]
            found[kind] = tuple(
                (item.get(name_key) or "", item.get("text") or "") for item in item_values(value.get("items") or [])
            )
        else:
            found[kind] = value.get("text") or ""
    return found


def record_from_values(*, title, slug, summary, body, aliases, related_ids, last_reviewed, slug_of_id):
    return TermRecord(
        title=title or "",
        slug=slug or "",
        summary=summary or "",
        aliases=tuple(aliases),
        related_terms=tuple(slug_of_id[term_id] for term_id in related_ids if term_id in slug_of_id),
        last_reviewed=str(last_reviewed or ""),
        **body_fields(body),
    )


def in_order(children):
    return [
        child
        for _position, child in sorted(enumerate(children), key=lambda pair: (pair[1].get("sort_order") or 0, pair[0]))
    ]


def record_from_content(content, slug, slug_of_id):
    """The record of a revision's content (Revision.content), under the entry's slug."""
    return record_from_values(
        title=content.get("title"),
        slug=slug,
        summary=content.get("summary"),
        body=content.get("body"),
        aliases=[alias["name"] for alias in in_order(content.get("term_aliases") or [])],
        related_ids=[link["term"] for link in in_order(content.get("related_terms") or [])],
        last_reviewed=content.get("last_reviewed"),
        slug_of_id=slug_of_id,
    )


def record_from_page(page, slug_of_id):
    """The record of an entry as loaded (its live version, or a revision as an object)."""
    return record_from_values(
        title=page.title,
        slug=page.slug,
        summary=page.summary,
        body=page.body,
        aliases=[alias.name for alias in page.term_aliases.all()],
        related_ids=[link.term_id for link in page.related_terms.all()],
        last_reviewed=page.last_reviewed.isoformat() if page.last_reviewed else "",
        slug_of_id=slug_of_id,
    )


def block_value(kind, value, old_value):
    """The stored value of a glossary block holding `value`; an existing block keeps its heading."""
    heading = (old_value or {}).get("heading", default_heading(kind))
    if kind in ITEM_BLOCKS:
        name_key = ITEM_BLOCKS[kind]
        items = [
            {"type": "item", "value": {name_key: name, "text": text}, "id": str(uuid.uuid4())} for name, text in value
        ]
        return {"heading": heading, "items": items}
    return {"heading": heading, "text": value}


def merged_body(body, record, named):
    """The body with the glossary blocks in `named` holding the record's values, the other blocks
    as they were. An empty value removes that kind's blocks; a missing block is added in its place."""
    blocks = raw_blocks(body)
    for kind in BLOCK_FIELDS:
        if kind not in named:
            continue
        value = getattr(record, kind)
        positions = [position for position, block in enumerate(blocks) if block.get("type") == kind]
        if not value:
            blocks = [block for block in blocks if block.get("type") != kind]
        elif positions:
            first = blocks[positions[0]]
            blocks[positions[0]] = {**first, "value": block_value(kind, value, first.get("value"))}
        else:
            new_block = {"type": kind, "value": block_value(kind, value, None), "id": str(uuid.uuid4())}
            blocks.insert(insertion_point(blocks, kind), new_block)
    return blocks


def insertion_point(blocks, kind):
    if kind not in BLOCK_ORDER:
        return len(blocks)
    before = BLOCK_ORDER[: BLOCK_ORDER.index(kind)]
    positions = [position for position, block in enumerate(blocks) if block.get("type") in before]
    return positions[-1] + 1 if positions else 0


def write_record(page, record, named, id_of_slug):
    """Put the record's values for the fields in `named` on the entry (not saved)."""
    from glossary.models import GlossaryAlias, GlossaryRelatedTerm

    page.title = record.title
    page.draft_title = record.title
    page.slug = record.slug
    if "summary" in named:
        page.summary = record.summary
    if "last_reviewed" in named:
        page.last_reviewed = datetime.date.fromisoformat(record.last_reviewed) if record.last_reviewed else None
    if "aliases" in named:
        page.term_aliases = [GlossaryAlias(name=name) for name in record.aliases]
    if "related_terms" in named:
        page.related_terms = [GlossaryRelatedTerm(term_id=id_of_slug[slug]) for slug in record.related_terms]
    page.body = merged_body(page.body, record, named)
    return page
