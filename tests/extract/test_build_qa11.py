"""Builder leftovers of QA session 11: quarters and halves of a year, the night around
publication, "since the start of the year", and the end of a season as a deadline."""

from __future__ import annotations

import pytest

from timelineapp.extract.anchoring import reference_from, resolve, sentence_tense
from timelineapp.extract.temporal import detect
from timelineapp.model.dates import parse_date


def dates(
    text: str, language: str, published: str | None = "2025-03-12"
) -> list[tuple[str, str | None]]:
    reference = reference_from(published)
    found = []
    for mention in detect(text, language):
        found.append(
            (mention.text, resolve(mention, reference, sentence_tense(text, language)).value)
        )
    return found


@pytest.mark.parametrize(
    ("text", "language", "phrase", "value"),
    [
        # "the end of" a season is its last day, not a month 22 (IndexError before)
        (
            "The works will be finished by the end of the summer of 2025.",
            "en",
            "by the end of the summer of 2025",
            "[..2025-08-31]",
        ),
        (
            "Les travaux seront finis d’ici la fin de l’été 2025.",
            "fr",
            "d’ici la fin de l’été 2025",
            "[..2025-08-31]",
        ),
        # a winter ends in the next year's February
        (
            "The works will be finished by the end of the winter of 2025.",
            "en",
            "by the end of the winter of 2025",
            "[..2026-02-28]",
        ),
    ],
)
def test_the_end_of_a_season_is_its_last_day(
    text: str, language: str, phrase: str, value: str
) -> None:
    assert dates(text, language) == [(phrase, value)]
    assert parse_date(value)
