"""Types for StreamField bodies in API v3: each block type with the shape of its value.

Wagtail's v3 types a StreamField as a list of anything, both ways. This derives, from the
block definitions, a list of `{"type", "value", "id"}` items discriminated by `type`:

- in answers, so a front-end generated from /api/v3/openapi.json knows every block;
- in create and update bodies, so a malformed body (a block without `value`, an unknown
  type, a list that is not one, a value of the wrong type, a key no block has) is refused
  with a 422 naming the block's path and the reason, before Wagtail turns it into the
  page form's data, which assumes the shape and fails with a 500 otherwise.

They must be registered before Wagtail builds its page schemas, which happens when the
API's URLs load.
"""

from typing import Annotated, Any, Literal, NotRequired, Union

from pydantic import ConfigDict, Field, with_config
from typing_extensions import TypedDict

from wagtail import blocks
from wagtail.api.v3.schemas.generators.read import read_generator
from wagtail.api.v3.schemas.generators.write import RichTextInputSchema, create_generator, patch_generator
from wagtail.fields import StreamField

from cms.api.fields import ImageData
from cms.pages.blocks import ImageBlock

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


def choice_values(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):  # a group of choices
            yield from choice_values(label)
        else:
            yield value


def input_value_type(block):
    """The type of `block`'s value in a request body: what the page form can be built from."""
    if isinstance(block, blocks.StructBlock):
        name = f"{type(block).__name__}Input"
        if name not in _types:
            fields = {child_name: input_value_type(child) for child_name, child in block.child_blocks.items()}
            # total=False: a missing child is left to the block's own validation, like an empty field in the admin.
            _types[name] = with_config(ConfigDict(extra="forbid"))(TypedDict(name, fields, total=False))
        return _types[name]
    if isinstance(block, blocks.ListBlock):
        return list[input_value_type(block.child_block)]
    if isinstance(block, blocks.StreamBlock):
        return input_stream_type(block)
    if isinstance(block, blocks.RichTextBlock):
        return str | RichTextInputSchema
    if isinstance(block, blocks.ChoiceBlock):
        return Literal[tuple(choice_values(block.field.choices))]
    if isinstance(block, blocks.ChooserBlock):
        return int | None  # the chosen object's id
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return str
    return Any


def input_child_type(name, block):
    key = f"{type(block).__name__}InputChild"
    if key not in _types:
        fields = {"type": Literal[name], "value": input_value_type(block), "id": NotRequired[str | None]}
        _types[key] = with_config(ConfigDict(extra="forbid"))(TypedDict(key, fields))
    return _types[key]


def input_stream_type(stream_block):
    children = [input_child_type(name, block) for name, block in stream_block.child_blocks.items()]
    return list[Annotated[Union[tuple(children)], Field(discriminator="type")]]  # noqa: UP007


def typed_streamfield_input_schema(generator, field):
    return input_stream_type(field.stream_block), []


def register():
    read_generator.register_field_schema(StreamField, typed_streamfield_schema)
    create_generator.register_field_schema(StreamField, typed_streamfield_input_schema)
    patch_generator.register_field_schema(StreamField, typed_streamfield_input_schema)
