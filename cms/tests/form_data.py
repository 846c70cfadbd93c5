"""Admin form data for StreamFields, in the shape the page editor posts it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def list_block(items):
    data = {str(i): {"value": item, "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def glossary_blocks_form_data():
    """A definition, two advantages and one application, as an editor would enter them."""
    return [
        ("definition", {"heading": "", "text": rich_text("<p>Software that runs on servers.</p>")}),
        (
            "advantages",
            {
                "heading": "Advantages",
                "items": list_block(
                    [
                        {"title": "Scales", "text": rich_text("<p>Add machines as traffic grows.</p>")},
                        {"title": "Secure", "text": rich_text("<p>Secrets stay on the server.</p>")},
                    ]
                ),
            },
        ),
        (
            "applications",
            {
                "heading": "Applications",
                "items": list_block([{"domain": "Fintech", "text": rich_text("<p>Ledgers.</p>")}]),
            },
        ),
    ]


def glossary_entry_form_data(title, slug, summary, blocks=None, **extra):
    """The whole glossary entry editor form, as posted by Save draft / Submit / Publish."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": streamfield(glossary_blocks_form_data() if blocks is None else blocks),
            "term_aliases": inline_formset([]),
            "related_terms": inline_formset([]),
            **extra,
        }
    )
