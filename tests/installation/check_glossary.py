"""Run inside the new project (new_project.py copies it there): create a glossary index, an entry and
a standard page through code, as an editor would in the admin, then write what a client gets back from
each URL to the JSON file named by the first argument.
"""

import json
import os
import sys

import django

ENTRY_BODY = [
    {
        "type": "definition",
        "value": {"heading": "What an API is", "text": "<p>A contract between two programs.</p>"},
    },
    {
        "type": "advantages",
        "value": {
            "heading": "Why teams use APIs",
            "items": [{"title": "Reuse", "text": "<p>One service serves many clients.</p>"}],
        },
    },
    {
        "type": "applications",
        "value": {
            "heading": "Where APIs are used",
            "items": [{"domain": "Payments", "text": "<p>Shops charge cards through one.</p>"}],
        },
    },
]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def create_content():
    """The glossary index under the home page, the entry "API" in it, and a standard page that mentions it."""
    from wagtail.models import Site

    from glossary.models import GlossaryAlias, GlossaryIndexPage, GlossaryPage
    from home.models import StandardPage

    home = Site.objects.get(is_default_site=True).root_page
    index = publish(home, GlossaryIndexPage(title="Glossary", slug="glossary", intro="<p>The words we use.</p>"))
    entry = GlossaryPage(
        title="API",
        slug="api",
        summary="How one program asks another for data or work.",
        term_aliases=[GlossaryAlias(name="Application Programming Interface")],
        body=ENTRY_BODY,
    )
    publish(index, entry)
    standard_page = StandardPage(
        title="Our platform",
        slug="platform",
        body=[{"type": "paragraph", "value": "<p>Partners reach our platform through its API.</p>"}],
    )
    publish(home, standard_page)
    return index, entry, standard_page


def responses(index, entry, standard_page):
    from django.test import Client

    client = Client()

    def get(url):
        response = client.get(url)
        return {"url": url, "status": response.status_code, "content": response.content.decode()}

    return {
        "entry": get(entry.url),
        "index": get(index.url),
        "standard_page": get(standard_page.url),
        "api": get("/api/v2/pages/?type=glossary.GlossaryPage&fields=*"),
        "standard_page_api": get("/api/v2/pages/?type=home.StandardPage&fields=*"),
    }


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings.dev")
    django.setup()
    with open(sys.argv[1], "w") as output:
        json.dump(responses(*create_content()), output)
