"""Shared tokens (cms.caching.shared_token): read from the cache once a request, fresh outside one."""

from collections import Counter

import pytest

from django.core.cache import cache

from cms.caching import shared_token
from cms.caching.page_cache import GENERATION_KEY
from cms.caching.shared_token import SharedToken, read_once
from glossary.factories import GlossaryPageFactory
from glossary.versions import TERMS_VERSION
from tests.glossary.query_counting import add_content, related

TOKEN = SharedToken("tests:token")


class CountingCache:
    """The cache, counting which keys were read."""

    def __init__(self):
        self.reads = Counter()

    def get(self, key, *args, **kwargs):
        self.reads[key] += 1
        return cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(cache, name)


@pytest.fixture
def counting(monkeypatch):
    counting = CountingCache()
    monkeypatch.setattr(shared_token, "cache", counting)
    return counting


def test_outside_a_request_every_call_sees_another_process_renew():
    first = TOKEN.current()
    cache.set(TOKEN.key, "renewed elsewhere")

    assert first != "renewed elsewhere"
    assert TOKEN.current() == "renewed elsewhere"


def test_a_request_keeps_the_token_it_read_first(counting):
    TOKEN.renew()
    with read_once():
        first = TOKEN.current()
        cache.set(TOKEN.key, "renewed elsewhere")
        assert [TOKEN.current(), TOKEN.current()] == [first, first]
    assert counting.reads[TOKEN.key] == 1

    assert TOKEN.current() == "renewed elsewhere"


def test_a_request_sees_the_token_it_renewed_itself():
    with read_once():
        first = TOKEN.current()
        TOKEN.renew()
        renewed = TOKEN.current()
        assert renewed != first
    assert TOKEN.current() == renewed


def test_requests_do_not_share_what_they_read():
    with read_once():
        first = TOKEN.current()
    cache.set(TOKEN.key, "renewed elsewhere")
    with read_once():
        assert TOKEN.current() == "renewed elsewhere"
    assert first != "renewed elsewhere"


@pytest.fixture
def token(django_user_model):
    from wagtail.models import APIToken

    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "pw")
    _token, secret = APIToken.create_token(user=user, name="build server")
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


@pytest.mark.parametrize(
    ("url", "with_token", "terms_version_reads"),
    [
        ("/glossary/entry/", False, 1),
        ("/glossary/", False, 1),
        ("/blog/", False, 0),
        ("/api/v2/pages/?type=glossary.GlossaryPage&fields=*&limit=20", True, 1),
        ("/api/v2/pages/{pk}/", True, 1),
        ("/api/v3/pages/{pk}/", True, 1),
    ],
)
def test_a_render_reads_the_generation_and_the_terms_version_once(
    client, tree, token, counting, url, with_token, terms_version_reads
):
    entry = GlossaryPageFactory(parent=tree.glossary, title="Entry", slug="entry")
    add_content(tree, 0, 25)
    related(entry, 4)
    headers = token if with_token else {}
    client.get(url.format(pk=entry.pk), **headers)
    counting.reads.clear()

    response = client.get(url.format(pk=entry.pk), **headers)

    assert response.status_code == 200
    assert {key: counting.reads[key] for key in (GENERATION_KEY, TERMS_VERSION.key)} == {
        GENERATION_KEY: 1,
        TERMS_VERSION.key: terms_version_reads,
    }
