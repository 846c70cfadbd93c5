"""Blocks shared by every page body: glossary entries and blog articles both use them."""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from cms.api.fields import image_data

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "code"]
PICKER_GROUP = pgettext_lazy("block picker group", "Content")

CODE_LANGUAGES = [
    ("python", "Python"),
    ("javascript", "JavaScript"),
    ("typescript", "TypeScript"),
    ("bash", "Shell"),
    ("sql", "SQL"),
    ("json", "JSON"),
    ("yaml", "YAML"),
    ("html", "HTML"),
    ("css", "CSS"),
    ("java", "Java"),
    ("go", "Go"),
    ("text", _("Plain text")),
]


class HeadingStructValue(blocks.StructValue):
    """Gives headed blocks an anchor so readers can link to a section."""

    def anchor(self):
        return slugify(self.get("heading") or "")


class HeadedBlock(blocks.StructBlock):
    """A block that starts a section of the page: it has a place in the table of contents."""

    def contents_entry(self, value, page):
        """(anchor, heading) for the page's table of contents."""
        return value.anchor(), value["heading"]


def table_of_contents(page):
    """The (anchor, heading) of every block in the page's body that starts a section (it has a
    `contents_entry`, as HeadedBlock and the glossary's blocks do), in order."""
    return [
        child.block.contents_entry(child.value, page)
        for child in getattr(page, "body", [])
        if hasattr(child.block, "contents_entry")
    ]


class SectionBlock(HeadedBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Section")
        group = PICKER_GROUP
        template = "blocks/section_block.html"
        value_class = HeadingStructValue
        description = _("A section with its own heading and formatted text.")
        preview_value = {
            "heading": "How it works",
            "text": "<p>A short paragraph that explains one idea in plain words.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_("Describe the image for readers who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        group = PICKER_GROUP
        template = "blocks/image_block.html"
        description = _("An image with alt text for screen readers and an optional caption.")
        preview_template = "blocks/image_block_preview.html"

    def get_preview_value(self):
        """The library's first image; the preview template draws a placeholder when there is none."""
        return self.normalize(
            {
                "image": get_image_model().objects.order_by("pk").first(),
                "alt_text": "A diagram of a web server answering requests",
                "caption": "Requests arrive, the server answers each one.",
            }
        )

    def get_api_representation(self, value, context=None):
        """The image as renditions a front-end can use, with the editor's alt text."""
        image = value["image"]
        return {
            "image": image_data(image, alt=value["alt_text"]) if image else None,
            "alt_text": value["alt_text"],
            "caption": value["caption"],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        group = PICKER_GROUP
        template = "blocks/quote_block.html"
        description = _("A quotation, with who said it.")
        preview_value = {
            "quote": "Make it work, make it right, make it fast.",
            "attribution": "Kent Beck",
        }


class CodeBlock(blocks.StructBlock):
    language = blocks.ChoiceBlock(choices=CODE_LANGUAGES, default="python")
    code = blocks.TextBlock(form_classname="monospace")

    class Meta:
        icon = "code"
        label = _("Code")
        group = PICKER_GROUP
        template = "blocks/code_block.html"
        description = _("A code sample, shown in a monospace font.")
        preview_value = {"language": "python", "code": 'print("Hello, glossary")'}


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Note")), ("tip", _("Tip")), ("warning", _("Warning"))], default="info"
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        group = PICKER_GROUP
        template = "blocks/callout_block.html"
        description = _("A highlighted note, tip or warning set apart from the text.")
        preview_value = {
            "tone": "tip",
            "title": "Tip",
            "text": "<p>Keep each entry focused on one term.</p>",
        }


class ConclusionBlock(SectionBlock):
    heading = blocks.CharBlock(max_length=120, default="Conclusion")

    class Meta:
        icon = "tick-inverse"
        label = _("Conclusion")
        group = PICKER_GROUP
        template = "blocks/conclusion_block.html"
        description = _("The closing summary of the page.")
        preview_value = {
            "heading": "Conclusion",
            "text": "<p>The key points, gathered in a few sentences.</p>",
        }


class BaseStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    code = CodeBlock()
    callout = CalloutBlock()
    conclusion = ConclusionBlock()
