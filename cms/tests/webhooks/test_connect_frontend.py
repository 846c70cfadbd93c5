"""`manage.py connect_frontend`: the front-end's revalidation endpoint, set up the same however often it runs."""

from io import StringIO

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command

from cms.models import WebhookEndpoint
from cms.tests.webhook_receiver import EXAMPLE_SECRET
from glossary.models import GlossaryPage

URL = "http://127.0.0.1:8020/api/revalidate"


def connect(*arguments):
    out = StringIO()
    call_command("connect_frontend", *arguments, stdout=out)
    return out.getvalue()


def endpoints():
    return list(
        WebhookEndpoint.objects.values_list(
            "name", "url", "secret", "on_published", "on_unpublished", "on_deleted", "on_moved", "active"
        )
    )


def test_it_creates_the_endpoint_once_and_then_changes_nothing(db):
    first = connect("--revalidate-url", URL, "--secret", EXAMPLE_SECRET)
    again = connect("--revalidate-url", URL, "--secret", EXAMPLE_SECRET)

    assert first == f'Created: webhook endpoint "Front-end revalidation" -> {URL}, every page event.\n'
    assert again == f'Unchanged: webhook endpoint "Front-end revalidation" -> {URL}, every page event.\n'
    assert endpoints() == [("Front-end revalidation", URL, EXAMPLE_SECRET, True, True, True, True, True)]
    assert not WebhookEndpoint.objects.get().page_types.exists()


def test_it_brings_an_edited_endpoint_back_to_every_page_event(db):
    endpoint = WebhookEndpoint.objects.create(
        name="Front-end revalidation", url="http://old.example.com/", on_moved=False, active=False
    )
    endpoint.page_types.set([ContentType.objects.get_for_model(GlossaryPage)])
    WebhookEndpoint.objects.create(name="Search index", url="https://search.example.com/hooks/")

    output = connect("--revalidate-url", URL, "--secret", EXAMPLE_SECRET)

    assert output == f'Updated: webhook endpoint "Front-end revalidation" -> {URL}, every page event.\n'
    assert endpoints()[0] == ("Front-end revalidation", URL, EXAMPLE_SECRET, True, True, True, True, True)
    assert WebhookEndpoint.objects.get(pk=endpoint.pk).page_types.count() == 0
    assert WebhookEndpoint.objects.get(name="Search index").url == "https://search.example.com/hooks/"


def test_a_name_keeps_two_front_ends_apart(db):
    connect("--revalidate-url", URL, "--secret", EXAMPLE_SECRET)
    connect(
        "--revalidate-url",
        "https://preview.example.com/api/revalidate",
        "--secret",
        EXAMPLE_SECRET,
        "--name",
        "Preview",
    )

    assert [(name, url) for name, url, *_flags in endpoints()] == [
        ("Front-end revalidation", URL),
        ("Preview", "https://preview.example.com/api/revalidate"),
    ]


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (["--secret", "s3cret"], '--secret: A secret starts with "whsec_", then the key in base64.'),
        (["--secret", "whsec_c2hvcnQ="], "--secret: The key is 5 bytes; it must be 24 to 64."),
        (["--revalidate-url", "ftp://127.0.0.1/revalidate"], "--revalidate-url: Enter a valid URL."),
        (["--revalidate-url", "localhost:8020/api/revalidate"], "--revalidate-url: Enter a valid URL."),
    ],
)
def test_a_bad_secret_or_url_is_refused_with_what_is_wrong(db, arguments, error):
    given = {"--revalidate-url": URL, "--secret": EXAMPLE_SECRET}
    given.update(zip(arguments[::2], arguments[1::2], strict=True))

    with pytest.raises(CommandError) as refused:
        connect(*[part for pair in given.items() for part in pair])

    assert str(refused.value) == error
    assert endpoints() == []


def test_a_bad_secret_leaves_the_connected_endpoint_as_it_was(db):
    connect("--revalidate-url", URL, "--secret", EXAMPLE_SECRET)

    with pytest.raises(CommandError):
        connect("--revalidate-url", "https://elsewhere.example.com/", "--secret", "s3cret")

    assert endpoints() == [("Front-end revalidation", URL, EXAMPLE_SECRET, True, True, True, True, True)]
