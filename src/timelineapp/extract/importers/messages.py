"""What a conversion report can say: one code per message, its arguments, its English words.

The model layer has no Qt, so a report records a code and arguments, never a sentence; the
command line words it in English from :data:`ENGLISH`, and the window words it in the user's
language (``timelineapp.ui.import_report_words``, one ``QCoreApplication.translate`` per code,
which a test holds to the same codes and placeholders). Arguments are text from the input
(keys, cells, dates) or from the EDTF reader's own located messages.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from typing import Any

from timelineapp.model.untrusted_text import elided

ENGLISH: dict[str, str] = {
    # -- any importer ------------------------------------------------------------------------
    "id_used": "{given} is already used; the event is {made} (the original id is kept in its note)",
    "id_invalid": "{given} is not a valid id; the event is {made} (the original id is kept in "
    "its note)",
    "date_left_out": "date left out: {problem}",
    "date_part_dropped": "{given} read as {date}: an event file date cannot say the part of "
    "the period; the words are kept in the note",
    "undated": "date left out, the event is kept undated: {problem}",
    "no_title": "expected a title or a summary, found neither",
    "seconds_fraction": "fractions of a second: event file dates stop at seconds",
    "milliseconds": "milliseconds: event file dates stop at seconds",
    # -- tables ------------------------------------------------------------------------------
    "csv_error": "expected CSV, found an error: {error}; the rows before were read, this row "
    "and the rest of the file were not",
    "csv_quote_unclosed": "a quoted cell opens here and is never closed (it would run to the "
    "end of the file): read up to the end of this line, and the lines after it as rows; "
    "check this cell",
    "csv_quote_closed_late": "a quoted cell opens here and is closed only on line {line}, "
    "by a quote followed by more text: read up to the end of this line, and the lines after "
    "it as rows; check this cell",
    "csv_quote_joined": "a quoted cell opens here and closes only on line {line}: the lines "
    "after it up to that line, which look like rows, were read into this cell as written; if "
    "its quote is stray, remove it",
    "csv_quote_joined_split": "a quoted cell opens here and closes only on line {line}, "
    "leaving this row short of columns: read up to the end of this line, and the lines after "
    "it as rows; check this cell",
    "not_utf8": "not UTF-8 (byte 0x{byte} at offset {offset}): read as Windows-1252; check "
    "accented letters",
    "no_columns": "expected columns for a date or a title, found none among {columns}; choose "
    "them (--map date=COLUMN --map title=COLUMN)",
    "no_columns_more": "expected columns for a date or a title, found none among {columns} and "
    "{more} more; choose them (--map date=COLUMN --map title=COLUMN)",
    "no_title_column": "expected a column for the title (or a summary), found none among "
    "{columns}; choose one (--map title=COLUMN)",
    "no_title_column_more": "expected a column for the title (or a summary), found none among "
    "{columns} and {more} more; choose one (--map title=COLUMN)",
    "cells_past_header": "cells past the last column: no header names them",
    "extra_dropped": "columns no field takes: dropped as asked",
    "quote_unverified": "quotes: a quote needs the document's text to be verified: kept in "
    "the event note",
    "url_not_http": "source addresses not http(s): kept in the event note",
    "title_from_summary": "titles made from the summary: no title cell",
    "acled_precision": "time_precision: expected 1, 2 or 3, found {found}; read as a day",
    "jsonl_error": "expected a JSON object, found {found}, which is not valid JSON ({error})",
    "jsonl_not_object": "expected a JSON object, found {found}",
    "csv_header_error": "expected a CSV header, found an error: {error}",
    "csv_no_header": "expected a header row naming the columns, found none",
    # -- the input as a whole (UnreadableInput) ----------------------------------------------
    "unreadable_file": "cannot read the file: {error}",
    "not_utf8_text": "expected UTF-8 text, found byte 0x{byte} at offset {offset}",
    "json_error": "expected JSON, found an error: {error}",
    # -- TimelineJS --------------------------------------------------------------------------
    "tjs_event_file": "expected a TimelineJS timeline, found a timelineapp event file: open it "
    "(File > Open, or timelineapp FILE) instead of importing it",
    "tjs_no_events": "expected a TimelineJS timeline (an object with an 'events' list, or "
    "TimelineJS 2's 'timeline' object), found an object without 'events'",
    "tjs_not_timeline": "expected a TimelineJS timeline (an object with an 'events' list, or "
    "TimelineJS 2's 'timeline' object), found {found}",
    "sheet_no_columns": "expected the TimelineJS sheet's columns (Year, Month, Day, …, "
    "Headline, Text), found {columns}",
    "sheet_no_columns_more": "expected the TimelineJS sheet's columns (Year, Month, Day, …, "
    "Headline, Text), found {columns} and {more} more",
    "tjs_key_unknown": "{key}: not part of the TimelineJS format; not read",
    "tjs_slide_key_unknown": "{key}: not part of the TimelineJS slide format; not read",
    "tjs_not_object": "expected an object, found {found}",
    "tjs_text_string": "text given as a string: expected an object with headline and text; "
    "the string is read as the text",
    "tjs_no_headline": "expected a headline, a text or a date, found none",
    "tjs_title_from_date": "no headline or text: the event is titled by its date, {date}",
    "tjs_display_date_read": "display date {display} read as the date; the slide's own dates, "
    "{date}, are kept in the note",
    "tjs_headline_from_text": "headlines made from the text: a slide without a headline is "
    "titled by the start of its text",
    "tjs_media_not_object": "media: expected an object; left out",
    "tjs_background": "background: a slide's background (colour or image) is a display setting",
    "tjs_display_setting": "{key}: a display setting of TimelineJS",
    "tjs_end_without_start": "an end without a start: kept undated",
    "tjs_no_date": "no date: kept undated",
    "tjs_date_not_parts": "expected an object of date parts with a year, found {found}; kept "
    "undated",
    "tjs_date_no_year": "expected an object of date parts with a year, found no year; kept undated",
    "tjs_media_thumbnail": "media.thumbnail: a preview picture of the media; the media's "
    "address is kept",
    "tjs_media_alt": "media.alt: alternative text of the media picture",
    "tjs_media_not_http": "media not at an http(s) address: kept in the event note, as a "
    "source document needs an http(s) address",
    "tjs2_not_list": "expected a list, found {found}",
    "tjs2_key_unknown": "{key}: not part of the TimelineJS 2 format; not read",
    "tjs2_title_date": "{key}: the timeline's own date is not an event",
    "tjs2_classname": "classname: a CSS class name of TimelineJS 2 (a display setting)",
    "tjs2_type": "type: a display setting of TimelineJS 2",
    "tjs2_date_not_parts": 'expected a date as "year,month,day[,hour,minute,second]" (as in '
    '"2012,1,26"), found {found}; kept undated',
    "sheet_column_unknown": "{key}: not a TimelineJS sheet column; not read",
    "sheet_type_unknown": "Type {key}: not a TimelineJS row type; read as an event",
    "sheet_tag_ignored": "Tag: the old sheet's Tag is read only when Group is empty",
    "sheet_time_left_out": "{key}: time left out: {error}",
    # -- iCalendar ---------------------------------------------------------------------------
    "ics_unreadable_event": "cannot read this event: {error}",
    "ics_bad_value": "{key}: expected {expected}, found {found}; left out",
    "ics_bad_start": "DTSTART: expected {expected}, found {found}; the event is kept undated",
    "ics_not_calendar": "expected an iCalendar file (BEGIN:VCALENDAR first), found {found}",
    "ics_cut_short": "expected END:{component} before the end of the file: the calendar ends "
    "before this BEGIN:{component} is closed (cut short?)",
    "ics_end_mismatch": "expected END:{expected}, found END:{found}",
    "ics_error": "expected an iCalendar file, found a line that cannot be read: {error}",
    "ics_not_event": "only VEVENTs are events",
    "ics_line_unreadable": "expected a content line such as SUMMARY:text, found {found}: left out",
    "ics_no_summary": "expected a SUMMARY or a DESCRIPTION, found neither",
    "ics_rrule": "repetitions (RRULE): kept once, at the first occurrence; the rule is in the "
    "event note",
    "ics_property_unread": "{key}: not read, no event field holds it",
    "ics_no_dtstart": "no DTSTART: kept undated",
    "ics_tentative": "STATUS:TENTATIVE: kept as planned (not known to have happened)",
    "ics_cancelled": "STATUS:CANCELLED: kept as planned, tagged cancelled, with a note (an "
    "event file has no status for an event called off); delete it if it should not be shown",
    "ics_status_unread": "{key}: not read, kept as occurred",
    "ics_end_before_start": "DTEND {end} is before DTSTART {start}: the end is left out",
    "ics_floating": "floating times: a time without a time zone is written without one, which "
    "event files read as UTC",
    # -- exports -----------------------------------------------------------------------------
    "export_undated_tjs": "TimelineJS needs a date: an undated event is left out",
    "export_undated_ics": "a calendar event needs a date: an undated event is left out",
    "export_undated_timesketch": "Timesketch needs a datetime: an undated event is left out",
    "export_bad_date": "{problem}",
    "export_formulas_csv": "cells starting with =, +, -, @, a tab or a carriage return: "
    "written after an apostrophe ('), so that a spreadsheet shows them as text and never runs "
    "them as formulas; timelineapp's import of this CSV takes the apostrophe off",
    "export_quote_positions_csv": "quote positions: a quote's place in its document is not a "
    "column; its words are",
    "export_floating_csv": "times without a time zone: earliest and latest span every zone the "
    "time may be in (14 hours before to 12 hours after it read as UTC); the date column keeps "
    "the time as written",
    "export_doubt_csv": "uncertain or approximate dates (?, ~, %): earliest and latest are the "
    "bounds of the date as written, without its doubt; the date column keeps it",
    "export_quote_positions_tjs": "quote positions: quotes are written as blockquotes; their "
    "place in the document is not",
    "export_tags_tjs": "tags: TimelineJS has no tags (only one group per slide)",
    "export_notes_tjs": "notes: TimelineJS has no place for a note",
    "export_on_or_before_tjs": "on or before: TimelineJS cannot draw it; drawn as a plain "
    "date, the date as written is the slide's display_date",
    "export_on_or_after_tjs": "on or after: TimelineJS cannot draw it; drawn as a plain date, "
    "the date as written is the slide's display_date",
    "export_one_of_tjs": "one date in a span: TimelineJS cannot draw it; drawn as the span, the "
    "date as written is the slide's display_date",
    "export_open_end_tjs": "an open end: TimelineJS cannot draw it; drawn as a plain date or "
    "span, the date as written is the slide's display_date",
    "export_uncertain_tjs": "uncertain or approximate: TimelineJS cannot draw it; drawn as a "
    "plain date or span, the date as written is the slide's display_date",
    "export_time_zone_tjs": "a time zone: TimelineJS has none; drawn as a plain date or span, "
    "the date as written is the slide's display_date",
    "export_edtf_form_tjs": "X digits, a season, a set or significant digits: TimelineJS cannot "
    "draw them; drawn as a plain date or span, the date as written is the slide's display_date",
    "export_years_ics": "calendars hold years 1 to 9999, found {date}",
    "export_months_ics": "years and months: a calendar has no year or month events; an all-day "
    "event across its days",
    "export_meanings_ics": "date meanings a calendar cannot hold: drawn as the span the date may "
    "cover; the date as written opens the description",
    "export_notes_ics": "notes: a calendar event has no place for a note",
    "export_years_timesketch": "Timesketch dates are years 1 to 9999, found {year}",
    "export_imprecision_timesketch": "imprecision: Timesketch places each event at its earliest "
    "second; the date as written is in edtf_date",
}


# What a broken iCalendar property should have held, by icalendar's type name: the format's
# own terms (a date such as 20240131), never the library's ("vDDDTypes").
ICS_EXPECTED = {
    "vDDDTypes": "a date such as 20240131 or a time such as 20240131T143000Z",
    "vDatetime": "a time such as 20240131T143000Z",
    "vDate": "a date such as 20240131",
    "vDuration": "a duration such as PT1H30M",
    "vPeriod": "a period such as 20240131T143000Z/PT1H",
    "vCalAddress": "an address such as mailto:someone@example.org",
    "vRecur": "a repetition rule such as FREQ=WEEKLY;COUNT=4",
    "vInt": "a whole number",
    "vFloat": "a number",
    "vGeo": "a latitude and longitude such as 13.5;2.1",
    "vUri": "an address such as https://example.org",
}
ICS_EXPECTED_OTHER = "a value this property takes"


# What the csv module refuses, in a table's terms (its own words name a "universal-newline
# mode" of Python's open()): a line break, a NUL, a huge cell.
CSV_REASONS = (
    "a line break inside a cell that is not quoted",
    "a NUL character (this looks like a binary file, not a table)",
    "a cell larger than 2 GB",
)


# The kind of JSON value an importer found where it expected another: the user's terms,
# never Python's type names ("str").
JSON_KINDS = ("text", "a number", "true or false", "null", "a list", "an object")


def json_kind(value: Any) -> str:
    """One of :data:`JSON_KINDS` for a value read from JSON."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, list | tuple):
        return "a list"
    return "an object"


# A list of the input's names in one message (a header's columns): the first few, each cut,
# so a binary file read as CSV, or a 5,000-column header, still gives a line a person reads.
LISTED_NAMES = 8
LISTED_NAME_CHARS = 40


def listed(names: Sequence[str]) -> tuple[str, int]:
    """The first :data:`LISTED_NAMES` of ``names``, each cut to :data:`LISTED_NAME_CHARS`,
    joined by commas, and how many more there are."""
    shown = [elided(name, LISTED_NAME_CHARS) for name in names[:LISTED_NAMES]]
    return ", ".join(shown), max(0, len(names) - LISTED_NAMES)


def placeholders(template: str) -> frozenset[str]:
    """The ``{names}`` a template uses (a translation must use the same)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def english(code: str, args: Mapping[str, str]) -> str:
    """A report message in English (the command line's words)."""
    return ENGLISH[code].format_map(args)
