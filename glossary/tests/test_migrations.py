from io import StringIO

import pytest

from django.core.management import call_command


@pytest.mark.django_db
@pytest.mark.parametrize("app", ["glossary", "testapp"])
def test_the_package_s_migrations_match_its_default_models(app):
    """A site on the default settings migrates to exactly the package's models."""
    output = StringIO()
    call_command("makemigrations", app, check=True, dry_run=True, stdout=output)
    assert output.getvalue() == f"No changes detected in app '{app}'\n"
