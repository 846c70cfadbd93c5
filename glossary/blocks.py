"""The blocks that make a glossary entry: a definition, its advantages, its applications."""

from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks

DEFINITION_ANCHOR = "definition"
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "code"]
PICKER_GROUP = _("Glossary")


class HeadingStructValue(blocks.StructValue):
    """Gives a section an anchor so readers can link to it."""

    def anchor(self):
        return slugify(self.get("heading") or "")


class HeadedBlock(blocks.StructBlock):
    """A block that starts a section of the entry, listed in its table of contents.

    Anything that builds a table of contents asks each block for `contents_entry`.
    """

    def contents_entry(self, value, page):
        """(anchor, heading) for the page's table of contents."""
        return value.anchor(), value["heading"]


class DefinitionBlock(HeadedBlock):
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_('Leave blank to show "What is" and the entry\'s title, e.g. "What is API?".'),
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Definition")
        group = PICKER_GROUP
        template = "glossary/blocks/definition_block.html"
        description = _("What the term means, in a few plain paragraphs.")
        preview_value = {
            "heading": "What is an API?",
            "text": "<p>An agreed way for two programs to ask each other for data.</p>",
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = self.heading_text(value, (parent_context or {}).get("page"))
        context["anchor"] = DEFINITION_ANCHOR
        return context

    @staticmethod
    def heading_text(value, page):
        """The editor's heading, else "What is <term>?", else "Definition"."""
        term = getattr(page, "title", "")
        return value["heading"] or (gettext("What is %(term)s?") % {"term": term} if term else gettext("Definition"))

    def contents_entry(self, value, page):
        return DEFINITION_ANCHOR, self.heading_text(value, page)


class ItemBlock(blocks.StructBlock):
    """An item of a list section: a short name, then the text that explains it.

    Each list keeps the name under its own key (`name_key`), which saved bodies use.
    """

    name_key = "title"

    def __init__(self, **kwargs):
        name = (self.name_key, self.name_block())
        super().__init__([name, ("text", blocks.RichTextBlock(features=RICH_TEXT_FEATURES))], **kwargs)

    def name_block(self, **kwargs):
        return blocks.CharBlock(max_length=120, **kwargs)


class AdvantageBlock(ItemBlock):
    class Meta:
        icon = "plus"
        label = _("Advantage")


class AdvantagesBlock(HeadedBlock):
    heading = blocks.CharBlock(max_length=120, default="Advantages")
    items = blocks.ListBlock(AdvantageBlock(), min_num=1, label=_("Advantages"))

    class Meta:
        icon = "pick"
        label = _("Advantages")
        group = PICKER_GROUP
        template = "glossary/blocks/advantages_block.html"
        value_class = HeadingStructValue
        description = _("Why teams use it: each advantage with a short title and an explanation.")
        preview_value = {
            "heading": "Advantages",
            "items": [
                {"title": "Scales with demand", "text": "<p>Add servers as traffic grows.</p>"},
                {"title": "Easier to secure", "text": "<p>Secrets stay on the server.</p>"},
            ],
        }


class ApplicationBlock(ItemBlock):
    name_key = "domain"

    def name_block(self):
        return super().name_block(help_text=_("Where it is used, e.g. E-commerce."))

    class Meta:
        icon = "site"
        label = _("Application")


class ApplicationsBlock(HeadedBlock):
    heading = blocks.CharBlock(max_length=120, default="Applications")
    items = blocks.ListBlock(ApplicationBlock(), min_num=1, label=_("Applications"))

    class Meta:
        icon = "list-ul"
        label = _("Applications")
        group = PICKER_GROUP
        template = "glossary/blocks/applications_block.html"
        value_class = HeadingStructValue
        description = _("Where it is used: each field of application with an explanation.")
        preview_value = {
            "heading": "Applications",
            "items": [
                {"domain": "E-commerce", "text": "<p>Product catalogues and payments.</p>"},
                {"domain": "Fintech", "text": "<p>Ledgers and fraud checks.</p>"},
            ],
        }


class GlossaryStreamBlock(blocks.StreamBlock):
    """An entry's body: the default `GLOSSARY_BODY_BLOCK`. A site that wants its own blocks
    beside these subclasses it (or lists them in a StreamBlock of its own) and names it there."""

    definition = DefinitionBlock()
    advantages = AdvantagesBlock()
    applications = ApplicationsBlock()

    class Meta:
        block_counts = {"definition": {"max_num": 1}}


def new_entry_body():
    """What a new entry's body starts with: an empty definition, advantages and applications,
    in place for the editor to fill in."""
    return [
        {"type": "definition", "value": {}},
        {"type": "advantages", "value": {"items": [{}]}},
        {"type": "applications", "value": {"items": [{}]}},
    ]
