"""The builder's notes in words: what ``extract`` records as codes, said in one language.

A drafted event's note is written into the event file when the draft is built, so it is said
in the language of whoever builds it: the window's (File › New from Article…), or English on
the command line unless ``timelineapp build --lang fr`` (or ``--notes-lang``), which puts the
French translator in front as ``export --lang`` does. The builder records each statement as a
:class:`~timelineapp.extract.notes.Note` (code and arguments); here each code has its literal
``QCoreApplication.translate`` call in the ``DraftNotes`` context, so ``pyside6-lupdate`` sees
it, with ``{placeholders}`` named after the arguments (a test holds the two to each other).

Dates stay as the EDTF the file stores ("2024-06"), except the days a weekday was found to be,
said in words ("31 May 2024", "1er juin 2024"). Arguments hold the article's own words: the
result is for plain-text fields only.

Over 500 lines on purpose: one literal ``translate`` call per note code (``pyside6-lupdate``
reads only literals), as in ``import_report_words``; splitting the table by theme would put
the codes' words in several places for no reader's gain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from ..extract.notes import CODES, Note
from ..render.date_word_parts import day_number, month_name, words_locale

__all__ = [
    "DraftNoteWords",
    "suggested_date_message",
    "suggestion_reading",
    "worded_codes",
    "words_in",
]


class DraftNotePlurals(QObject):
    """The counted notes: ``pyside6-lupdate`` reads ``%n`` plurals from ``self.tr`` calls."""

    def shift(self, unit: str, amount: int) -> str | None:
        """ "2 weeks before the reference" for a relative date read with its anchor open
        ("il y a deux semaines"); None for a unit it does not know."""
        count = abs(amount)
        if unit == "unit_day":
            if amount == 0:
                return self.tr("the reference day")
            if amount < 0:
                return self.tr("%Ln day(s) before the reference", "", count)
            return self.tr("%Ln day(s) after the reference", "", count)
        if unit == "unit_week":
            if amount == 0:
                return self.tr("the reference week")
            if amount < 0:
                return self.tr("%Ln week(s) before the reference", "", count)
            return self.tr("%Ln week(s) after the reference", "", count)
        if unit == "unit_month":
            if amount == 0:
                return self.tr("the reference month")
            if amount < 0:
                return self.tr("%Ln month(s) before the reference", "", count)
            return self.tr("%Ln month(s) after the reference", "", count)
        if unit == "unit_year":
            if amount == 0:
                return self.tr("the reference year")
            if amount < 0:
                return self.tr("%Ln year(s) before the reference", "", count)
            return self.tr("%Ln year(s) after the reference", "", count)
        return None

    def days_before(self, count: int) -> str:
        return self.tr(
            "%Ln day(s) before publication, which is only known as {published}", "", count
        )

    def days_after(self, count: int) -> str:
        return self.tr(
            "%Ln day(s) after publication, which is only known as {published}", "", count
        )

    def description(self, count: int) -> str:
        return self.tr(
            "Draft built automatically by timelineapp build from %Ln article(s): review before "
            "use. Every event is unreviewed; its note says how it was found.",
            "",
            count,
        )


def _templates() -> dict[str, str]:
    """One literal call per code (``lupdate`` needs them literal), in the current language."""
    return {
        "date_from": QCoreApplication.translate(
            "DraftNotes", "date from « {text} » (read as {reading})"
        ),
        "date_from_value": QCoreApplication.translate(
            "DraftNotes", "date from « {text} » (read as {reading}) = {value}"
        ),
        "open_calendar": "{value}",
        "open_calendar_early": QCoreApplication.translate("DraftNotes", "{value} (early)"),
        "open_calendar_mid": QCoreApplication.translate("DraftNotes", "{value} (mid)"),
        "open_calendar_late": QCoreApplication.translate("DraftNotes", "{value} (late)"),
        "open_weekday_last": QCoreApplication.translate("DraftNotes", "the last {weekday}"),
        "open_weekday_next": QCoreApplication.translate("DraftNotes", "the next {weekday}"),
        "open_weekday_any": QCoreApplication.translate("DraftNotes", "a {weekday}"),
        # {shift}: "2 weeks before the reference", worded by DraftNotePlurals.shift
        "open_shift": "{shift}",
        "open_shift_earlier": QCoreApplication.translate("DraftNotes", "{shift} (earlier)"),
        "open_shift_early": QCoreApplication.translate("DraftNotes", "{shift} (early)"),
        "open_shift_later": QCoreApplication.translate("DraftNotes", "{shift} (later)"),
        "open_night_last": QCoreApplication.translate(
            "DraftNotes", "the night before the reference"
        ),
        "open_night_next": QCoreApplication.translate(
            "DraftNotes", "the night after the reference"
        ),
        "open_night_any": QCoreApplication.translate("DraftNotes", "a night next to the reference"),
        "unit_day": QCoreApplication.translate("DraftNotes", "day"),
        "unit_week": QCoreApplication.translate("DraftNotes", "week"),
        "unit_month": QCoreApplication.translate("DraftNotes", "month"),
        "unit_year": QCoreApplication.translate("DraftNotes", "year"),
        "open_season": QCoreApplication.translate("DraftNotes", "{season} of {year}"),
        "season_spring": QCoreApplication.translate("DraftNotes", "spring"),
        "season_summer": QCoreApplication.translate("DraftNotes", "summer"),
        "season_autumn": QCoreApplication.translate("DraftNotes", "autumn"),
        "season_winter": QCoreApplication.translate("DraftNotes", "winter"),
        "open_quarter": QCoreApplication.translate("DraftNotes", "quarter {number} of {year}"),
        "open_half": QCoreApplication.translate("DraftNotes", "half {number} of {year}"),
        "open_years": "{value}",
        "open_range": "{first} / {last}",
        # A bound ("au plus tard") is said by its own note right after the date's (bound_*):
        # the reading is the date the words name, not "not_after(2024-09-15)".
        "open_not_after": "{reading}",
        "open_not_before": "{reading}",
        "open_since": "{reading}",
        "open_until": "{reading}",
        "year_before_publication": QCoreApplication.translate(
            "DraftNotes", "no year written: {year}, the one before publication ({published})"
        ),
        "year_after_publication": QCoreApplication.translate(
            "DraftNotes", "no year written: {year}, the one after publication ({published})"
        ),
        "year_nearest_publication": QCoreApplication.translate(
            "DraftNotes", "no year written: {year}, the one nearest to publication ({published})"
        ),
        "year_depends_on_day": QCoreApplication.translate(
            "DraftNotes",
            "no year written: {late} or {early} depending on the publication day "
            "({published} is not precise enough); {late} chosen, marked '?'",
        ),
        "no_year_no_publication": QCoreApplication.translate(
            "DraftNotes", "no year written and no publication date to take it from: left undated"
        ),
        "no_year_no_publication_range": QCoreApplication.translate(
            "DraftNotes", "no year written and no publication date: left undated"
        ),
        "year_uncertain": QCoreApplication.translate("DraftNotes", "the year is uncertain"),
        "part_early": QCoreApplication.translate(
            "DraftNotes", "'early' part of the period: the whole period is kept, not padded"
        ),
        "part_mid": QCoreApplication.translate(
            "DraftNotes", "'mid' part of the period: the whole period is kept, not padded"
        ),
        "part_late": QCoreApplication.translate(
            "DraftNotes", "'late' part of the period: the whole period is kept, not padded"
        ),
        "day_not_in_month": QCoreApplication.translate(
            "DraftNotes", "day {day} does not exist in that month: left undated"
        ),
        "weekday_needs_publication": QCoreApplication.translate(
            "DraftNotes", "« {name} » needs the publication date, which is unknown: left undated"
        ),
        "weekday_mismatch": QCoreApplication.translate(
            "DraftNotes",
            "the article says « {written} », but {day} falls on a {weekday}: the date is "
            "marked '?'",
        ),
        "weekday_before": QCoreApplication.translate(
            "DraftNotes", "the {weekday} on or before publication: {day}"
        ),
        "weekday_after": QCoreApplication.translate(
            "DraftNotes", "the {weekday} after publication: {day}"
        ),
        "weekday_before_tense": QCoreApplication.translate(
            "DraftNotes", "the {weekday} on or before publication (from the tense): {day}"
        ),
        "weekday_after_tense": QCoreApplication.translate(
            "DraftNotes", "the {weekday} after publication (from the tense): {day}"
        ),
        "weekday_before_between": QCoreApplication.translate(
            "DraftNotes",
            "the {weekday} on or before publication, between {first} and {last} because "
            "the publication date is only {published}",
        ),
        "weekday_after_between": QCoreApplication.translate(
            "DraftNotes",
            "the {weekday} after publication, between {first} and {last} because the "
            "publication date is only {published}",
        ),
        "weekday_before_between_tense": QCoreApplication.translate(
            "DraftNotes",
            "the {weekday} on or before publication (from the tense), between {first} and "
            "{last} because the publication date is only {published}",
        ),
        "weekday_after_between_tense": QCoreApplication.translate(
            "DraftNotes",
            "the {weekday} after publication (from the tense), between {first} and {last} "
            "because the publication date is only {published}",
        ),
        "weekday_same_day_tense": QCoreApplication.translate(
            "DraftNotes",
            "the {weekday} of publication, {first}, or the next one, {last}: the tense says "
            "it is to come, which both are",
        ),
        "relative_needs_publication": QCoreApplication.translate(
            "DraftNotes", "relative to the publication date, which is unknown: left undated"
        ),
        "relative_to_event": QCoreApplication.translate(
            "DraftNotes",
            "the reference is another event of the story, not the publication, and the builder cannot tell which: left undated; give the date",  # noqa: E501 (one literal for lupdate)
        ),
        "night_before_publication": QCoreApplication.translate(
            "DraftNotes",
            "the night before publication, which spans two days: a day from {first} to {last}",
        ),
        "night_after_publication": QCoreApplication.translate(
            "DraftNotes",
            "the night after publication (from the tense), which spans two days: a day from "
            "{first} to {last}",
        ),
        "week_relative": QCoreApplication.translate(
            "DraftNotes", "a week (Monday to Sunday) relative to publication: one day in it"
        ),
        "month_depends_on_day": QCoreApplication.translate(
            "DraftNotes", "the month depends on the publication day ({published})"
        ),
        "years_approximate": QCoreApplication.translate(
            "DraftNotes", "a count of years before/after publication: approximate ('~')"
        ),
        "earlier_week": QCoreApplication.translate(
            "DraftNotes", "earlier in the week of publication, before publication"
        ),
        "earlier_month": QCoreApplication.translate(
            "DraftNotes", "earlier in the month of publication, before publication"
        ),
        "earlier_year": QCoreApplication.translate(
            "DraftNotes", "earlier in the year of publication, before publication"
        ),
        "later_week": QCoreApplication.translate(
            "DraftNotes", "later in the week of publication, after publication"
        ),
        "later_month": QCoreApplication.translate(
            "DraftNotes", "later in the month of publication, after publication"
        ),
        "later_year": QCoreApplication.translate(
            "DraftNotes", "later in the year of publication, after publication"
        ),
        "season_needs_publication": QCoreApplication.translate(
            "DraftNotes", "« {name} » without a year and no publication date: left undated"
        ),
        "season_months": QCoreApplication.translate(
            "DraftNotes", "« {name} » read as the months {first} to {last}"
        ),
        "decade_years": QCoreApplication.translate(
            "DraftNotes", "one year of the decade, {first} to {last}"
        ),
        "century_years": QCoreApplication.translate(
            "DraftNotes", "one year of the century, {first} to {last}"
        ),
        "other_order": QCoreApplication.translate(
            "DraftNotes", "« {text} » read as day/month; the other order is possible too"
        ),
        "other_order_en": QCoreApplication.translate(
            "DraftNotes", "« {text} » read as month/day; the other order is possible too"
        ),
        "invalid_value": QCoreApplication.translate(
            "DraftNotes", "computed value {value} is not a valid date ({error}): left undated"
        ),
        "bound_last_day": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: on or before the last day of the period"
        ),
        "bound_not_after": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: on or before this date"
        ),
        "bound_not_before": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: on or after this date"
        ),
        "bound_since": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: from this date on, end open"
        ),
        "since_start_of_year": QCoreApplication.translate(
            "DraftNotes", "since the start of the year: from its first month, {value}"
        ),
        "since_start_of_month": QCoreApplication.translate(
            "DraftNotes", "since the start of the month: from its first day, {value}"
        ),
        "bound_until": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: until this date, start open"
        ),
        "approximate": QCoreApplication.translate(
            "DraftNotes", "« {cue} »: an approximate date, marked '~'"
        ),
        "participle": QCoreApplication.translate(
            "DraftNotes",
            "« {date} » follows « {participle} »: it dates « {phrase} », not the rest of its "
            "sentence",
        ),
        "publication_unknown": QCoreApplication.translate(
            "DraftNotes", "the publication date is unknown, so relative dates stay unresolved"
        ),
        "status_deadline": QCoreApplication.translate(
            "DraftNotes", "status deadline: « {cue} » sets a limit"
        ),
        "status_occurred_before": QCoreApplication.translate(
            "DraftNotes", "status occurred: the date is before publication"
        ),
        "status_planned_future": QCoreApplication.translate(
            "DraftNotes", "status planned: the sentence speaks of the future"
        ),
        "status_occurred_default": QCoreApplication.translate(
            "DraftNotes", "status occurred: default"
        ),
        "status_planned_after": QCoreApplication.translate(
            "DraftNotes", "status planned: the date is after publication"
        ),
        "status_occurred_tense": QCoreApplication.translate(
            "DraftNotes", "status occurred: past or present tense"
        ),
        "undated_statement": QCoreApplication.translate(
            "DraftNotes",
            "undated statement: a quotation whose sentence gives no date; left without a "
            "date rather than given one",
        ),
        "same_day_joined": QCoreApplication.translate(
            "DraftNotes",
            "also dated by « {phrase} » later in the article (same day, shared words: "
            "{shared}): joined as one event, check",
        ),
        "same_day_not_joined": QCoreApplication.translate(
            "DraftNotes",
            "« {phrase} » is also the day of « {other} », earlier in the article; not joined: "
            "they share no words but dates and names; join them if they are one event",
        ),
        "found_plain": QCoreApplication.translate(
            "DraftNotes",
            "Found by timelineapp build (rules, {language}) in article {number} (plain "
            "text; {published})",
        ),
        "found_html": QCoreApplication.translate(
            "DraftNotes",
            "Found by timelineapp build (rules, {language}) in article {number} (HTML page "
            "reduced to its text; {published})",
        ),
        "published_option": QCoreApplication.translate(
            "DraftNotes", "publication date {date} (from the option)"
        ),
        "published_option_not_own": QCoreApplication.translate(
            "DraftNotes",
            "publication date {date} (from the option; the article itself says {own}, and its "
            "relative dates were read from {date})",
        ),
        "published_metadata": QCoreApplication.translate(
            "DraftNotes", "publication date {date} (from the metadata)"
        ),
        "published_header": QCoreApplication.translate(
            "DraftNotes", "publication date {date} (from the header line)"
        ),
        "published_known": QCoreApplication.translate("DraftNotes", "publication date {date}"),
        "published_unknown": QCoreApplication.translate("DraftNotes", "publication date unknown"),
        "merge_proposal": QCoreApplication.translate(
            "DraftNotes",
            "Merge proposal: the same date ({date}) and shared actors or words ({shared}) in "
            "documents {documents}; review: split it if these are different events",
        ),
        "merge_proposal_actors": QCoreApplication.translate(
            "DraftNotes",
            "Merge proposal: the same date ({date}) and shared actors or words (actors) in "
            "documents {documents}; review: split it if these are different events",
        ),
    }


def _day_words(iso: str) -> str:
    """ "2024-05-31" -> "31 May 2024" / "31 mai 2024" (a day the builder computed)."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day_number(day)} {month_name(month)} {year}"


_YEARLESS = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")


def _yearless_words(value: str) -> str:
    """ "XXXX-09-15" -> "15 September" / "15 septembre", "XXXX-04" -> "April" / "avril": what
    the words said before a year was chosen (EDTF's XXXX means nothing to most readers); any
    other value stays as it is."""
    match = _YEARLESS.fullmatch(value)
    if match is None or not 1 <= int(match.group(1)) <= 12:
        return value
    month = month_name(int(match.group(1)))
    if match.group(2) is None:
        return month
    return f"{day_number(int(match.group(2)))} {month}"


def _weekday_words(index: str) -> str:
    """ "4" (0 is Monday) -> "Friday" / "vendredi"."""
    return words_locale().standaloneDayName(int(index) + 1, QLocale.FormatType.LongFormat)


# Arguments that are worded, not copied: which ones, for which codes.
_WORDED: dict[str, Callable[[str], str]] = {"weekday": _weekday_words}
_DAY_ARGUMENTS = frozenset({"day", "first", "last"})
_DAY_CODES = frozenset(
    code for code in CODES if code.startswith("weekday_") and "needs" not in code
)


class DraftNoteWords:
    """:class:`~timelineapp.extract.notes.DraftWords` in the language installed when it is
    made (the window's, or the one ``render.export_text.export_language`` puts in front)."""

    def __init__(self) -> None:
        self._templates = _templates()
        self._plurals = DraftNotePlurals()
        self._separator = QCoreApplication.translate("DraftNotes", "; ", "between two notes")
        self._end = QCoreApplication.translate("DraftNotes", ".", "after the last note")

    def note(self, item: Note) -> str:
        """One statement in words; a code without words keeps its code (never hidden)."""
        arguments = {name: self._argument(item.code, name, value) for name, value in item.arguments}
        if item.code.startswith("open_shift"):
            arguments["shift"] = self._shift(item)
        if item.code == "days_before_publication":
            template = self._plurals.days_before(item.count)
        elif item.code == "days_after_publication":
            template = self._plurals.days_after(item.count)
        else:
            template = self._templates.get(item.code, item.code)
        return template.format_map(_Missing(arguments))

    def _shift(self, item: Note) -> str:
        """ "amount=-2, unit=unit_week" in words; as its parts when they are not those."""
        given = dict(item.arguments)
        amount, unit = given.get("amount"), given.get("unit")
        if isinstance(amount, str) and isinstance(unit, Note):
            try:
                worded = self._plurals.shift(unit.code, int(amount))
            except ValueError:
                worded = None
            if worded is not None:
                return worded
            return f"{amount} {self.note(unit)}"
        return f"{amount or ''} {unit or ''}".strip()

    def _argument(self, code: str, name: str, value: str | Note) -> str:
        if isinstance(value, Note):
            return self.note(value)
        if name in _WORDED:
            return _WORDED[name](value)
        if code in _DAY_CODES and name in _DAY_ARGUMENTS:
            return _day_words(value)
        if code.startswith("open_calendar") and name == "value":
            return _yearless_words(value)
        return value

    def event_note(self, notes: Sequence[Note]) -> str:
        return self._separator.join(_without_full_stop(self.note(n)) for n in notes) + self._end

    def description(self, articles: int) -> str:
        return self._plurals.description(articles)

    def untitled(self) -> str:
        return QCoreApplication.translate("DraftNotes", "Draft")

    def speaker(self) -> str:
        return QCoreApplication.translate("DraftNotes", "speaker", "an actor's role in an event")


def _without_full_stop(text: str) -> str:
    """A statement without its own full stop (the note ends once, after the last), but with
    the '..' of an open end ("= 2024-06-03/..", which lost both dots)."""
    text = text.rstrip(" ")
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip(" ")
    return text


class _Missing(dict[str, str]):
    """Leaves a placeholder the arguments do not fill as it is ("{day}"), never raises."""

    def __init__(self, arguments: Mapping[str, str]) -> None:
        super().__init__(arguments)

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def suggestion_reading(notes: Sequence[Note]) -> str:
    """How the words of a suggested date were read (the New Event dialog shows it under the
    date, in the window's language): the tagger's notes, as a drafted event's note says them."""
    if not notes:
        return ""
    text = QCoreApplication.translate("DraftNotes", "How they were read: {reading}")
    return text.replace("{reading}", DraftNoteWords().event_note(notes), 1)


def suggested_date_message(edtf: str) -> str:
    """The status message when words set as an undated event's date phrase suggest a date:
    the date in words, as the panes say dates ("on 19 May 2024"; its EDTF if unreadable)."""
    from ..model.dates import DateError, parse_date
    from ..render.date_words import describe_date

    try:
        words = describe_date(parse_date(edtf))
    except DateError:
        words = edtf
    text = QCoreApplication.translate(
        "DateSuggestion", "These words suggest a date, %1: set it in the event editor"
    )
    return text.replace("%1", words, 1)


def worded_codes() -> frozenset[str]:
    """The codes that have words here (a test checks every code of ``extract.notes``)."""
    return frozenset(_templates()) | {"days_before_publication", "days_after_publication"}


@contextmanager
def words_in(language: str) -> Iterator[DraftNoteWords]:
    """The words of ``language`` ("en", "fr") meanwhile, for the command line's build (an
    application is made if there is none: translators need one)."""
    from ..render.export_text import export_language

    _app = QCoreApplication.instance() or QCoreApplication([])
    with export_language(language):
        yield DraftNoteWords()
