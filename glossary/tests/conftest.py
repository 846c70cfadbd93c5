import pytest

from django.contrib.auth.models import Group, User
from django.core.cache import cache

from glossary.tests.tree import add_entry, build_tree


@pytest.fixture
def tree(db):
    return build_tree()


@pytest.fixture(autouse=True)
def _empty_cache():
    """The terms version lives in the cache, and each test's database is rolled back: start each
    test from an empty cache, so no test sees terms built for another's data."""
    cache.clear()


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("admin", "admin@example.com", "pw")


@pytest.fixture
def editor(db):
    """A member of Wagtail's Editors group: adds and edits pages, publishes none."""
    user = User.objects.create_user("editor", "editor@example.com", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def api(tree):
    return add_entry(tree.glossary, "API", slug="api", summary="An interface.")
