"""Reading time from the words a reader actually reads in a StreamField.

Counts from the stored JSON (raw data), guided by the block definitions, so no
chooser block ever fetches its image or page just to be skipped.
"""

import math
import re
from html import unescape

from wagtail import blocks

WORDS_PER_MINUTE = 200
# A tag becomes a space, so words in adjacent paragraphs or list items stay apart.
TAG = re.compile(r"<[^>]*>")
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


def _words(block, raw):
    if raw is None:
        return 0
    if isinstance(block, TEXT_BLOCKS):
        return len(unescape(TAG.sub(" ", str(raw))).split())
    if isinstance(block, blocks.StructBlock):
        return sum(_words(child, raw.get(name)) for name, child in block.child_blocks.items())
    if isinstance(block, blocks.ListBlock):
        return sum(
            _words(block.child_block, item["value"] if block._item_is_in_block_format(item) else item) for item in raw
        )
    if isinstance(block, blocks.StreamBlock):
        return _stream_words(block, raw)
    return 0


def _stream_words(stream_block, raw_items):
    return sum(
        _words(stream_block.child_blocks[item["type"]], item["value"])
        for item in raw_items
        if item["type"] in stream_block.child_blocks
    )


def stream_word_count(stream_value):
    return _stream_words(stream_value.stream_block, stream_value.raw_data)


def reading_minutes(word_count):
    """Rounded half up to whole minutes, never less than one."""
    return max(1, math.floor(word_count / WORDS_PER_MINUTE + 0.5))
