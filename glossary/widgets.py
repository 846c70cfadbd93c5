"""Admin form widgets."""

from wagtail.admin.widgets import AdminAutoHeightTextInput


class CharacterCountTextarea(AdminAutoHeightTextInput):
    """Plain text with a live "N / limit characters" count under it.

    The field's limit is not given to the browser as `maxlength`, which would cut a pasted
    text at the limit, mid-word and without a word: the editor sees the count go over and
    the form says what is wrong.
    """

    template_name = "glossary/widgets/character_count_textarea.html"

    class Media:
        js = ["glossary/js/character-count.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        limit = widget_attrs.pop("maxlength", None)
        if limit is not None:
            count_id = f"{widget_attrs['id']}-count"
            described_by = widget_attrs.get("aria-describedby", "")
            widget_attrs["aria-describedby"] = f"{described_by} {count_id}".strip()
            widget_attrs["data-character-count-target"] = "input"
            widget_attrs["data-action"] = "input->character-count#update"
            length, limit = character_count(value), int(limit)
            context["count"] = {
                "id": count_id,
                "limit": limit,
                "over": length > limit,
                "text": count_text(length, limit),
            }
        return context


def character_count(value):
    """What the form's length check counts: the text without its outer whitespace."""
    return len((value or "").strip())


def count_text(length, limit):
    """The count as glossary/js/character-count.js writes it while the editor types."""
    text = f"{length} / {limit} characters"
    return f"{text}: {length - limit} too many" if length > limit else text
