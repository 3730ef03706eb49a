""" "Since the start of the year" (or month) begins at the unit's first month (or day), and its
notes say that start, never the "early part" of the unit kept whole; wherever the start
cannot be said (the month depends on the publication day, an approximation, no "since"),
the early part is said as before (QA #152)."""

from __future__ import annotations

import pytest

from timelineapp.extract.anchoring import reference_from, resolve, sentence_tense
from timelineapp.extract.temporal import detect

NOTED = {"part_early", "since_start_of_year", "since_start_of_month", "month_depends_on_day"}


def _read(text: str, language: str, published: str) -> tuple[str | None, list[str]]:
    [mention] = detect(text, language)
    resolved = resolve(mention, reference_from(published), sentence_tense(text, language))
    return resolved.value, [n.code for n in resolved.notes if n.code in NOTED]


@pytest.mark.parametrize(
    ("text", "language", "published", "value", "codes"),
    [
        (
            "Since the start of the year, prices rose.",
            "en",
            "2025-03-12",
            "2025-01/..",
            ["since_start_of_year"],
        ),
        (  # the year named after "the year": that one, not publication's (perf7's find)
            "Since the start of the year 2024, prices rose.",
            "en",
            "2025-03-12",
            "2024-01/..",
            ["since_start_of_year"],
        ),
        (
            "Since the start of the month, prices rose.",
            "en",
            "2025-03",
            "2025-03-01/..",
            ["since_start_of_month"],
        ),
        (
            "Depuis le début de l’année 2024, les prix montent.",
            "fr",
            "2025",
            "2024-01/..",
            ["since_start_of_year"],
        ),
        (
            "Depuis le début du mois prochain, les prix montent.",
            "fr",
            "2025-03-12",
            "2025-04-01/..",
            ["since_start_of_month"],
        ),
        # the month depends on the publication day: the early part said, the span as read
        (
            "Since the start of the month, prices rose.",
            "en",
            "2025",
            "2025-01/..",
            ["part_early", "month_depends_on_day"],
        ),
        (
            "Since around the start of the year, prices rose.",
            "en",
            "2025-03-12",
            "2025~",
            ["part_early"],
        ),
        ("At the start of the year, prices rose.", "en", "2025-03-12", "2025", ["part_early"]),
        ("Depuis début 2024, les prix montent.", "fr", "2025-03-12", "2024/..", ["part_early"]),
    ],
)
def test_the_start_or_the_early_part_is_said(
    text: str, language: str, published: str, value: str, codes: list[str]
) -> None:
    assert _read(text, language, published) == (value, codes)
