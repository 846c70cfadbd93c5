"""Reading time from the words a reader actually reads in a StreamField."""

from django.utils.html import strip_tags

from wagtail import blocks
from wagtail.rich_text import RichText

WORDS_PER_MINUTE = 200
TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)


def _block_words(block, value):
    if isinstance(block, TEXT_BLOCKS):
        text = value.source if isinstance(value, RichText) else str(value or "")
        return len(strip_tags(text).split())
    if isinstance(block, blocks.StructBlock):
        return sum(_block_words(block.child_blocks[name], value[name]) for name in block.child_blocks)
    if isinstance(block, blocks.ListBlock):
        return sum(_block_words(block.child_block, item) for item in value)
    if isinstance(block, blocks.StreamBlock):
        return stream_word_count(value)
    return 0


def stream_word_count(stream_value):
    return sum(_block_words(child.block, child.value) for child in stream_value)


def reading_minutes(word_count):
    """Rounded to the nearest minute, never less than one."""
    return max(1, round(word_count / WORDS_PER_MINUTE))
