"""What the builder says about a drafted event, as codes and arguments: no words, no Qt.

A drafted event's note says how it was found: which words gave its date and how they were
read, why its status, what was joined or proposed for merging. The note is text stored in the
event file, in the language of whoever builds the draft (the window's, or ``build --lang``),
but this layer has no Qt, so it only records a :class:`Note` per statement: a code and its
arguments, as the model's issues do. A :class:`DraftWords` given to the builder turns them into
sentences (``timelineapp.ui.draft_note_words``, one literal ``QCoreApplication.translate`` per
code); :data:`CODES` lists every code so that a test holds the words to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["CODES", "CodeWords", "DraftWords", "Note", "note"]

CODES: frozenset[str] = frozenset(
    {
        # -- how a date expression was read (the head of a date note) ------------------------
        "date_from",  # text, reading
        "date_from_value",  # text, reading, value
        "open_calendar",  # value: "XXXX-06-19"
        "open_calendar_early",
        "open_calendar_mid",
        "open_calendar_late",
        "open_weekday_last",  # weekday: 0 Monday .. 6 Sunday
        "open_weekday_next",
        "open_weekday_any",
        "open_shift",  # amount: "+1", "-2"; unit: a unit_* note
        "open_shift_earlier",
        "open_shift_early",  # "the start of the year": the unit's early part
        "open_shift_later",
        "open_night_last",  # "overnight" read with the night before the reference
        "open_night_next",
        "open_night_any",
        "unit_day",
        "unit_week",
        "unit_month",
        "unit_year",
        "open_season",  # season: a season_* note; year: "2024" or "XXXX"
        "season_spring",
        "season_summer",
        "season_autumn",
        "season_winter",
        "open_quarter",  # number: 1-4; year: "2024" or "XXXX"
        "open_half",  # number: 1-2; year
        "open_years",  # value: "199X", "[1801..1900]"
        "open_range",  # first, last: two readings
        "open_not_after",  # reading
        "open_not_before",
        "open_since",
        "open_until",
        # -- choosing a year for a date written without one ----------------------------------
        "year_before_publication",  # year, published
        "year_after_publication",
        "year_nearest_publication",
        "year_depends_on_day",  # late, early, published
        "no_year_no_publication",
        "no_year_no_publication_range",
        "year_uncertain",
        "part_early",
        "part_mid",
        "part_late",
        "day_not_in_month",  # day
        # -- weekdays, relative dates, seasons, decades ---------------------------------------
        "weekday_needs_publication",  # name: the article's word
        "weekday_before",  # weekday, day
        "weekday_after",
        "weekday_before_tense",
        "weekday_after_tense",
        "weekday_before_between",  # weekday, first, last, published
        "weekday_after_between",
        "weekday_before_between_tense",
        "weekday_after_between_tense",
        "weekday_same_day_tense",  # weekday, first, last: publication day or a week later
        "weekday_mismatch",  # written: the article's weekday; day: the date; weekday: its own
        "relative_needs_publication",
        "relative_to_event",
        "days_before_publication",  # count; published
        "days_after_publication",
        "night_before_publication",  # first, last: the two days (or more) it may be
        "night_after_publication",
        "week_relative",
        "month_depends_on_day",  # published
        "years_approximate",
        "earlier_week",
        "earlier_month",
        "earlier_year",
        "later_week",
        "later_month",
        "later_year",
        "season_needs_publication",  # name: the article's word
        "season_months",  # name, first, last
        "decade_years",  # first, last
        "century_years",
        "other_order",  # text; the day/month order of "05/06/2024"
        "other_order_en",  # text; the month/day order
        "invalid_value",  # value, error
        # -- bounds ("au plus tard", "depuis") ------------------------------------------------
        "bound_last_day",  # cue
        "bound_not_after",
        "bound_not_before",
        "bound_since",
        "since_start_of_year",  # value: "2025-01", the year's first month (QA #152)
        "since_start_of_month",  # value: "2025-03-01", the month's first day
        "bound_until",
        "approximate",  # cue: "around", "vers"
        # -- the event around the date ---------------------------------------------------------
        "participle",  # date, participle, phrase
        "publication_unknown",
        "status_deadline",  # cue
        "status_occurred_before",
        "status_planned_future",
        "status_occurred_default",
        "status_planned_after",
        "status_occurred_tense",
        "undated_statement",
        "same_day_joined",  # phrase, shared
        "same_day_not_joined",  # phrase, other: the title of the event of that day
        # -- the builder and the whole draft ----------------------------------------------------
        "found_plain",  # language, number, published: a published_* note
        "found_html",
        "published_option",  # date
        "published_option_not_own",  # date, own: the article's own, which it overrode
        "published_metadata",
        "published_header",
        "published_known",
        "published_unknown",
        "merge_proposal",  # date, shared, documents
        "merge_proposal_actors",  # date, documents
    }
)
"""Every code a :class:`Note` may have."""


@dataclass(frozen=True, slots=True)
class Note:
    """One statement about a drafted event: a code of :data:`CODES` and its arguments.

    An argument is text (a date as written in EDTF, the article's own words, a number) or
    another note worded in its place ("read as the last Friday": ``weekday`` ...). ``count``
    chooses the plural form of notes that count something.
    """

    code: str
    arguments: tuple[tuple[str, str | Note], ...] = ()
    count: int = -1

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"no note code {self.code!r}")


def note(code: str, count: int = -1, **arguments: str | int | Note) -> Note:
    """``note("day_not_in_month", day=31)``: numbers become their digits."""
    return Note(
        code,
        tuple((k, v if isinstance(v, Note) else str(v)) for k, v in arguments.items()),
        count,
    )


class DraftWords(Protocol):
    """Words for what the builder writes into a draft, in one language."""

    def event_note(self, notes: Sequence[Note]) -> str:
        """The note of one event: its statements in one paragraph."""
        ...

    def description(self, articles: int) -> str:
        """The draft's description: built automatically from ``articles`` articles."""
        ...

    def untitled(self) -> str:
        """The draft's title when the first article has none."""
        ...

    def speaker(self) -> str:
        """The role of the actor quoted in an event ("speaker", "locuteur")."""
        ...


class CodeWords:
    """Notes written as their codes, for callers that never show them (scores, benchmarks of
    the rules); a draft meant for a person is worded by ``ui.draft_note_words``."""

    def event_note(self, notes: Sequence[Note]) -> str:
        return "; ".join(_code_text(n) for n in notes)

    def description(self, articles: int) -> str:
        return f"draft({articles})"

    def untitled(self) -> str:
        return "draft"

    def speaker(self) -> str:
        return "speaker"


def _code_text(item: Note) -> str:
    inner = ", ".join(
        f"{k}={_code_text(v) if isinstance(v, Note) else v}" for k, v in item.arguments
    )
    return f"{item.code}({inner})"
