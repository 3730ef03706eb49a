"""A relative date read with its anchor open ("il y a deux semaines", "hier") is said in words
in the notes: "2 weeks before the reference", not "reference -2 week"."""

from __future__ import annotations

import pytest

from timelineapp.extract.notes import note
from timelineapp.ui.draft_note_words import DraftNoteWords, words_in


@pytest.mark.parametrize(
    ("amount", "unit", "code", "said"),
    [
        ("-1", "day", "open_shift", "1 day before the reference"),
        ("-2", "week", "open_shift", "2 weeks before the reference"),
        ("+3", "month", "open_shift", "3 months after the reference"),
        ("+1", "year", "open_shift", "1 year after the reference"),
        ("+0", "week", "open_shift_earlier", "the reference week (earlier)"),
        ("+0", "month", "open_shift_later", "the reference month (later)"),
    ],
)
def test_a_shift_is_said_in_words(amount: str, unit: str, code: str, said: str) -> None:
    with words_in("en") as english:
        assert english.note(note(code, amount=amount, unit=note(f"unit_{unit}"))) == said


def test_a_shift_inside_a_date_note() -> None:
    with words_in("en") as english:
        reading = note("open_shift", amount="-1", unit=note("unit_day"))
        text = english.note(note("date_from", text="hier", reading=reading))
    assert text == "date from « hier » (read as 1 day before the reference)"


def test_an_odd_shift_keeps_its_parts() -> None:
    with words_in("en") as english:
        assert isinstance(english, DraftNoteWords)
        odd = note("open_shift", amount="many", unit=note("unit_week"))
        assert english.note(odd) == "many week"


def test_french_shifts_are_french() -> None:
    with words_in("fr") as french:
        said = french.note(note("open_shift", amount="-2", unit=note("unit_week")))
    if "reference" in said:  # not translated yet
        pytest.skip("the French .qm is regenerated at merge time")
    assert said == "2 semaines avant la référence"


@pytest.mark.parametrize(
    ("value", "said"),
    [("XXXX-09-15", "15 September"), ("XXXX-04", "April"), ("2024-05-19", "2024-05-19")],
)
def test_a_date_without_its_year_is_said_in_words(value: str, said: str) -> None:
    """EDTF's "XXXX" (the year the words did not write) is shown as the words said it."""
    with words_in("en") as english:
        reading = note("open_calendar", value=value)
        assert english.note(note("date_from", text="x", reading=reading)) == (
            f"date from « x » (read as {said})"
        )


def test_a_french_date_without_its_year_is_french() -> None:
    with words_in("fr") as french:
        said = french.note(note("open_calendar_early", value="XXXX-09-01"))
    assert said.startswith("1er septembre")


def test_a_bound_reads_as_its_date_and_its_own_note_says_the_bound() -> None:
    """QA #31: "read as not_after(2024-09-15)" was a function name in a sentence."""
    from timelineapp.extract.anchoring import PAST, reference_from, resolve
    from timelineapp.extract.temporal import detect

    text = "L'opération devra s'achever au plus tard, le 15 septembre 2024."
    (mention,) = detect(text, "fr")
    resolved = resolve(mention, reference_from("2024-06"), PAST)
    assert resolved.value == "[..2024-09-15]"
    with words_in("en") as english:
        said = english.event_note(resolved.notes)
    assert "(read as 2024-09-15) = [..2024-09-15]" in said
    assert "« au plus tard »: on or before this date" in said
    assert "not_after" not in said
