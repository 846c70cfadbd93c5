"""Checks a page must pass before a reviewer sees it, each failure told in words.

Used twice: by the page form when an editor submits (so the editor sees the reasons
at once, with nothing lost), and by the workflow's first task (so a submission that
arrives any other way is sent back with the same reasons).
"""

import re

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext

from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

PAGE_LINK = re.compile(r'<a[^>]*\blinktype="page"[^>]*\bid="(\d+)"')
HEADING = re.compile(r"<h([1-6])\b")


def _messages(error_list):
    return [message for error in error_list.as_data() for message in error.messages]


def _child_path(path, name):
    return f"{path} › {name.replace('_', ' ').capitalize()}"


def _block_errors(error, path):
    """Flatten Wagtail's nested block validation errors into 'Where › Field: message' lines."""
    if isinstance(error, StructBlockValidationError):
        return [
            line
            for name, child_error in error.block_errors.items()
            for line in _block_errors(child_error, _child_path(path, name))
        ]
    if isinstance(error, ListBlockValidationError):
        lines = [f"{path}: {message}" for message in _messages(error.non_block_errors)]
        for index, child_error in error.block_errors.items():
            lines += _block_errors(child_error, f"{path} › item {index + 1}")
        return lines
    return [f"{path}: {message}" for message in error.messages]


def _top_path(child, index):
    return f"{child.block.label} (block {index + 1})"


def stream_error_lines(error, stream_value):
    """A StreamField's validation error as 'Block (block N) › Field: message' lines."""
    if not isinstance(error, StreamBlockValidationError):
        return list(error.messages)
    lines = _messages(error.non_block_errors)
    for index, child_error in error.block_errors.items():
        lines += _block_errors(child_error, _top_path(stream_value[index], index))
    return lines


def stream_problems(stream_value):
    try:
        stream_value.stream_block.clean(stream_value)
    except StreamBlockValidationError as error:
        return stream_error_lines(error, stream_value)
    return []


def _walk(block, value, path):
    """Every (path, block, value) in a stream, depth first."""
    yield path, block, value
    if isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from _walk(child, value.get(name), _child_path(path, name))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            yield from _walk(block.child_block, item, f"{path} › item {index + 1}")


def _stream_walk(stream_value):
    for index, child in enumerate(stream_value):
        yield from _walk(child.block, child.value, _top_path(child, index))


def blank_rich_text(stream_value):
    """Required rich text that holds only empty paragraphs, which Wagtail's own check lets through."""
    return [
        f"{path}: This field is required."
        for path, block, value in _stream_walk(stream_value)
        if isinstance(block, blocks.RichTextBlock) and block.required and value and is_blank_rich_text(value)
    ]


def broken_page_links(stream_value):
    linked = {int(pk) for pk in PAGE_LINK.findall(str(stream_value.raw_data))}
    live = set(Page.objects.live().filter(pk__in=linked).values_list("pk", flat=True))
    return [
        gettext("A link points to a page (id %(id)s) that does not exist or is not published.") % {"id": pk}
        for pk in sorted(linked - live)
    ]


def skipped_heading_levels(page, stream_value):
    html = "".join(str(child.block.render(child.value, context={"page": page})) for child in stream_value)
    problems, previous = [], 1  # the page title is the h1
    for level in (int(found) for found in HEADING.findall(html)):
        if level > previous + 1:
            problems.append(
                gettext("A level %(level)s heading follows a level %(previous)s heading: do not skip levels.")
                % {"level": level, "previous": previous}
            )
        previous = level
    return problems


def page_problems(page, check_fields=True):
    """Everything wrong with `page` (e.g. a revision's page object), as sentences.

    `check_fields=False` skips the model's own field validation, for a form that has
    already done it.
    """
    problems = []
    if check_fields:
        try:
            page.full_clean(exclude=["body"])
        except ValidationError as error:
            problems += [
                f"{field.replace('_', ' ').capitalize()}: {message}"
                for field, messages in error.message_dict.items()
                for message in messages
            ]
    body = getattr(page, "body", None)
    if body is not None:
        problems += stream_problems(body)
        problems += blank_rich_text(body)
        problems += broken_page_links(body)
        problems += skipped_heading_levels(page, body)
    problems += page.editorial_problems() if hasattr(page, "editorial_problems") else []
    return problems


def is_blank_rich_text(value):
    return not strip_tags(getattr(value, "source", value) or "").strip()
