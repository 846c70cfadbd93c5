import factory

from wagtail_factories import PageFactory

from .models import GlossaryIndexPage, GlossaryPage


def glossary_body(term="the term", words=60):
    """A body with the three glossary blocks, about `words` words long in total."""
    filler = " ".join(["word"] * max(words - 12, 0))
    return [
        {"type": "definition", "value": {"heading": "", "text": f"<p>{term} explained. {filler}</p>"}},
        {
            "type": "advantages",
            "value": {
                "heading": "Advantages",
                "items": [{"title": "Fast", "text": "<p>It is quick.</p>"}],
            },
        },
        {
            "type": "applications",
            "value": {
                "heading": "Applications",
                "items": [{"domain": "Web", "text": "<p>Used online.</p>"}],
            },
        },
    ]


class GlossaryIndexPageFactory(PageFactory):
    title = "Glossary"
    slug = "glossary"

    class Meta:
        model = GlossaryIndexPage


class GlossaryPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Term {n}")
    summary = factory.LazyAttribute(lambda page: f"A short summary of {page.title}.")
    body = factory.LazyAttribute(lambda page: glossary_body(page.title))

    class Meta:
        model = GlossaryPage
