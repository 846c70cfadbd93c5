"""The glossary's page rules, checks and editor form, in a project with every setting at its default."""

from glossary.tests.tree import add_entry


def test_an_entry_is_served_at_its_url_under_the_glossary(tree, client):
    entry = add_entry(tree.glossary, "API", summary="How programs talk to each other.")

    assert entry.url == "/glossary/api/"
    assert entry.summary == "How programs talk to each other."
