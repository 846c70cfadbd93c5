"""Fixtures for the cms tests."""

import pytest

from cms.tests.content import build_content


@pytest.fixture
def content(tree):
    return build_content(tree)
