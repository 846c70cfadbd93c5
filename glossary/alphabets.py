"""How each language files terms A to Z: the heading a title goes under, and the order within it.

A language listed in `TITLE_FOLDINGS` files a title by its folded form, compared in Python,
so the order does not depend on the database's collation. Any other language keeps the
original behaviour: the heading of the title's first letter without its accent, and the
database's title order within a heading.
"""

import string
import unicodedata

OTHER_LETTER = "0-9"
LETTERS = (*string.ascii_uppercase, OTHER_LETTER)


def without_accents(text):
    """Lower case, each letter without its accents: "Äquivalenz" as "aquivalenz", "Straße" as "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))


# DIN 5007-1 ("dictionary order"): Ä, Ö and Ü file as A, O and U, ß as ss, and case and other
# accents are ignored; a title that differs only in them files after the plain one ("Muller", "Müller").
TITLE_FOLDINGS = {"de": without_accents}


def base_language(language_code):
    """The language of a language code: "de" for "de", "de-at" or "de-AT"."""
    return (language_code or "").split("-")[0].lower()


def letter_of(title, language_code=None):
    """The A-Z heading a term is listed under ("É" under "E"); digits and symbols share one group."""
    fold = TITLE_FOLDINGS.get(base_language(language_code))
    first = fold(title)[:1].upper() if fold else unicodedata.normalize("NFKD", title[:1])[:1].upper()
    return first if first in string.ascii_uppercase else OTHER_LETTER


def index_order(title, language_code=None):
    """The "0-9" group first, then A to Z; within a group, the language's order of titles, or for a
    language without one the order the titles are given in (the database's)."""
    letter = letter_of(title, language_code)
    group = (letter != OTHER_LETTER, letter)
    fold = TITLE_FOLDINGS.get(base_language(language_code))
    if fold is None:
        return group
    return (*group, fold(title), title.casefold(), title)
