"""The date suggested for selected words (the builder's tagger, no Qt needed)."""

from __future__ import annotations

import pytest

from timelineapp.ui.editing.date_suggestion import suggest_date

TEXT = (
    "Le retrait a commencé. Depuis la signature, le 19 mai 2024, 269 soldats sont partis. "
    "C'est l'annonce faite, vendredi, par les autorités. Aucune date ici."
)


@pytest.mark.parametrize(
    ("words", "edtf"),
    [
        ("269 soldats", "2024-05-19"),  # from the sentence
        ("le 19 mai 2024", "2024-05-19"),  # from the selection itself
    ],
)
def test_a_date_is_suggested_from_the_selection_or_its_sentence(words: str, edtf: str) -> None:
    start = TEXT.index(words)
    found = suggest_date(TEXT, start, start + len(words), "fr", "2024-06")
    assert found is not None
    assert found.edtf.endswith(edtf) or edtf in found.edtf
    assert "19 mai 2024" in TEXT[found.start : found.end]
    assert found.note


def test_a_relative_date_is_no_more_precise_than_its_reference() -> None:
    start = TEXT.index("l'annonce")
    found = suggest_date(TEXT, start, start + 9, "fr", "2024-06")
    assert found is not None
    assert found.edtf.startswith("[")  # one Friday within a span, not a made-up day
    assert TEXT[found.start : found.end].strip().endswith("vendredi")


def test_no_date_is_made_up() -> None:
    start = TEXT.index("Aucune")
    assert suggest_date(TEXT, start, start + 6, "fr", "2024-06") is None
    start = TEXT.index("Le retrait")
    assert suggest_date(TEXT, start, start + 10, "fr", None) is None
