"""`manage.py api_schema`: write the snapshot of API v3's OpenAPI schema that the front-end's types
are generated from (frontend/openapi.json; `make api-schema` also regenerates the types)."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

from cms.api.v3 import api_v3

SNAPSHOT = Path(settings.BASE_DIR) / "frontend" / "openapi.json"


def schema_text(schema):
    """The schema as the snapshot holds it: indented, keys sorted, one newline at the end.
    The encoder turns the lazy translations of a schema not yet sent as JSON into text."""
    return json.dumps(schema, cls=DjangoJSONEncoder, indent=2, sort_keys=True) + "\n"


class Command(BaseCommand):
    help = "Write /api/v3/openapi.json, as this code answers it, to frontend/openapi.json (or --output)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=SNAPSHOT, help="Where to write it (default: %(default)s).")

    def handle(self, *args, output, **options):
        text = schema_text(api_v3.get_openapi_schema())
        changed = not output.exists() or output.read_text() != text
        output.write_text(text)
        self.stdout.write(f"{'Updated' if changed else 'Unchanged'}: {output}")
