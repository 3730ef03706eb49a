""" "By the end of the year", « d'ici la fin de l'année », « avant la fin de l'année »: a
deadline at the last day of the publication's year, as "by the end of this year" and "by the
end of the summer of 2025" were; the words gave no date at all before. "At the end of the
year" alone is left unread: it may be a year of the story, not of publication."""

from __future__ import annotations

import pytest

from timelineapp.extract.anchoring import reference_from, resolve, sentence_tense
from timelineapp.extract.article import article_from_text
from timelineapp.extract.build import build_draft
from timelineapp.extract.notes import CodeWords
from timelineapp.extract.phrase_check import phrase_disagrees
from timelineapp.extract.temporal import detect
from timelineapp.model.dates import parse_date
from timelineapp.model.file_format import Document

HEADS = {
    "en": "Works\nPublished Wednesday, March 12, 2025\n\n",
    "fr": "Travaux\nPublié le mercredi 12 mars 2025\n\n",
}


def dates(text: str, language: str) -> list[tuple[str, str | None]]:
    reference = reference_from("2025-03-12")
    tense = sentence_tense(text, language)
    return [(m.text, resolve(m, reference, tense).value) for m in detect(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("The works will be finished by the end of the year.", "en", "by the end of the year"),
        (
            "The works will be finished before the end of the year.",
            "en",
            "before the end of the year",
        ),
        ("Les travaux seront finis d’ici la fin de l’année.", "fr", "d’ici la fin de l’année"),
        ("Les travaux seront finis d'ici la fin de l'année.", "fr", "d'ici la fin de l'année"),
        ("Les travaux seront finis avant la fin de l’année.", "fr", "avant la fin de l’année"),
        (
            "Les travaux seront finis d’ici à la fin de l’année.",
            "fr",
            "d’ici à la fin de l’année",
        ),
    ],
)
def test_the_end_of_the_year_is_a_deadline(text: str, language: str, phrase: str) -> None:
    assert dates(text, language) == [(phrase, "[..2025-12-31]")]
    assert parse_date("[..2025-12-31]")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The works ended at the end of the year.", "en"),
        ("Les travaux ont pris fin à la fin de l’année.", "fr"),
        ("The works will be finished by the end of the year's first quarter.", "en"),
        ("Les travaux seront finis d’ici la fin de l’année scolaire.", "fr"),
    ],
)
def test_the_year_alone_is_not_read(text: str, language: str) -> None:
    assert dates(text, language) == []


def test_named_years_keep_their_reading() -> None:
    assert dates("Les travaux seront finis avant la fin de l’année prochaine.", "fr") == [
        ("avant la fin de l’année prochaine", "[..2026-12-31]")
    ]
    assert dates("The works will be finished by the end of next year.", "en") == [
        ("by the end of next year", "[..2026-12-31]")
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "phrase"),
    [
        (
            "The agency will publish its report by the end of the year.\n",
            "en",
            "by the end of the year",
        ),
        (
            "L’agence publiera son rapport d’ici la fin de l’année.\n",
            "fr",
            "d’ici la fin de l’année",
        ),
    ],
)
def test_the_builder_drafts_the_deadline_and_the_phrase_check_agrees(
    sentence: str, language: str, phrase: str
) -> None:
    article = article_from_text(HEADS[language] + sentence, "a.txt", language=language)
    events = build_draft([article], words=CodeWords()).event_file.events
    assert [e.date for e in events] == ["[..2025-12-31]"]
    source = events[0].sources[0]
    assert source.date_phrase is not None
    assert source.date_phrase.text == phrase
    document = Document(id="d", title="d", text=phrase, language=language, published="2025-03-12")
    assert phrase_disagrees(phrase, document, None, "[..2025-12-31]") is None
    assert phrase_disagrees(phrase, document, None, "2026-06") is not None
