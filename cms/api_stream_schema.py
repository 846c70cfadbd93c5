"""OpenAPI types for StreamField bodies in API v3: each block type with the shape of its value.

Wagtail's v3 types a StreamField as a list of anything. This derives, from the block
definitions, a list of `{"type", "value", "id"}` items discriminated by `type`, so a
front-end generated from /api/v3/openapi.json knows every block. It must be registered
before Wagtail builds its page schemas, which happens when the API's URLs load.
"""

from typing import Annotated, Any, Literal, Union

from pydantic import Field
from typing_extensions import TypedDict

from wagtail import blocks
from wagtail.api.v3.schemas.generators.read import read_generator
from wagtail.fields import StreamField

from .api_fields import ImageData
from .blocks import ImageBlock

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.ChoiceBlock)


class ImageBlockValue(TypedDict):
    image: ImageData | None
    alt_text: str
    caption: str


_types = {}


def value_type(block):
    """The Python type of `block`'s API value, one TypedDict per StructBlock class."""
    if isinstance(block, ImageBlock):
        return ImageBlockValue
    if isinstance(block, blocks.StructBlock):
        name = type(block).__name__
        if name not in _types:
            fields = {child_name: value_type(child) for child_name, child in block.child_blocks.items()}
            _types[name] = TypedDict(f"{name}Value", fields)
        return _types[name]
    if isinstance(block, blocks.ListBlock):
        return list[value_type(block.child_block)]
    if isinstance(block, blocks.StreamBlock):
        return stream_type(block)
    if isinstance(block, TEXT_BLOCKS):
        return str
    return Any


def child_type(name, block):
    key = f"{type(block).__name__}Child"
    if key not in _types:
        _types[key] = TypedDict(key, {"type": Literal[name], "value": value_type(block), "id": str})
    return _types[key]


def stream_type(stream_block):
    children = [child_type(name, block) for name, block in stream_block.child_blocks.items()]
    return list[Annotated[Union[tuple(children)], Field(discriminator="type")]]  # noqa: UP007


def typed_streamfield_schema(generator, field):
    field_name = field.name

    def resolve(obj, context):
        value = getattr(obj, field_name)
        return value.stream_block.get_api_representation(value, context)

    return stream_type(field.stream_block), [], staticmethod(resolve)


def register():
    read_generator.register_field_schema(StreamField, typed_streamfield_schema)
