"""Admin form widgets."""

from django.utils.translation import gettext

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
                "script_texts": script_texts(),
            }
        return context


def character_count(value):
    """What the form's length check counts: the text without its outer whitespace."""
    return len((value or "").strip())


def within_limit_message():
    return gettext("%(length)s / %(limit)s characters")


def over_limit_message():
    return gettext("%(count)s: %(over)s too many")


def count_text(length, limit):
    """The count as glossary/js/character-count.js writes it while the editor types."""
    text = within_limit_message() % {"length": length, "limit": limit}
    return over_limit_message() % {"count": text, "over": length - limit} if length > limit else text


def script_texts():
    """The count's words for glossary/js/character-count.js, with {length}, {limit} and {over} where its numbers go."""
    within_limit = within_limit_message() % {"length": "{length}", "limit": "{limit}"}
    return {
        "within_limit": within_limit,
        "over_limit": over_limit_message() % {"count": within_limit, "over": "{over}"},
    }
