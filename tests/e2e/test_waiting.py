"""Browser tests wait for what a person sees, never for a navigation or for a fixed time.

A wait for a navigation times out on a busy machine when the page had already moved on, or
when the thing clicked was on the page that a previous action was replacing; a fixed sleep
is too short there and wasted everywhere else. `expect(...)` retries until what the user
waits for (a message, a heading, a focused element, the address) is true.
"""

import ast
from pathlib import Path

BROWSER_TESTS = Path(__file__).resolve().parent
NAVIGATION_WAITS = {"expect_navigation", "wait_for_navigation", "wait_for_url", "wait_for_load_state"}
FIXED_WAITS = {"wait_for_timeout", "sleep"}


def waits(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        f"{path.name}:{node.lineno} {node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in NAVIGATION_WAITS | FIXED_WAITS
    ]


def test_no_browser_test_waits_for_a_navigation_or_a_fixed_time():
    found = [wait for path in sorted(BROWSER_TESTS.glob("*.py")) for wait in waits(path)]
    assert found == []
