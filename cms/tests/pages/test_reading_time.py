import pytest

from glossary.factories import GlossaryPageFactory
from glossary.models import GlossaryPage

# Page instances look up their content type, which the cache only holds while the database is set up.
pytestmark = pytest.mark.django_db


def entry_with_words(definition_words, item_words=0):
    body = [{"type": "definition", "value": {"heading": "", "text": "<p>" + "word " * definition_words + "</p>"}}]
    if item_words:
        body.append(
            {
                "type": "advantages",
                "value": {
                    "heading": "Advantages",
                    "items": [{"title": "one", "text": "<p>" + "word " * (item_words - 1) + "</p>"}],
                },
            }
        )
    return GlossaryPage(title="T", summary="s", body=body)


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (299, 1), (300, 2), (499, 2), (500, 3), (1000, 5)],
)
def test_reading_time_is_words_over_200_rounded_half_up_and_at_least_one(words, minutes):
    assert entry_with_words(words).reading_time == minutes


def test_words_in_headings_list_items_and_rich_text_all_count_but_markup_does_not():
    page = entry_with_words(100, item_words=50)
    # Definition: 100 words; advantages: heading "Advantages", item title "one" and 49 words.
    assert page.word_count == 100 + 1 + 1 + 49


def test_code_language_choice_is_not_counted_but_code_is():
    page = GlossaryPage(
        title="T",
        summary="s",
        body=[{"type": "code", "value": {"language": "python", "code": "print('hello world')"}}],
    )
    assert page.word_count == 2


def test_saved_page_reads_reading_time_from_its_body(tree):
    page = GlossaryPageFactory(parent=tree.glossary, body=entry_with_words(600).body.raw_data)
    assert GlossaryPage.objects.get(pk=page.pk).reading_time == 3


def test_words_in_adjacent_paragraphs_and_entities_are_counted_apart():
    page = GlossaryPage(
        title="T",
        summary="s",
        body=[
            {"type": "definition", "value": {"heading": "", "text": "<p>one</p><p>two</p><ul><li>Q&amp;A</li></ul>"}}
        ],
    )
    assert page.word_count == 3
