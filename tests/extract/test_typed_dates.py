"""A typed date (the filter's From/To) is read by the builder's and the importer's readers."""

from __future__ import annotations

import pytest

from timelineapp.extract.typed_dates import TypedDate, typed_date
from timelineapp.model.dates import DateError


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        ("mai 2024", "2024-05"),
        ("Mai 2024", "2024-05"),
        ("15 mars 2024", "2024-03-15"),
        ("1er mai 2024", "2024-05-01"),
        ("sept. 2024", "2024-09"),
        ("March 2024", "2024-03"),
        ("May 16, 2024", "2024-05-16"),
        ("16 May 2024", "2024-05-16"),
        ("16-May-2024", "2024-05-16"),  # a spreadsheet's form: the importer's reader
        ("2024/06/07", "2024-06-07"),
        ("  mai 2024 ", "2024-05"),
    ],
)
def test_words_are_read_as_the_builder_and_import_read_them(text: str, edtf: str) -> None:
    assert typed_date(text) == TypedDate(edtf, from_words=True)


@pytest.mark.parametrize("text", ["2012", "2024-06", "2024-06-07", "[2024-05..2024-07]", "2024?"])
def test_edtf_is_taken_as_typed(text: str) -> None:
    assert typed_date(text) == TypedDate(text, from_words=False)


@pytest.mark.parametrize(
    "text",
    [
        "mai",  # no year: which May?
        "vendredi",  # needs a publication date
        "hier",
        "06/07/2024",  # June 7 or July 6
        "mai 2024 et juin 2025",  # two dates
        "avant mai 2024 xyz",
        "bonjour",
    ],
)
def test_what_no_reader_takes_whole_is_refused_with_the_edtf_reason(text: str) -> None:
    with pytest.raises(DateError) as refused:
        typed_date(text)
    assert "expected" in str(refused.value)


def test_the_windows_language_is_tried_first() -> None:
    assert typed_date("mai 2024", ("fr", "en")).edtf == "2024-05"
    assert typed_date("March 2024", ("fr", "en")).edtf == "2024-03"


@pytest.mark.parametrize(
    ("text", "code", "position", "found", "message_end"),
    [
        (
            "30 février 2024",
            "date_day_for_month",
            0,
            "30",
            "expected a day between 1 and 29 for February 2024, found 30",
        ),
        (
            "February 30, 2024",
            "date_day_for_month",
            9,
            "30",
            "expected a day between 1 and 29 for February 2024, found 30",
        ),
        (
            "Monday 29 October 2024",
            "date_weekday",
            0,
            "Monday",
            "expected Tuesday, the weekday of 29 October 2024, found Monday",
        ),
        (
            "le lundi 19 mai 2024",
            "date_weekday",
            3,
            "lundi",
            "expected Sunday, the weekday of 19 May 2024, found lundi",
        ),
    ],
)
def test_a_wrong_day_or_weekday_in_words_is_the_reason_given(
    text: str, code: str, position: int, found: str, message_end: str
) -> None:
    """QA #142: not EDTF's "expected a 4-digit year, found '30'" for « 30 février 2024 »."""
    with pytest.raises(DateError) as caught:
        typed_date(text, ("fr", "en"))
    error = caught.value
    assert (error.code, error.position, error.found) == (code, position, found)
    assert str(error) == f"invalid date {text!r}: {message_end}"
