"""The load pass's schema of an event: msgspec Structs derived from the pydantic models.

Validating a million events into pydantic models costs about 13 µs each, a third of it in
Python validators called from Rust. The load pass only reads each event once to fill the
index, so it decodes into msgspec Structs (C, a few µs each) and then checks, while it reads
them, the rules that need Python (the date, ``end > start``).

There is **one** schema: :mod:`..file_format`. :func:`..format_derive.derive` builds each
Struct from a model's fields — names, types, defaults, and the constraints (lengths, bounds,
patterns) — and refuses a model rule it does not know how the load pass checks, so a rule
added to the models can never be silently skipped here; the Structs are written from it into
:mod:`..format_structs` (imported here without pydantic; a test fails when it is stale). The
fast pass may be stricter than the models but never looser: a chunk it rejects, for any
reason, is validated again with the models, which give the error messages.
``tests/model/test_event_rows.py`` compares the two schemas field by field.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

from ..format_structs import DEFERRED_PATTERNS, EventRow

__all__ = [
    "ACTOR_REF_OK",
    "DEFERRED",
    "DEFERRED_PATTERNS",
    "DOCUMENT_REF_OK",
    "EVENT_ID_SEARCH",
    "EVENT_ROWS",
    "EventRow",
    "RowRejected",
    "event_ids_keep_pattern",
]


class RowRejected(Exception):
    """A row broke a rule the Structs cannot express; the models must say which."""


# Id patterns the Structs leave out because the load pass checks them for less: msgspec calls
# a Python regex for each (about 2 µs an event, a seventh of the pass). chunks.collect_rows
# checks an event's id with the pattern, all ids of a chunk in one C loop, and a reference to
# an actor or a document by finding it among the header's ids, which were checked with the
# same pattern (``format_derive.same_pattern`` checks it when the Structs are written); only
# an id not found is matched against the pattern.
DEFERRED = {("Event", "id"), ("ActorRef", "actor"), ("Source", "document")}


def _matcher(pattern: str) -> Callable[[str], bool]:
    search = re.compile(pattern).search  # msgspec's own semantics: re.search
    return lambda text: search(text) is not None


EVENT_ROWS = msgspec.json.Decoder(list[EventRow])
EVENT_ID_SEARCH = re.compile(DEFERRED_PATTERNS["Event", "id"]).search
"""The event id pattern's ``search`` (None: the id breaks the pattern)."""


def _lines_of(pattern: str) -> re.Pattern[str] | None:
    """A regex matching lines of text each of which ``pattern`` matches, when ``pattern`` is
    a run of plain character classes (``^[...][...]*\\Z``), which never match a line break;
    None for any other pattern (then each id is matched alone)."""
    # Printable ASCII (so no range can reach a line break), "\-", "\." or "\]".
    plain_class = r"\[(?:[!-\[_-~]|\\[-.\]])*\][*+]?"
    if re.fullmatch(rf"\^(?:{plain_class})+\\Z", pattern) is None:
        return None
    inner = pattern.removeprefix("^").removesuffix(r"\Z")
    return re.compile(rf"(?:{inner}\n)*{inner}")


_EVENT_ID_LINES = _lines_of(DEFERRED_PATTERNS["Event", "id"])


def event_ids_keep_pattern(ids: list[str]) -> bool:
    """Whether every id keeps the event id pattern: all matched in one regex pass over
    them joined by line breaks (a chunk's thousands of ids: a quarter of the time of one
    ``search`` each), or one by one when that cannot tell."""
    if ids and _EVENT_ID_LINES is not None:
        joined = "\n".join(ids)
        if joined.count("\n") == len(ids) - 1 and _EVENT_ID_LINES.fullmatch(joined):
            return True  # no id holds a line break, so each line is one whole id
    return None not in map(EVENT_ID_SEARCH, ids)


ACTOR_REF_OK = _matcher(DEFERRED_PATTERNS["ActorRef", "actor"])
DOCUMENT_REF_OK = _matcher(DEFERRED_PATTERNS["Source", "document"])
