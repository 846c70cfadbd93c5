"""Fixtures for the webhook tests: a real receiver, and an endpoint that sends to it."""

import pytest

from cms.models import WebhookEndpoint
from cms.tests.webhook_receiver import EXAMPLE_SECRET, Receiver
from scripts.throwaway_postgres import free_port


@pytest.fixture
def receiver():
    receiver = Receiver(free_port())
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def endpoint(db, receiver):
    return WebhookEndpoint.objects.create(name="Front-end", url=receiver.url, secret=EXAMPLE_SECRET)
