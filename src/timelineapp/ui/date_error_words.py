"""A date that cannot be read, in the window's language, from its code and arguments.

:class:`timelineapp.model.dates.DateError` words itself in English (the command line's
words) and keeps the same as a code and arguments; a load issue (``Issue.code``) and an
import report (``extract/importers/messages``) carry them here. Each code has its literal
``QCoreApplication.translate`` call (so ``pyside6-lupdate`` sees it); in English the words
give back the model's message exactly (a test holds the two together). Month names come from
the date words' ``QLocale`` (``render.date_word_parts.month_name``). A code without words here
keeps the English message, never nothing.

``{date!r}`` is the date as written, quoted ("'2024-02-30'"; French « 2024-02-30 »).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from ..model.dates import DateError, parse_date
from ..model.dates.errors import END_HINT, QUALIFIER_HINT
from ..render.date_word_parts import month_name, words_locale
from .quote_words import window_quotes

# code -> its words, with {placeholders} named after DateError.issue_arguments().
_WORDS: dict[str, Callable[[], str]] = {
    "date_empty": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a date such as 2024, 2024-06 or 2024-06-07, found {found}",
    ),
    "date_spaces": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a date without surrounding spaces, found {found}",
    ),
    "date_day_for_month": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a day between 1 and {last} for {month} {year}, "
        "found {found}",
    ),
    "date_day_range": lambda: QCoreApplication.translate(
        "DateErrorWords", "invalid date {date!r}: expected a day between 01 and 31, found {found}"
    ),
    "date_day_digits": lambda: QCoreApplication.translate(
        "DateErrorWords", "invalid date {date!r}: expected a 2-digit day (01 to 31), found {found}"
    ),
    "date_month_range": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a month between 01 and 12, found {found}",
    ),
    "date_month_or_season": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a month between 01 and 12 or a season between 21 "
        "and 41, found {found}",
    ),
    "date_month_digits": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a 2-digit month (01 to 12) or season (21 to 41), "
        "found {found}",
    ),
    "date_season_day": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected the end of the season (a season has no day), "
        "found {found}",
    ),
    "date_hour_range": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected an hour between {low} and {high}, found {found}",
    ),
    "date_minute_range": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a minute between {low} and {high}, found {found}",
    ),
    "date_second_range": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a second between {low} and {high}, found {found}",
    ),
    "date_hour_digits": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a 2-digit hour after 'T' (as in T10:30), found {found}",
    ),
    "date_minute_digits": lambda: QCoreApplication.translate(
        "DateErrorWords", "invalid date {date!r}: expected a 2-digit minute, found {found}"
    ),
    "date_second_digits": lambda: QCoreApplication.translate(
        "DateErrorWords", "invalid date {date!r}: expected a 2-digit second, found {found}"
    ),
    "date_minutes_colon": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected ':' and 2-digit minutes (as in T10:30), found {found}",
    ),
    "date_time_after_unknown_day": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected the end of the date (a time only follows a fully "
        "known day, with its qualifier at the very end), found {found}",
    ),
    "date_year_range": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a year between {low} and {high}, found {found}",
    ),
    "date_year_digits": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a 4-digit year (as in 2024, 0000 or -0499), found {found}",
    ),
    "date_year_long": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a 4-digit year (longer years need the 'Y' prefix, "
        "as in Y12345), found {found}",
    ),
    "date_year_u": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a 4-digit year with 'X' for unknown digits (the "
        "2012 draft's 'u'), found {found}",
    ),
    "date_unknown_year": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a year with at least its first digit known (a "
        "wholly unknown year has no place on a timeline), found {found}",
    ),
    "date_negative_zero": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected year zero written without '-' (0000 is 1 BCE), "
        "found {found}",
    ),
    "date_y_year_month": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected the end of the year: a 'Y' year has no month or day "
        "in EDTF (write the year alone, as in Y12345, or an interval of years, as in "
        "Y12345/Y12346), found {found}",
    ),
    "date_no_matching_day": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected 'X' digits that some calendar date matches (no such "
        "day exists), found {found}",
    ),
    "date_end_before_start": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected an end on or after the start {start}, found {found}",
    ),
    "date_last_before_first": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected a last date on or after the first, found {found}",
    ),
    # A date in words whose weekday is not its day's ("Monday 29 October 2024"), QA #142.
    "date_weekday": lambda: QCoreApplication.translate(
        "DateErrorWords",
        "invalid date {date!r}: expected {weekday}, the weekday of {day} {month} {year}, "
        "found {found}",
    ),
    # What may follow (``expected``: the hints of :data:`_HINTS`, worded by date_error_arguments).
    "date_expected": lambda: QCoreApplication.translate(
        "DateErrorWords", "invalid date {date!r}: expected {expected}, found {found}"
    ),
}

# What may follow a date's part ("date_expected": a stray character after a date, the most
# common typo, QA #107): DateError lists these, in English, as "a, b or c"; each is worded
# here, and a list with a hint not here keeps its English.
_HINTS: dict[str, Callable[[], str]] = {
    "'-' and a 2-digit month": lambda: QCoreApplication.translate(
        "DateErrorWords", "'-' and a 2-digit month"
    ),
    "'-' and a 2-digit day": lambda: QCoreApplication.translate(
        "DateErrorWords", "'-' and a 2-digit day"
    ),
    "'T' and a time": lambda: QCoreApplication.translate("DateErrorWords", "'T' and a time"),
    QUALIFIER_HINT: lambda: QCoreApplication.translate(
        "DateErrorWords", "a qualifier ('?', '~' or '%')"
    ),
    END_HINT: lambda: QCoreApplication.translate("DateErrorWords", "the end of the text"),
    "'/' and an end date": lambda: QCoreApplication.translate(
        "DateErrorWords", "'/' and an end date"
    ),
    "',' and another date": lambda: QCoreApplication.translate(
        "DateErrorWords", "',' and another date"
    ),
    "']'": lambda: "']'",
    "'}'": lambda: "'}'",
    "'..' and a last date": lambda: QCoreApplication.translate(
        "DateErrorWords", "'..' and a last date"
    ),
    "':' and 2-digit seconds": lambda: QCoreApplication.translate(
        "DateErrorWords", "':' and 2-digit seconds"
    ),
    "a time zone ('Z' or +hh:mm)": lambda: QCoreApplication.translate(
        "DateErrorWords", "a time zone ('Z' or +hh:mm)"
    ),
}


def _expected_words(expected: str) -> str | None:
    """``expected`` ("'T' and a time, a qualifier (…) or the end of the text") in the
    window's language, None when one of its parts has no words here."""
    hints: list[str] = []
    rest = expected
    while rest:
        hint = next((h for h in sorted(_HINTS, key=len, reverse=True) if rest.startswith(h)), None)
        if hint is None:
            return None
        hints.append(_HINTS[hint]())
        rest = rest[len(hint) :]
        for separator in (", ", " or "):
            if rest.startswith(separator):
                rest = rest[len(separator) :]
                break
        else:
            if rest:
                return None
    if len(hints) == 1:
        return hints[0]
    comma = QCoreApplication.translate("DateErrorWords", ", ")
    return (
        QCoreApplication.translate("DateErrorWords", "%1 or %2")
        .replace("%1", comma.join(hints[:-1]))
        .replace("%2", hints[-1])
    )


def _with_expected(code: str, arguments: Mapping[str, str], english: str) -> dict[str, str]:
    """The arguments of a "date_expected" error with its ``expected`` phrase, which a load
    issue carries only in its English sentence (``english``)."""
    shown = dict(arguments)
    if code != "date_expected" or "expected" in shown:
        return shown
    found = shown.get("found", "")
    head, tail = english.partition(": expected ")[2], f", found {found}"
    if head.endswith(tail):
        shown["expected"] = head[: -len(tail)]
    return shown


# DateError's English words for what was found that is not the input's own text.
_FOUND: dict[str, Callable[[], str]] = {
    END_HINT: lambda: QCoreApplication.translate("DateErrorWords", "the end of the text"),
    "nothing": lambda: QCoreApplication.translate("DateErrorWords", "nothing"),
    "a space": lambda: QCoreApplication.translate("DateErrorWords", "a space"),
}


def worded_date_codes() -> frozenset[str]:
    return frozenset(_WORDS)


def date_error_template(code: str) -> str | None:
    """``code``'s words with their placeholders, None when it has none (or an empty
    translation)."""
    words = _WORDS.get(code)
    if words is None:
        return None
    text = words()
    return text if text.strip() else None


def date_error_arguments(arguments: Mapping[str, str]) -> dict[str, str]:
    """The arguments as the words show them: the month by name, the found end in words."""
    shown = dict(arguments)
    found = shown.get("found", "")
    if found in _FOUND:
        shown["found"] = _FOUND[found]()
    elif found[:1] == "'":  # the date's own words, quoted by the reader ('late')
        shown["found"] = window_quotes(found)
    if "expected" in shown:
        expected = _expected_words(shown["expected"])
        if expected is None:
            del shown["expected"]  # one unknown hint: the English sentence, not half of it
        else:
            shown["expected"] = expected
    if shown.get("month", "").isdigit() and 1 <= int(shown["month"]) <= 12:
        shown["month"] = month_name(int(shown["month"]))
    for key, into in (("weekday", "weekday"), ("said", "found")):
        # Monday is 0 (the tagger's numbering); QLocale's Monday is 1. "said": the weekday
        # written in the date, in the window's language (« pas un lundi » for "Monday").
        if shown.get(key, "").isdigit() and 0 <= int(shown[key]) <= 6:
            day = int(shown[key]) + 1
            shown[into] = words_locale().dayName(day, QLocale.FormatType.LongFormat)
    return shown


def date_error_text(error: DateError) -> str:
    """A DateError in the window's language (the English when its code has no words): what a
    date field's tooltip or a dialog's warning says."""
    return date_error_message(error.code, dict(error.issue_arguments()), str(error)) or str(error)


def date_error_message(code: str, arguments: Mapping[str, str], english: str = "") -> str | None:
    """The whole message in the window's language, None when the code has no words.
    ``english``: the model's sentence, which holds what a "date_expected" error expected."""
    template = date_error_template(code)
    if template is None:
        return None
    try:
        return template.format_map(date_error_arguments(_with_expected(code, arguments, english)))
    except (KeyError, ValueError, IndexError):  # a translation with a stray brace
        return None


# A DateError's English sentence starts with the date as repr() writes it.
_SENTENCE = re.compile(r"invalid date ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def word_date_errors(text: str) -> str:
    """``text`` with each DateError sentence in it (an import report's ``{problem}``, which
    reaches the report as text) in the window's language.

    The date is read again from the sentence, and the sentence replaced only when the reader
    says it again word for word: nothing else in ``text`` is touched, and a date shortened
    in the sentence ("…") keeps its English.
    """
    for match in _SENTENCE.finditer(text):
        try:
            date = ast.literal_eval(match.group(1))
            parse_date(date)
        except DateError as error:
            for found in (error, _words_problem(date)):
                english = "" if found is None else str(found)
                if found is None or english not in text:
                    continue
                worded = date_error_message(found.code, dict(found.issue_arguments()), english)
                if worded is not None:
                    text = text.replace(english, worded)
        except (ValueError, SyntaxError):  # not a Python literal after all
            continue
    return text


def _words_problem(date: str) -> DateError | None:
    """Why a date in words is no date ("30 février 2024"), as an importer said it (QA #142);
    only for text with letters, which the builder's tagger reads (loaded when first needed)."""
    if not any(char.isalpha() for char in date):
        return None
    from ..extract.typed_dates import words_date_problem

    return words_date_problem(date)
