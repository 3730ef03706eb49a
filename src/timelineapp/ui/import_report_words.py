"""A conversion report in the user's language: each report code worded by Qt's translations.

The report (:mod:`timelineapp.extract.importers.report`) holds codes and arguments, no Qt;
here each code has its literal ``QCoreApplication.translate`` call (so ``pyside6-lupdate``
sees it), with the same ``{placeholders}`` as its English words in
:data:`timelineapp.extract.importers.messages.ENGLISH` (a test holds the two to each other).
Arguments are the input's own text (keys, cells, dates) and are shown as they are.

Over 500 lines on purpose: one literal ``translate`` call per report code (``pyside6-lupdate``
sees only literals), so its length is the number of codes.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

from ..extract.importers.messages import (
    CSV_REASONS,
    ICS_EXPECTED,
    ICS_EXPECTED_OTHER,
    JSON_KINDS,
)
from ..extract.importers.report import ReportFormat
from .date_error_words import word_date_errors
from .quote_words import window_quotes
from .read_problem_words import json_detail

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..extract.importers.base import UnreadableInput
    from ..extract.importers.report import ConversionReport, Outcome, Tally, Where


class ImportReport(QObject):
    """The report's plural words: ``pyside6-lupdate`` reads ``%n`` plurals from ``self.tr``
    calls (not from ``QCoreApplication.translate``); the context is this class's name, the
    one the module's other words use."""

    def counted(self, what: str, count: int) -> str:
        """``3 events``, ``1 actor``… (``what`` as :meth:`ConversionReport.count_kept` names it)."""
        if what == "events":
            return self.tr("%Ln event(s)", "", count)
        if what == "actors":
            return self.tr("%Ln actor(s)", "", count)
        if what == "documents":
            return self.tr("%Ln document(s)", "", count)
        if what == "eras":
            return self.tr("%Ln era(s)", "", count)
        return f"{count} {what}"

    def read_as(self, count: int) -> str:
        return self.tr("{file}: read %Ln item(s) as {format}; kept {kept}", "", count)

    def left_out(self, count: int) -> str:
        return self.tr("left out %Ln item(s)", "", count)

    def times(self, count: int) -> str:
        return self.tr("{message} (%Ln time(s))", "", count)

    def not_listed(self, count: int) -> str:
        return self.tr("… and %Ln more problem(s) not listed", "", count)

    def wrote(self, output: str, count: int) -> str:
        """The command's last line: what was written (``import --lang``)."""
        return self.tr("wrote {output} (%Ln event(s))", "", count).format(output=output)


def templates() -> dict[str, str]:
    """Each report code's words in the current language (English when untranslated)."""
    return {
        "id_used": QCoreApplication.translate(
            "ImportReport",
            "{given} is already used; the event is {made} (the original id is kept in its note)",
        ),
        "id_invalid": QCoreApplication.translate(
            "ImportReport",
            "{given} is not a valid id; the event is {made} (the original id is kept in its note)",
        ),
        "date_part_dropped": QCoreApplication.translate(
            "ImportReport",
            "{given} read as {date}: an event file date cannot say the part of the period; the words are kept in the note",  # noqa: E501 (one literal for lupdate)
        ),
        "date_left_out": QCoreApplication.translate(
            "ImportReport",
            "date left out: {problem}",
        ),
        "undated": QCoreApplication.translate(
            "ImportReport",
            "date left out, the event is kept undated: {problem}",
        ),
        "no_title": QCoreApplication.translate(
            "ImportReport",
            "expected a title or a summary, found neither",
        ),
        "seconds_fraction": QCoreApplication.translate(
            "ImportReport",
            "fractions of a second: event file dates stop at seconds",
        ),
        "milliseconds": QCoreApplication.translate(
            "ImportReport",
            "milliseconds: event file dates stop at seconds",
        ),
        "csv_error": QCoreApplication.translate(
            "ImportReport",
            "expected CSV, found an error: {error}; the rows before were read, this row and the rest of the file were not",  # noqa: E501 (one literal for lupdate)
        ),
        "csv_quote_unclosed": QCoreApplication.translate(
            "ImportReport",
            "a quoted cell opens here and is never closed (it would run to the end of the file): read up to the end of this line, and the lines after it as rows; check this cell",  # noqa: E501 (one literal for lupdate)
        ),
        "csv_quote_closed_late": QCoreApplication.translate(
            "ImportReport",
            "a quoted cell opens here and is closed only on line {line}, by a quote followed by more text: read up to the end of this line, and the lines after it as rows; check this cell",  # noqa: E501 (one literal for lupdate)
        ),
        "csv_quote_joined": QCoreApplication.translate(
            "ImportReport",
            "a quoted cell opens here and closes only on line {line}: the lines after it up to that line, which look like rows, were read into this cell as written; if its quote is stray, remove it",  # noqa: E501 (one literal for lupdate)
        ),
        "csv_quote_joined_split": QCoreApplication.translate(
            "ImportReport",
            "a quoted cell opens here and closes only on line {line}, leaving this row short of columns: read up to the end of this line, and the lines after it as rows; check this cell",  # noqa: E501 (one literal for lupdate)
        ),
        "not_utf8": QCoreApplication.translate(
            "ImportReport",
            "not UTF-8 (byte 0x{byte} at offset {offset}): read as Windows-1252; check accented letters",  # noqa: E501 (one literal for lupdate)
        ),
        "no_columns": QCoreApplication.translate(
            "ImportReport",
            "expected columns for a date or a title, found none among {columns}; choose them (--map date=COLUMN --map title=COLUMN)",  # noqa: E501 (one literal for lupdate)
        ),
        "no_title_column": QCoreApplication.translate(
            "ImportReport",
            "expected a column for the title (or a summary), found none among {columns}; choose one (--map title=COLUMN)",  # noqa: E501 (one literal for lupdate)
        ),
        "no_title_column_more": QCoreApplication.translate(
            "ImportReport",
            "expected a column for the title (or a summary), found none among {columns} and {more} more; choose one (--map title=COLUMN)",  # noqa: E501 (one literal for lupdate)
        ),
        "no_columns_more": QCoreApplication.translate(
            "ImportReport",
            "expected columns for a date or a title, found none among {columns} and {more} more; choose them (--map date=COLUMN --map title=COLUMN)",  # noqa: E501 (one literal for lupdate)
        ),
        "cells_past_header": QCoreApplication.translate(
            "ImportReport",
            "cells past the last column: no header names them",
        ),
        "extra_dropped": QCoreApplication.translate(
            "ImportReport",
            "columns no field takes: dropped as asked",
        ),
        "quote_unverified": QCoreApplication.translate(
            "ImportReport",
            "quotes: a quote needs the document's text to be verified: kept in the event note",
        ),
        "url_not_http": QCoreApplication.translate(
            "ImportReport",
            "source addresses not http(s): kept in the event note",
        ),
        "title_from_summary": QCoreApplication.translate(
            "ImportReport",
            "titles made from the summary: no title cell",
        ),
        "acled_precision": QCoreApplication.translate(
            "ImportReport",
            "time_precision: expected 1, 2 or 3, found {found}; read as a day",
        ),
        "jsonl_error": QCoreApplication.translate(
            "ImportReport",
            "expected a JSON object, found {found}, which is not valid JSON ({error})",
        ),
        "jsonl_not_object": QCoreApplication.translate(
            "ImportReport",
            "expected a JSON object, found {found}",
        ),
        "csv_header_error": QCoreApplication.translate(
            "ImportReport",
            "expected a CSV header, found an error: {error}",
        ),
        "csv_no_header": QCoreApplication.translate(
            "ImportReport",
            "expected a header row naming the columns, found none",
        ),
        "unreadable_file": QCoreApplication.translate(
            "ImportReport",
            "cannot read the file: {error}",
        ),
        "not_utf8_text": QCoreApplication.translate(
            "ImportReport",
            "expected UTF-8 text, found byte 0x{byte} at offset {offset}",
        ),
        "json_error": QCoreApplication.translate(
            "ImportReport",
            "expected JSON, found an error: {error}",
        ),
        "tjs_event_file": QCoreApplication.translate(
            "ImportReport",
            "expected a TimelineJS timeline, found a timelineapp event file: open it (File > Open, or timelineapp FILE) instead of importing it",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs_no_events": QCoreApplication.translate(
            "ImportReport",
            "expected a TimelineJS timeline (an object with an 'events' list, or TimelineJS 2's 'timeline' object), found an object without 'events'",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs_not_timeline": QCoreApplication.translate(
            "ImportReport",
            "expected a TimelineJS timeline (an object with an 'events' list, or TimelineJS 2's 'timeline' object), found {found}",  # noqa: E501 (one literal for lupdate)
        ),
        "sheet_no_columns": QCoreApplication.translate(
            "ImportReport",
            "expected the TimelineJS sheet's columns (Year, Month, Day, …, Headline, Text), found {columns}",  # noqa: E501 (one literal for lupdate)
        ),
        "sheet_no_columns_more": QCoreApplication.translate(
            "ImportReport",
            "expected the TimelineJS sheet's columns (Year, Month, Day, …, Headline, Text), found {columns} and {more} more",  # noqa: E501 (one literal for lupdate)
        ),
        "ics_bad_value": QCoreApplication.translate(
            "ImportReport",
            "{key}: expected {expected}, found {found}; left out",
        ),
        "ics_bad_start": QCoreApplication.translate(
            "ImportReport",
            "DTSTART: expected {expected}, found {found}; the event is kept undated",
        ),
        "ics_not_calendar": QCoreApplication.translate(
            "ImportReport",
            "expected an iCalendar file (BEGIN:VCALENDAR first), found {found}",
        ),
        "ics_cut_short": QCoreApplication.translate(
            "ImportReport",
            "expected END:{component} before the end of the file: the calendar ends before this BEGIN:{component} is closed (cut short?)",  # noqa: E501 (one literal for lupdate)
        ),
        "ics_end_mismatch": QCoreApplication.translate(
            "ImportReport",
            "expected END:{expected}, found END:{found}",
        ),
        "ics_error": QCoreApplication.translate(
            "ImportReport",
            "expected an iCalendar file, found a line that cannot be read: {error}",
        ),
        "tjs_key_unknown": QCoreApplication.translate(
            "ImportReport",
            "{key}: not part of the TimelineJS format; not read",
        ),
        "tjs_slide_key_unknown": QCoreApplication.translate(
            "ImportReport",
            "{key}: not part of the TimelineJS slide format; not read",
        ),
        "tjs_not_object": QCoreApplication.translate(
            "ImportReport",
            "expected an object, found {found}",
        ),
        "tjs_text_string": QCoreApplication.translate(
            "ImportReport",
            "text given as a string: expected an object with headline and text; the string is read as the text",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs_no_headline": QCoreApplication.translate(
            "ImportReport",
            "expected a headline, a text or a date, found none",
        ),
        "tjs_title_from_date": QCoreApplication.translate(
            "ImportReport",
            "no headline or text: the event is titled by its date, {date}",
        ),
        "tjs_display_date_read": QCoreApplication.translate(
            "ImportReport",
            "display date {display} read as the date; the slide's own dates, {date}, are kept in the note",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs_headline_from_text": QCoreApplication.translate(
            "ImportReport",
            "headlines made from the text: a slide without a headline is titled by the start of its text",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs_media_not_object": QCoreApplication.translate(
            "ImportReport",
            "media: expected an object; left out",
        ),
        "tjs_background": QCoreApplication.translate(
            "ImportReport",
            "background: a slide's background (colour or image) is a display setting",
        ),
        "tjs_display_setting": QCoreApplication.translate(
            "ImportReport",
            "{key}: a display setting of TimelineJS",
        ),
        "tjs_no_date": QCoreApplication.translate(
            "ImportReport",
            "no date: kept undated",
        ),
        "tjs_end_without_start": QCoreApplication.translate(
            "ImportReport",
            "an end without a start: kept undated",
        ),
        "tjs_date_not_parts": QCoreApplication.translate(
            "ImportReport",
            "expected an object of date parts with a year, found {found}; kept undated",
        ),
        "tjs_date_no_year": QCoreApplication.translate(
            "ImportReport",
            "expected an object of date parts with a year, found no year; kept undated",
        ),
        "tjs_media_thumbnail": QCoreApplication.translate(
            "ImportReport",
            "media.thumbnail: a preview picture of the media; the media's address is kept",
        ),
        "tjs_media_alt": QCoreApplication.translate(
            "ImportReport",
            "media.alt: alternative text of the media picture",
        ),
        "tjs_media_not_http": QCoreApplication.translate(
            "ImportReport",
            "media not at an http(s) address: kept in the event note, as a source document needs an http(s) address",  # noqa: E501 (one literal for lupdate)
        ),
        "tjs2_not_list": QCoreApplication.translate(
            "ImportReport",
            "expected a list, found {found}",
        ),
        "tjs2_key_unknown": QCoreApplication.translate(
            "ImportReport",
            "{key}: not part of the TimelineJS 2 format; not read",
        ),
        "tjs2_title_date": QCoreApplication.translate(
            "ImportReport",
            "{key}: the timeline's own date is not an event",
        ),
        "tjs2_classname": QCoreApplication.translate(
            "ImportReport",
            "classname: a CSS class name of TimelineJS 2 (a display setting)",
        ),
        "tjs2_type": QCoreApplication.translate(
            "ImportReport",
            "type: a display setting of TimelineJS 2",
        ),
        "tjs2_date_not_parts": QCoreApplication.translate(
            "ImportReport",
            'expected a date as "year,month,day[,hour,minute,second]" (as in "2012,1,26"), found {found}; kept undated',  # noqa: E501 (one literal for lupdate)
        ),
        "sheet_column_unknown": QCoreApplication.translate(
            "ImportReport",
            "{key}: not a TimelineJS sheet column; not read",
        ),
        "sheet_type_unknown": QCoreApplication.translate(
            "ImportReport",
            "Type {key}: not a TimelineJS row type; read as an event",
        ),
        "sheet_tag_ignored": QCoreApplication.translate(
            "ImportReport",
            "Tag: the old sheet's Tag is read only when Group is empty",
        ),
        "sheet_time_left_out": QCoreApplication.translate(
            "ImportReport",
            "{key}: time left out: {error}",
        ),
        "ics_unreadable_event": QCoreApplication.translate(
            "ImportReport",
            "cannot read this event: {error}",
        ),
        "ics_line_unreadable": QCoreApplication.translate(
            "ImportReport", "expected a content line such as SUMMARY:text, found {found}: left out"
        ),
        "ics_not_event": QCoreApplication.translate(
            "ImportReport",
            "only VEVENTs are events",
        ),
        "ics_no_summary": QCoreApplication.translate(
            "ImportReport",
            "expected a SUMMARY or a DESCRIPTION, found neither",
        ),
        "ics_rrule": QCoreApplication.translate(
            "ImportReport",
            "repetitions (RRULE): kept once, at the first occurrence; the rule is in the event note",  # noqa: E501 (one literal for lupdate)
        ),
        "ics_property_unread": QCoreApplication.translate(
            "ImportReport",
            "{key}: not read, no event field holds it",
        ),
        "ics_tentative": QCoreApplication.translate(
            "ImportReport",
            "STATUS:TENTATIVE: kept as planned (not known to have happened)",
        ),
        "ics_cancelled": QCoreApplication.translate(
            "ImportReport",
            "STATUS:CANCELLED: kept as planned, tagged cancelled, with a note (an event file has no status for an event called off); delete it if it should not be shown",  # noqa: E501 (one literal for lupdate)
        ),
        "ics_status_unread": QCoreApplication.translate(
            "ImportReport",
            "{key}: not read, kept as occurred",
        ),
        "ics_no_dtstart": QCoreApplication.translate(
            "ImportReport",
            "no DTSTART: kept undated",
        ),
        "ics_end_before_start": QCoreApplication.translate(
            "ImportReport",
            "DTEND {end} is before DTSTART {start}: the end is left out",
        ),
        "ics_floating": QCoreApplication.translate(
            "ImportReport",
            "floating times: a time without a time zone is written without one, which event files read as UTC",  # noqa: E501 (one literal for lupdate)
        ),
        "export_undated_tjs": QCoreApplication.translate(
            "ImportReport",
            "TimelineJS needs a date: an undated event is left out",
        ),
        "export_undated_ics": QCoreApplication.translate(
            "ImportReport",
            "a calendar event needs a date: an undated event is left out",
        ),
        "export_undated_timesketch": QCoreApplication.translate(
            "ImportReport",
            "Timesketch needs a datetime: an undated event is left out",
        ),
        "export_bad_date": QCoreApplication.translate(
            "ImportReport",
            "{problem}",
        ),
        "export_formulas_csv": QCoreApplication.translate(
            "ImportReport",
            "cells starting with =, +, -, @, a tab or a carriage return: written after an apostrophe ('), so that a spreadsheet shows them as text and never runs them as formulas; timelineapp's import of this CSV takes the apostrophe off",  # noqa: E501 (one literal for lupdate)
        ),
        "export_quote_positions_csv": QCoreApplication.translate(
            "ImportReport",
            "quote positions: a quote's place in its document is not a column; its words are",
        ),
        "export_floating_csv": QCoreApplication.translate(
            "ImportReport",
            "times without a time zone: earliest and latest span every zone the time may be in (14 hours before to 12 hours after it read as UTC); the date column keeps the time as written",  # noqa: E501 (one literal for lupdate)
        ),
        "export_doubt_csv": QCoreApplication.translate(
            "ImportReport",
            "uncertain or approximate dates (?, ~, %): earliest and latest are the bounds of the date as written, without its doubt; the date column keeps it",  # noqa: E501 (one literal for lupdate)
        ),
        "export_quote_positions_tjs": QCoreApplication.translate(
            "ImportReport",
            "quote positions: quotes are written as blockquotes; their place in the document is not",  # noqa: E501 (one literal for lupdate)
        ),
        "export_tags_tjs": QCoreApplication.translate(
            "ImportReport",
            "tags: TimelineJS has no tags (only one group per slide)",
        ),
        "export_notes_tjs": QCoreApplication.translate(
            "ImportReport",
            "notes: TimelineJS has no place for a note",
        ),
        "export_on_or_before_tjs": QCoreApplication.translate(
            "ImportReport",
            "on or before: TimelineJS cannot draw it; drawn as a plain date, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_on_or_after_tjs": QCoreApplication.translate(
            "ImportReport",
            "on or after: TimelineJS cannot draw it; drawn as a plain date, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_one_of_tjs": QCoreApplication.translate(
            "ImportReport",
            "one date in a span: TimelineJS cannot draw it; drawn as the span, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_open_end_tjs": QCoreApplication.translate(
            "ImportReport",
            "an open end: TimelineJS cannot draw it; drawn as a plain date or span, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_uncertain_tjs": QCoreApplication.translate(
            "ImportReport",
            "uncertain or approximate: TimelineJS cannot draw it; drawn as a plain date or span, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_time_zone_tjs": QCoreApplication.translate(
            "ImportReport",
            "a time zone: TimelineJS has none; drawn as a plain date or span, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_edtf_form_tjs": QCoreApplication.translate(
            "ImportReport",
            "X digits, a season, a set or significant digits: TimelineJS cannot draw them; drawn as a plain date or span, the date as written is the slide's display_date",  # noqa: E501 (one literal for lupdate)
        ),
        "export_years_ics": QCoreApplication.translate(
            "ImportReport",
            "calendars hold years 1 to 9999, found {date}",
        ),
        "export_months_ics": QCoreApplication.translate(
            "ImportReport",
            "years and months: a calendar has no year or month events; an all-day event across its days",  # noqa: E501 (one literal for lupdate)
        ),
        "export_meanings_ics": QCoreApplication.translate(
            "ImportReport",
            "date meanings a calendar cannot hold: drawn as the span the date may cover; the date as written opens the description",  # noqa: E501 (one literal for lupdate)
        ),
        "export_notes_ics": QCoreApplication.translate(
            "ImportReport",
            "notes: a calendar event has no place for a note",
        ),
        "export_years_timesketch": QCoreApplication.translate(
            "ImportReport",
            "Timesketch dates are years 1 to 9999, found {year}",
        ),
        "export_imprecision_timesketch": QCoreApplication.translate(
            "ImportReport",
            "imprecision: Timesketch places each event at its earliest second; the date as written is in edtf_date",  # noqa: E501 (one literal for lupdate)
        ),
    }


def report_message(
    code: str, args: Mapping[str, str], words: Mapping[str, str] | None = None
) -> str:
    """One report message in the user's language (``words``: :func:`templates`, made once
    for many messages)."""
    found = (words if words is not None else templates()).get(code)
    if found is None:  # a code without words here is a bug: say it in English, never fail
        from ..extract.importers.messages import english

        return english(code, args)
    try:
        return found.format_map(_shown(code, args))
    except (KeyError, IndexError, ValueError):  # a translation with a wrong placeholder
        from ..extract.importers.messages import english

        return english(code, args)


# The arguments each importer quotes as Python does (``repr``: 'late 2023'), which the
# window's quotation marks replace (« late 2023 » in French; QA session 11).
_REPR_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "id_used": ("given", "made"),
    "id_invalid": ("given", "made"),
    "date_part_dropped": ("given",),
    "acled_precision": ("found",),
    "jsonl_error": ("found",),
    "tjs_date_not_parts": ("found",),
    "tjs2_date_not_parts": ("found",),
    "sheet_type_unknown": ("key",),
    "ics_line_unreadable": ("found",),
    "ics_bad_value": ("found",),
    "ics_bad_start": ("found",),
}


def _shown(code: str, args: Mapping[str, str]) -> Mapping[str, str]:
    """The arguments as the words show them: the EDTF reader's sentences, the kind of JSON
    value found in the user's language, and the input's words between its quotation marks."""
    shown = dict(args)
    for name in _REPR_ARGUMENTS.get(code, ()):
        if name in shown:
            shown[name] = window_quotes(shown[name])
    for name in ("problem", "error"):
        if name in shown:
            shown[name] = word_date_errors(shown[name])
    if code in ("jsonl_error", "json_error") and "error" in shown:
        shown["error"] = json_detail(shown["error"])
    if code in _KIND_CODES and shown.get("found") in JSON_KINDS:
        shown["found"] = _json_kinds()[shown["found"]]
    if code in ("csv_error", "csv_header_error") and shown.get("error") in CSV_REASONS:
        shown["error"] = _csv_reasons()[shown["error"]]
    if code in ("ics_bad_value", "ics_bad_start") and "expected" in shown:
        shown["expected"] = _ics_expected().get(shown["expected"], shown["expected"])
    return shown


def unreadable_words(error: UnreadableInput) -> str:
    """Why an input cannot be imported at all, in the user's language (its place first)."""
    if not error.code:
        return str(error)
    message = report_message(error.code, error.values)
    template = QCoreApplication.translate("ImportReport", "{place}: {message}")
    return _filled(template, "{place}: {message}", {"place": error.where, "message": message})


def _csv_reasons() -> dict[str, str]:
    words = (
        QCoreApplication.translate("ImportReport", "a line break inside a cell that is not quoted"),
        QCoreApplication.translate(
            "ImportReport", "a NUL character (this looks like a binary file, not a table)"
        ),
        QCoreApplication.translate("ImportReport", "a cell larger than 2 GB"),
    )
    return dict(zip(CSV_REASONS, words, strict=True))


def _ics_expected() -> dict[str, str]:
    words = (
        QCoreApplication.translate(
            "ImportReport", "a date such as 20240131 or a time such as 20240131T143000Z"
        ),
        QCoreApplication.translate("ImportReport", "a time such as 20240131T143000Z"),
        QCoreApplication.translate("ImportReport", "a date such as 20240131"),
        QCoreApplication.translate("ImportReport", "a duration such as PT1H30M"),
        QCoreApplication.translate("ImportReport", "a period such as 20240131T143000Z/PT1H"),
        QCoreApplication.translate("ImportReport", "an address such as mailto:someone@example.org"),
        QCoreApplication.translate("ImportReport", "a repetition rule such as FREQ=WEEKLY;COUNT=4"),
        QCoreApplication.translate("ImportReport", "a whole number"),
        QCoreApplication.translate("ImportReport", "a number"),
        QCoreApplication.translate("ImportReport", "a latitude and longitude such as 13.5;2.1"),
        QCoreApplication.translate("ImportReport", "an address such as https://example.org"),
        QCoreApplication.translate("ImportReport", "a value this property takes"),
    )
    return dict(zip((*ICS_EXPECTED.values(), ICS_EXPECTED_OTHER), words, strict=True))


# Codes whose {found} is a JSON kind (``messages.json_kind``).
_KIND_CODES = frozenset({"tjs_not_object", "jsonl_not_object", "tjs2_not_list", "tjs_not_timeline"})


def _json_kinds() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate("ImportReport", "text"),
        "a number": QCoreApplication.translate("ImportReport", "a number"),
        "true or false": QCoreApplication.translate("ImportReport", "true or false"),
        "null": QCoreApplication.translate("ImportReport", "null"),
        "a list": QCoreApplication.translate("ImportReport", "a list"),
        "an object": QCoreApplication.translate("ImportReport", "an object"),
    }


def _filled(template: str, fallback: str, parts: Mapping[str, str]) -> str:
    """``template`` with its ``{names}`` replaced in one pass (a file named "{path}" stays
    as it is named); ``fallback`` when a translation lost a name."""
    if not all("{" + name + "}" in template for name in parts):
        template = fallback
    pattern = "|".join(re.escape("{" + name + "}") for name in parts)
    return re.sub(pattern, lambda m: parts[m.group(0)[1:-1]], template)


def where_text(where: Where) -> str:
    """A place in the input with the language's colon before its JSON path (French puts a
    no-break space before it; the line number's colon is a number's)."""
    if not where.path:
        return str(where)
    place = str(where).removesuffix(f": {where.path}")
    template = QCoreApplication.translate("ImportReport", "{place}: {path}")
    return _filled(template, "{place}: {path}", {"place": place, "path": where.path})


def entry_line(where: str, outcome: str, message: str) -> str:
    """One line of the report, with the language's colons."""
    template = QCoreApplication.translate("ImportReport", "{where}: {outcome}: {message}")
    parts = {"where": where, "outcome": outcome, "message": message}
    return _filled(template, "{where}: {outcome}: {message}", parts)


def outcome_word(outcome: Outcome | str) -> str:
    """What happened to an item: left out, changed, not kept."""
    words = {
        "dropped": QCoreApplication.translate("ImportReport", "left out"),
        "changed": QCoreApplication.translate("ImportReport", "changed"),
        "lost": QCoreApplication.translate("ImportReport", "not kept"),
    }
    return words.get(str(outcome), str(outcome))


def tally_text(tally: Tally, words: Mapping[str, str] | None = None) -> str:
    """A repeated loss: its message and how often (the place is its own column)."""
    return (
        ImportReport()
        .times(tally.count)
        .format(message=report_message(tally.code, tally.args, words))
    )


def format_label(code: ReportFormat) -> str:
    """What a report read or wrote, in the user's language, worded from the importers' code."""
    labels = {
        ReportFormat.TIMELINEJS: QCoreApplication.translate("ImportReport", "TimelineJS JSON"),
        ReportFormat.TIMELINEJS2: QCoreApplication.translate("ImportReport", "TimelineJS 2 JSON"),
        ReportFormat.TIMELINEJS_SHEET: QCoreApplication.translate(
            "ImportReport", "TimelineJS spreadsheet (CSV)"
        ),
        ReportFormat.ACLED: QCoreApplication.translate("ImportReport", "ACLED export (CSV)"),
        ReportFormat.TIMESKETCH: QCoreApplication.translate(
            "ImportReport", "Timesketch/Plaso timeline"
        ),
        ReportFormat.TIMESKETCH_JSONL: QCoreApplication.translate(
            "ImportReport", "Timesketch/Plaso timeline (JSONL)"
        ),
        ReportFormat.CSV_TABLE: QCoreApplication.translate("ImportReport", "CSV table"),
        ReportFormat.ICALENDAR: QCoreApplication.translate("ImportReport", "iCalendar"),
        ReportFormat.TIMESKETCH_EXPORT: QCoreApplication.translate(
            "ImportReport", "Timesketch JSONL"
        ),
        ReportFormat.CSV_EXPORT: QCoreApplication.translate("ImportReport", "CSV"),
    }
    return labels.get(code, code.english)


def report_lines(report: ConversionReport, *, summary: bool = True) -> list[str]:
    """The whole report as lines, in the user's language (what ``Copy Report`` copies)."""
    lines: list[str] = []
    words = templates()
    if summary:
        plurals = ImportReport()
        kept = [plurals.counted(what, count) for what, count in report.kept.items()]
        line = plurals.read_as(report.items_read)
        line = line.format(
            file=report.file,
            format=format_label(report.format),
            kept=", ".join(kept) or QCoreApplication.translate("ImportReport", "nothing"),
        )
        if report.dropped_count:
            line = QCoreApplication.translate("ImportReport", "{kept}; {left_out}").format(
                kept=line, left_out=plurals.left_out(report.dropped_count)
            )
        lines.append(line)
    for entry in report.entries:
        lines.append(
            entry_line(
                where_text(entry.where),
                outcome_word(entry.outcome),
                report_message(entry.code, entry.args, words),
            )
        )
    if report.not_listed:
        lines.append(ImportReport().not_listed(report.not_listed))
    for tally in report.tallies.values():
        lines.append(
            QCoreApplication.translate(
                "ImportReport", "{outcome}: {text}, first at {where}"
            ).format(
                outcome=outcome_word(tally.outcome),
                text=tally_text(tally, words),
                where=where_text(tally.first),
            )
        )
    return lines


@contextlib.contextmanager
def use_language(language: str) -> Iterator[None]:
    """Word reports in ``language`` outside the window (``timelineapp import --lang fr``):
    the app's translations installed in a bare QCoreApplication, English first for its
    plural forms, as the window installs them."""
    from ..resources import resource_path

    app = QCoreApplication.instance() or QCoreApplication([])
    folder = str(resource_path("translations"))
    installed = []
    for name in dict.fromkeys(("timelineapp_en", f"timelineapp_{language}")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            installed.append(translator)
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
