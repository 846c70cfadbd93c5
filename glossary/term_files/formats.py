"""Reading and writing terms files: CSV, JSON and a JSON-LD DefinedTermSet (README: Import and export)."""

import csv
import io
import json
import re
from dataclasses import dataclass, field

from glossary import conf

from .records import FIELDS, ITEM_BLOCKS, REQUIRED_FIELDS

FORMATS = ("csv", "json", "jsonld")
LIST_FIELDS = ("aliases", "related_terms")
ITEM_SEPARATOR = ": "
# A CSV cell starting with one of these is a formula to a spreadsheet: the export puts a "'" before
# it (OWASP's advice), after any quotes already there, and the import takes one such "'" off.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")
SCHEMA_CONTEXT = "https://schema.org"
EXTENSION_PREFIX = "glossary"
EXTENSION_IRI = "https://pypi.org/project/wagtail-software-glossary/#"
JSONLD_CONTEXT = [SCHEMA_CONTEXT, {EXTENSION_PREFIX: EXTENSION_IRI}]
# JSON-LD keys of a DefinedTerm for each field; the glossary: ones are the package's extension.
JSONLD_KEYS = {
    "title": "name",
    "slug": "termCode",
    "summary": "description",
    "aliases": "alternateName",
    "definition": "glossary:definition",
    "advantages": "glossary:advantages",
    "applications": "glossary:applications",
    "conclusion": "glossary:conclusion",
    "related_terms": "glossary:relatedTerms",
    "last_reviewed": "lastReviewed",
}


class TermFileError(ValueError):
    """A problem with the whole file: nothing in it is imported. The message says it in words."""


@dataclass
class TermRow:
    """One term of a file: its row number (the spreadsheet's, the header being row 1; in JSON the
    term's place in the list), the fields it names and their values, and what is wrong in it."""

    number: int
    values: dict
    problems: list = field(default_factory=list)

    @property
    def named(self):
        return frozenset(self.values)


@dataclass
class TermFile:
    name: str
    format: str
    rows: list


def read_terms(source, name, file_format="auto"):
    """The terms in an uploaded or local file (bytes or a binary file object), as a TermFile.

    Raises TermFileError for a file too large, not UTF-8, not of its format, or without a
    required column.
    """
    limit = conf.setting("GLOSSARY_IMPORT_MAX_BYTES")
    data = source if isinstance(source, bytes) else source.read(limit + 1)
    if len(data) > limit:
        raise TermFileError(f"The file is larger than the import limit of {limit_in_words(limit)}.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TermFileError(
            f"The file is not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start + 1} "
            "cannot be read). Save it as UTF-8 and import it again."
        ) from error
    if not text.strip():
        raise TermFileError("The file is empty.")
    file_format = detected_format(name, text) if file_format == "auto" else file_format
    if file_format not in FORMATS:
        raise TermFileError(f'Unknown format "{file_format}": choose one of {", ".join(FORMATS)}.')
    readers = {"csv": csv_rows, "json": json_rows, "jsonld": jsonld_rows}
    return TermFile(name=name, format=file_format, rows=readers[file_format](text))


def limit_in_words(limit):
    megabytes = limit / (1024 * 1024)
    return f"{megabytes:g} MB" if megabytes >= 1 else f"{limit} bytes"


def detected_format(name, text):
    lowered = name.lower()
    for suffix, file_format in ((".jsonld", "jsonld"), (".json", "json"), (".csv", "csv")):
        if lowered.endswith(suffix):
            return file_format
    start = text.lstrip()[:1]
    return {"[": "json", "{": "jsonld"}.get(start, "csv")


# CSV


def unescaped_cell(value):
    return value[1:] if ESCAPED_FORMULA.match(value) else value


def escaped_cell(value):
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def csv_rows(text):
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [column.strip() for column in next(reader)]
    unknown = [column for column in header if column not in FIELDS]
    if unknown:
        raise TermFileError(
            f'The file has a column this import does not know: "{unknown[0]}". The columns are: {", ".join(FIELDS)}.'
        )
    repeated = sorted({column for column in header if header.count(column) > 1})
    if repeated:
        raise TermFileError(f'The file has the column "{repeated[0]}" twice.')
    for required in REQUIRED_FIELDS:
        if required not in header:
            raise TermFileError(
                f'The file has no "{required}" column. Its first row must name the columns, '
                f"with at least {', '.join(REQUIRED_FIELDS)}."
            )
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            rows.append(
                TermRow(number, {}, [f"The row has {len(cells)} cells where the header names {len(header)} columns."])
            )
            continue
        row = TermRow(number, {})
        for column, cell in zip(header, cells, strict=True):
            row.values[column] = csv_value(column, unescaped_cell(cell), row.problems)
        rows.append(row)
    return rows


def csv_value(column, cell, problems):
    if column in LIST_FIELDS:
        return [line.strip() for line in cell.splitlines() if line.strip()]
    if column in ITEM_BLOCKS:
        items = []
        for line_number, line in enumerate(cell.splitlines(), start=1):
            if not line.strip():
                continue
            name, separator, text = line.partition(ITEM_SEPARATOR)
            if not separator:
                problems.append(
                    f'Line {line_number} of the {column} cell has no "{ITEM_SEPARATOR.strip()}" '
                    "between the name and the text."
                )
            items.append({ITEM_BLOCKS[column]: name.strip(), "text": text.strip()})
        return items
    if column in ("slug", "last_reviewed"):
        return cell.strip()
    return cell


def csv_cell(column, value):
    if column in LIST_FIELDS:
        return "\n".join(value)
    if column in ITEM_BLOCKS:
        name_key = ITEM_BLOCKS[column]
        return "\n".join(f"{item[name_key]}{ITEM_SEPARATOR}{item['text']}" for item in value)
    return value


def write_csv(records):
    output = io.StringIO(newline="")
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for record in records:
        values = record.as_dict()
        writer.writerow([escaped_cell(csv_cell(column, values[column])) for column in FIELDS])
    return output.getvalue()


# JSON


def parsed_json(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise TermFileError(f"The file is not valid JSON: {error.msg} at line {error.lineno}.") from error


def json_rows(text):
    terms = parsed_json(text)
    if not isinstance(terms, list):
        raise TermFileError("The JSON file must hold a list of terms: [{...}, {...}].")
    return [
        json_row(number, term, key_of=dict(zip(FIELDS, FIELDS, strict=True))) for number, term in enumerate(terms, 1)
    ]


def json_row(number, term, key_of):
    """A TermRow of a JSON object whose keys are `key_of`'s values."""
    row = TermRow(number, {})
    if not isinstance(term, dict):
        row.problems.append("The term is not an object with named fields.")
        return row
    field_of = {key: field_name for field_name, key in key_of.items()}
    for key, value in term.items():
        if key.startswith("@") or key in ("url", "inDefinedTermSet", "inLanguage"):
            continue
        if key not in field_of:
            row.problems.append(f'The term has a field this import does not know: "{key}".')
            continue
        column = field_of[key]
        row.values[column] = json_value(column, key, value, row.problems)
    missing = [key_of[required] for required in REQUIRED_FIELDS if required not in row.values]
    if missing:
        row.problems.append(f'The term has no "{missing[0]}".')
    return row


def json_value(column, key, value, problems):
    if column in LIST_FIELDS:
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            problems.append(f'"{key}" must be a list of texts.')
            return []
        return value
    if column in ITEM_BLOCKS:
        name_key = ITEM_BLOCKS[column]
        if not isinstance(value, list) or not all(
            isinstance(item, dict)
            and set(item) == {name_key, "text"}
            and all(isinstance(part, str) for part in item.values())
            for item in value
        ):
            problems.append(f'"{key}" must be a list of objects with a "{name_key}" and a "text".')
            return []
        return value
    if value is None and column == "last_reviewed":
        return ""
    if not isinstance(value, str):
        problems.append(f'"{key}" must be a text.')
        return ""
    return value


def write_json(records):
    return json.dumps([record.as_dict() for record in records], ensure_ascii=False, indent=2) + "\n"


# JSON-LD


def jsonld_rows(text):
    term_set = parsed_json(text)
    if isinstance(term_set, list) and len(term_set) == 1:
        term_set = term_set[0]
    if not isinstance(term_set, dict) or term_set.get("@type") != "DefinedTermSet":
        raise TermFileError('The JSON-LD file must hold a schema.org "DefinedTermSet".')
    terms = term_set.get("hasDefinedTerm", [])
    if not isinstance(terms, list):
        terms = [terms]
    key_of = dict(JSONLD_KEYS)
    rows = []
    for number, term in enumerate(terms, 1):
        if isinstance(term, dict) and "termCode" not in term and "identifier" in term:
            term = {**term, "termCode": term["identifier"]}
            term.pop("identifier")
        rows.append(json_row(number, term, key_of))
    return rows


def jsonld_term(record, url, language):
    values = record.as_dict()
    node = {"@type": "DefinedTerm"}
    for column in FIELDS:
        if values[column] or column in REQUIRED_FIELDS:
            node[JSONLD_KEYS[column]] = values[column]
    if url:
        node["url"] = url
    if language:
        node["inLanguage"] = language
    return node


def write_jsonld(records, name, url, url_of_slug, language=None):
    """The records as a DefinedTermSet; with `language` (a language code), it and each term say
    they are in that language (`inLanguage`), which an import ignores."""
    term_set = {"@context": JSONLD_CONTEXT, "@type": "DefinedTermSet", "name": name}
    if url:
        term_set["url"] = url
    if language:
        term_set["inLanguage"] = language
    term_set["hasDefinedTerm"] = [jsonld_term(record, url_of_slug.get(record.slug), language) for record in records]
    return json.dumps(term_set, ensure_ascii=False, indent=2) + "\n"
