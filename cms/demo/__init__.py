"""Demo content for `manage.py load_demo_content`: a glossary, a blog, authors and users.

The content lives in plain data modules (terms, articles, site, users, images) so tests
and docs can import it; `loader` turns it into pages, snippets and images.
"""
