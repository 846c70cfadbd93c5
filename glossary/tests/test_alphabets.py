"""The A-Z headings and order of each language (glossary.alphabets)."""

import pytest

from glossary.alphabets import base_language, index_order, letter_of, without_accents

GERMAN_TITLES = [
    "Übersetzer",
    "Zeichenkette",
    "Algorithmus",
    "Öffentlicher Schlüssel",
    "Adapter",
    "3D-Grafik",
    "Straße",
    "Äquivalenz",
    "Objekt",
    "Architektur",
    "Müller-Test",
    "Muller-Test",
    "Strasse",
    "Umgebung",
    "Oberfläche",
    "Stapel",
]


def test_without_accents_folds_umlauts_sharp_s_and_case():
    assert [without_accents(title) for title in ("Äquivalenz", "Öl", "ÜBER", "Straße", "Élan")] == [
        "aquivalenz",
        "ol",
        "uber",
        "strasse",
        "elan",
    ]


@pytest.mark.parametrize(
    ("language_code", "language"), [("de", "de"), ("de-at", "de"), ("de-AT", "de"), ("en", "en"), (None, "")]
)
def test_base_language(language_code, language):
    assert base_language(language_code) == language


@pytest.mark.parametrize(
    ("title", "letter"),
    [("Äquivalenz", "A"), ("Öffentlich", "O"), ("Übersetzer", "U"), ("ßtest", "S"), ("3D-Grafik", "0-9")],
)
def test_german_headings_file_umlauts_under_their_vowel(title, letter):
    assert letter_of(title, "de") == letter


@pytest.mark.parametrize(
    ("title", "letter"), [("Äquivalenz", "A"), ("Élan", "E"), ("ßtest", "0-9"), ("API", "A"), (".NET", "0-9")]
)
def test_english_headings_are_unchanged(title, letter):
    assert letter_of(title, "en") == letter_of(title) == letter


def test_german_order_is_din_5007_1():
    titles = sorted(GERMAN_TITLES, key=lambda title: index_order(title, "de"))
    assert titles == [
        "3D-Grafik",
        "Adapter",
        "Algorithmus",
        "Äquivalenz",
        "Architektur",
        "Muller-Test",
        "Müller-Test",
        "Oberfläche",
        "Objekt",
        "Öffentlicher Schlüssel",
        "Stapel",
        "Strasse",
        "Straße",
        "Übersetzer",
        "Umgebung",
        "Zeichenkette",
    ]


def test_english_keeps_the_given_order_within_a_heading():
    """English titles come in the database's order; sorting only groups them A to Z, stably."""
    titles = ["Zeta", "Éclair", "Alpha", "Echo", "2FA", "Adapter"]
    assert sorted(titles, key=lambda title: index_order(title, "en")) == [
        "2FA",
        "Alpha",
        "Adapter",
        "Éclair",
        "Echo",
        "Zeta",
    ]
