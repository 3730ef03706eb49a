"""Selections become quotes of whole words (QA #68: "Pas moins de 2" from "269")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timelineapp.model.word_bounds import whole_words

TEXT = "Pas moins de 269 soldats ont déjà quitté le territoire nigérien."


def _span(words: str) -> tuple[int, int]:
    at = TEXT.index(words)
    return at, at + len(words)


def test_an_end_inside_a_number_takes_the_whole_number() -> None:
    start, end = whole_words(TEXT, *_span("Pas moins de 2"))
    assert TEXT[start:end] == "Pas moins de 269"


def test_a_start_inside_a_word_takes_the_whole_word() -> None:
    start, end = whole_words(TEXT, *_span("éjà quitté"))
    assert TEXT[start:end] == "déjà quitté"


def test_whole_words_and_punctuation_are_kept_as_selected() -> None:
    for words in ("269 soldats", " soldats ont ", "nigérien.", "de 269"):
        assert whole_words(TEXT, *_span(words)) == _span(words)


@given(st.text(min_size=1), st.data())
def test_the_widened_span_holds_the_selection_and_cuts_no_word(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    wide_start, wide_end = whole_words(text, start, end)
    assert wide_start <= start < end <= wide_end
    assert whole_words(text, wide_start, wide_end) == (wide_start, wide_end)  # already whole


def test_a_start_on_a_hyphen_inside_a_date_takes_the_whole_date() -> None:
    # QA #109j: the keyboard's word steps stop at "-": a quote began "-06 Le retrait".
    text = "date 2024-06 Le retrait des troupes américaines a commencé."
    at = text.index("-06")
    start, end = whole_words(text, at, text.index(" des"))
    assert text[start:end] == "2024-06 Le retrait"
    at = text.index("06 Le")
    assert text[slice(*whole_words(text, at, at + 5))] == "2024-06 Le"
