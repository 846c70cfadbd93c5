"""The committed schema the front-end's types are generated from is the schema the API answers."""

import difflib

import pytest

from django.core.management import call_command

from cms.management.commands.api_schema import SNAPSHOT, schema_text

REFRESH = (
    "frontend/openapi.json is not what /api/v3/openapi.json answers. Run `make api-schema` (it writes "
    "the snapshot with `manage.py api_schema` and regenerates frontend/src/lib/api/schema.d.ts), "
    "check what changed for the front-end, and commit both files."
)


def test_the_committed_snapshot_is_the_live_schema(client):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200

    live = schema_text(response.json())
    committed = SNAPSHOT.read_text()

    if live != committed:
        diff = difflib.unified_diff(
            committed.splitlines(), live.splitlines(), "frontend/openapi.json", "/api/v3/openapi.json", lineterm=""
        )
        pytest.fail(REFRESH + "\n" + "\n".join(list(diff)[:60]), pytrace=False)


def test_the_command_writes_the_live_schema(client, tmp_path):
    output = tmp_path / "openapi.json"
    call_command("api_schema", output=output)

    assert output.read_text() == schema_text(client.get("/api/v3/openapi.json").json())
