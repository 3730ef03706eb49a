"""The event file format's rules that need no pydantic: its name, version and suffix, its
enumerations, and the checks of ids, dates, links and spans that the models apply.

:mod:`.file_format` (the pydantic models, the one schema) re-exports everything here and builds
its fields from it; code that needs only these (the index, the painter, the first frame of the
window) imports them from here, so importing them does not import pydantic (~40 ms of a start).
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from .date_columns import DateColumns, date_columns
from .dates import DateError

FORMAT_NAME = "timelineapp/events"
FORMAT_VERSION = 1
FILE_SUFFIX = ".timeline.json"

_ID_FIRST_CHARS = r"A-Za-z0-9_"
_ID_CHARS = r"A-Za-z0-9_.:\-"
ID_PATTERN = rf"^[{_ID_FIRST_CHARS}][{_ID_CHARS}]*$"
# A title holds a character other than whitespace: "   " is as untitled as "". Searched (as
# pydantic's Rust engine and msgspec's re both do); \x1c-\x1f left out by name, as Python's
# \s counts them as spaces and Rust's does not: the models and the load pass then agree.
NOT_BLANK = r"[^\s\x1c-\x1f]"
HTTP_PATTERN = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_ID_FIRST = re.compile(f"[{_ID_FIRST_CHARS}]")
_ID_REST = re.compile(f"[{_ID_CHARS}]")


def id_breach(text: str) -> tuple[int, str] | None:
    """Where ``text`` breaks the id rule (``ID_PATTERN``): the first offending character's
    index and the character ("" for an empty id), or None for a valid id."""
    if not text:
        return 0, ""
    if not _ID_FIRST.fullmatch(text[0]):
        return 0, text[0]
    for at, char in enumerate(text[1:], 1):
        if not _ID_REST.fullmatch(char):
            return at, char
    return None


def event_date_columns(value: str) -> DateColumns:
    """The one check of a date written in an event file, and its index columns.

    The EDTF subset of :mod:`.dates`, written without surrounding spaces (the date parser
    forgives them where people type, as in the filter bar; a file states a value exactly).
    Raises ``DateError``. Memoised (through ``date_columns``): big files repeat dates.
    """
    stripped = value.strip()
    if stripped != value:
        position = 0 if value[:1] != stripped[:1] else len(value.rstrip())
        raise DateError(
            value, position, "a date without surrounding spaces", "a space", "date_spaces"
        )
    return date_columns(value)


def check_date(value: str) -> str:
    # The index columns double as the check: a big file's loader needs them next, memoised.
    try:
        event_date_columns(value)
    except DateError as error:
        # The error itself: pydantic keeps it in the detail's ctx, so its code and arguments
        # reach the load issue (``validation_words.word_error``).
        raise error from None
    return value


def check_http_url(value: str) -> str:
    # Links come from strangers: only http(s) may ever be opened, so reject other schemes early.
    if not HTTP_PATTERN.match(value):
        raise ValueError(f"expected an http:// or https:// address, found {value!r}")
    return value


def one_text_problem(path: str | None, text: str | None) -> str | None:
    """What is wrong with a document's text: both a ``path`` and a ``text`` (None: nothing).
    Neither is allowed: a document known only through its quotations in other documents
    (a communiqué an article quotes) has no text of its own to quote."""
    if path is not None and text is not None:
        return "expected at most one of 'path' or 'text', found both"
    return None


def actor_ref_from_string(value: Any) -> Any:
    # A bare actor id is the common case; accept it as shorthand for {"actor": id}.
    if isinstance(value, str):
        return {"actor": value}
    return value


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    STATE = "state"
    MILITARY = "military"
    GROUP = "group"
    OTHER = "other"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    DEADLINE = "deadline"


class Reliability(StrEnum):
    """Admiralty grading of a source's reliability (NATO AJP-2.1): who says it, how far trusted."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged


class ReviewState(StrEnum):
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"


MAX_OFFSET = (1 << 31) - 1
"""Largest offset in a document (documents are capped far below 2 billion characters)."""


def span_order_problem(start: int, end: int) -> str | None:
    """Why ``[start, end)`` is not a span of text, or None: the one statement of the rule."""
    if end <= start:
        return f"expected end > start, found start={start}, end={end}"
    return None
