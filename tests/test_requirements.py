"""The lock files pin every package with its hashes, in step with the hand-edited top-level files.

`pip install --require-hashes` refuses a lock with a loose line, but only when it runs; these
tests catch it, and a lock left stale after an edit to a `.in` file, before anything is installed.
"""

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCKED = re.compile(r"(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[^\s;]+)(?: --hash=sha256:[0-9a-f]{64})+")


def read_lock(text):
    """The lock's pins by canonical name, and every line that is not `name==version` with hashes."""
    pins, loose = {}, []
    for line in text.replace("\\\n", " ").splitlines():
        line = " ".join(line.split())
        if not line or line.startswith("#"):
            continue
        match = LOCKED.fullmatch(line)
        if match:
            pins[canonicalize_name(match["name"])] = match["version"]
        else:
            loose.append(line)
    return pins, loose


def top_level_requirements(path):
    """The requirements of a `.in` file and of the files it includes with `-r`; `-c` only constrains."""
    requirements = []
    for line in path.read_text().splitlines():
        line = line.split(" #")[0].strip()
        if not line or line.startswith("#") or line.startswith("-c "):
            continue
        if line.startswith("-r "):
            requirements += top_level_requirements(path.parent / line.removeprefix("-r ").strip())
        else:
            requirements.append(Requirement(line))
    return requirements


def unlocked(requirements, pins):
    """The top-level requirements that the lock leaves out, or pins at a version they do not allow."""
    return [
        str(requirement)
        for requirement in requirements
        if not requirement.specifier.contains(pins.get(canonicalize_name(requirement.name), ""), prereleases=True)
    ]


@pytest.mark.parametrize("lock", ["requirements.txt", "requirements-dev.txt"])
def test_every_line_of_the_lock_is_pinned_with_its_hashes(lock):
    pins, loose = read_lock((ROOT / lock).read_text())
    assert loose == []
    assert "django" in pins


@pytest.mark.parametrize(
    ("top_level", "lock"), [("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt")]
)
def test_the_lock_has_every_top_level_requirement_at_its_version(top_level, lock):
    pins, _ = read_lock((ROOT / lock).read_text())
    assert unlocked(top_level_requirements(ROOT / top_level), pins) == []


def test_the_dev_lock_has_the_runtime_lock_at_the_same_versions():
    runtime, _ = read_lock((ROOT / "requirements.txt").read_text())
    dev, _ = read_lock((ROOT / "requirements-dev.txt").read_text())
    assert {name: dev.get(name) for name in runtime} == runtime


def test_a_loose_line_or_a_stale_pin_is_reported(tmp_path):
    digest = "--hash=sha256:" + "0" * 64
    pins, loose = read_lock(
        f"# via pip-compile\ndjango==5.2.19 \\\n    {digest}\n    # via -r requirements.in\n"
        f"Pillow==13.0.0 \\\n    {digest} \\\n    {digest}\n"
        f"requests>=2.34 \\\n    {digest}\nsix==1.17.0\n--index-url https://example.org/simple\n"
    )
    assert pins == {"django": "5.2.19", "pillow": "13.0.0"}
    assert loose == [f"requests>=2.34 {digest}", "six==1.17.0", "--index-url https://example.org/simple"]

    (tmp_path / "runtime.in").write_text("Django==5.2.19\npsycopg[binary]==3.3.9  # the C build\n")
    (tmp_path / "dev.in").write_text("# Tools.\n-c runtime.txt\n-r runtime.in\npillow==12.0.0\n\nruff==0.17.6\n")
    requirements = top_level_requirements(tmp_path / "dev.in")
    assert [str(requirement) for requirement in requirements] == [
        "Django==5.2.19",
        "psycopg[binary]==3.3.9",
        "pillow==12.0.0",
        "ruff==0.17.6",
    ]
    assert unlocked(requirements, pins) == ["psycopg[binary]==3.3.9", "pillow==12.0.0", "ruff==0.17.6"]
