"""The glossary entry's editor form, in the shape Wagtail's page editor posts it."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def list_block(items):
    data = {str(i): {"value": item, "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def entry_blocks():
    """A definition, two advantages and one application, as an editor enters them."""
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


def entry_form_data(title, slug, summary, related_terms=(), aliases=()):
    """The whole entry editor form, as Save draft posts it."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": streamfield(entry_blocks()),
            "term_aliases": inline_formset([{"name": name} for name in aliases]),
            "related_terms": inline_formset([{"term": str(term.pk)} for term in related_terms]),
        }
    )


def standard_page_form_data(title, slug, related_terms=()):
    """The test app's StandardPage editor form: one paragraph and the related terms."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "body": streamfield([("paragraph", rich_text("<p>Make it fast.</p>"))]),
            "related_terms": inline_formset([{"term": str(term.pk)} for term in related_terms]),
            "link_glossary_terms": "on",
        }
    )
