"""Checks of a German catalogue (.po) and its compiled .mo, for the package's and the site's tests."""

import re
import tempfile
from pathlib import Path

import polib


def messages(catalogue):
    """{(context, msgid, plural): translation(s)} of a .po or .mo file's entries."""
    return {
        (entry.msgctxt, entry.msgid, entry.msgid_plural): (
            tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
            if entry.msgid_plural
            else entry.msgstr
        )
        for entry in catalogue
    }


PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def assert_complete_and_compiled(po_path):
    """Every entry of the .po is translated (nothing fuzzy or obsolete, the same placeholders as
    its English), and the .mo beside it holds exactly the .po's messages."""
    catalogue = polib.pofile(str(po_path))
    assert not catalogue.metadata_is_fuzzy
    assert [entry.msgid for entry in catalogue if not entry.translated() or entry.obsolete] == []
    for entry in catalogue:
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        expected = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        assert [set(PLACEHOLDER.findall(text)) <= expected for text in translations] == [True] * len(translations)
    with tempfile.TemporaryDirectory() as folder:
        compiled_from_po = Path(folder) / "django.mo"
        catalogue.save_as_mofile(str(compiled_from_po))
        expected = messages(polib.mofile(str(compiled_from_po)))
    assert messages(polib.mofile(str(po_path.with_suffix(".mo")))) == expected
    assert len(expected) == len(catalogue)
