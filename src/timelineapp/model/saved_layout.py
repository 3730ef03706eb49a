"""The bytes of a saved event file: a stable, diff-friendly layout, streamed in pieces.

Two layouts, both one JSON document with the header first and ``events`` last:

* **indented** (the default): the model's key order, two-space indent, UTF-8 without ``\\u``
  escapes, no ``null`` fields, and a final newline: an analyst can keep event files in git
  and read a change as a diff;
* **compact**: the same header, then one event per line, without spaces or default values,
  as big imports are written (:data:`timelineapp.extract.importers.draft.COMPACT_ABOVE`):
  half the size, so a million events stay under the loader's
  :data:`~.loading.read.MAX_EVENT_FILE_BYTES`; a line diff still shows which events changed.

A save keeps the layout of the file as opened (read from a sample of its events, so cheap at
any size: :func:`opened_layout`); a file whose events are in neither is saved indented. A
file saved by timelineapp, opened and saved again, gives back the same bytes, in either
layout.

Big files are not rebuilt to be saved: events unchanged since the file was opened are
copied from its bytes (runs of them in one piece), and only the events made or changed
while editing are serialised (:func:`draft_chunks`), so saving after one edit of a
million-event file costs about one copy of the file. Writing them to disk is
:mod:`.saving`'s part.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from enum import Enum
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .actor_columns import HeaderActors
from .draft import Draft
from .event_json import LazyRefs

if TYPE_CHECKING:
    from .file_format import Event, EventFile

_EVENT_INDENT = "\n    "  # events sit two levels deep: {"events": [ {...} ]}
_WHITESPACE = b" \t\r\n"


class Layout(Enum):
    """How a saved file lays out its events (the header is laid out alike in both)."""

    INDENTED = "indented"
    COMPACT = "compact"


# --- layout ------------------------------------------------------------------------------------
def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _plain(model: EventFile | Event) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_none=True)


def event_pieces(event: Event) -> Iterator[str]:
    """One event as it appears in a saved file, with the comma-less prefix before it, in
    pieces: an event naming a million actors has its references written from their columns
    a batch at a time (no model each, never one string)."""
    refs = event.actors
    if isinstance(refs, LazyRefs):
        without = event.model_copy(update={"actors": []})
        found = _with_actors(without.model_dump_json(indent=2, exclude_none=True))
        if found is not None:
            before, after = found
            yield _EVENT_INDENT + before.replace("\n", _EVENT_INDENT)
            for piece in refs.saved_pieces():
                yield piece.replace("\n", _EVENT_INDENT)
            yield after.replace("\n", _EVENT_INDENT)
            return
    # pydantic writes the same text as json.dumps(indent=2, ensure_ascii=False) of the
    # dumped dict (a test holds it to that), several times faster.
    text = event.model_dump_json(indent=2, exclude_none=True)
    yield _EVENT_INDENT + text.replace("\n", _EVENT_INDENT)


def event_text(event: Event) -> str:
    """One event as it appears in a saved file, with the comma-less prefix before it."""
    return "".join(event_pieces(event))


def _with_actors(text: str) -> tuple[str, str] | None:
    """``text`` (an object's saved text with an empty ``actors``) cut where its actors'
    text goes: what comes before it (with the key) and after it; None when that place is
    not found once.

    The object's own "actors" key is at two spaces on its own line, and no string holds a
    line break (JSON escapes it): the one place the empty list stands for the columns."""
    empty = '\n  "actors": []'
    if text.count(empty) != 1:
        return None
    before, after = text.split(empty)
    return before + '\n  "actors": ', after


def compact_event_text(event: Event) -> str:
    """One event as the compact layout writes it: one line, no spaces, no default values
    (the loader fills them in again), with the comma-less prefix before it."""
    return _EVENT_INDENT + event.model_dump_json(exclude_none=True, exclude_defaults=True)


def _compact_event_pieces(event: Event) -> Iterator[str]:
    yield compact_event_text(event)


def _header_pieces(header: EventFile) -> Iterator[str]:
    """The text before the first event (``events`` is the last key), in pieces: a million
    actors are written from their columns a batch at a time (no model each)."""
    head: Iterator[str] | None = None
    actors = header.actors
    if isinstance(actors, HeaderActors):
        fields = _plain(header.model_copy(update={"actors": [], "events": []}))
        fields.pop("events", None)
        found = _with_actors(_dumps(fields))
        if found is not None:
            head = chain((found[0],), actors.saved_pieces(), (found[1],))
    if head is None:
        fields = _plain(header)
        fields.pop("events", None)
        head = iter((_dumps(fields),))
    last = ""
    for piece in head:
        if last:
            yield last
        last = piece
    assert last.endswith("\n}")
    yield last[:-2] + ',\n  "events": ['


_AFTER_EVENTS = "\n  ]\n}\n"


def file_pieces(data: EventFile) -> Iterator[str]:
    """A whole (materialised) file in the saved layout, in pieces."""
    yield from _header_pieces(data)
    if not data.events:
        yield "]\n}\n"
        return
    for k, event in enumerate(data.events):
        if k:
            yield ","
        yield from event_pieces(event)
    yield _AFTER_EVENTS


def file_text(data: EventFile) -> str:
    """A whole (materialised) file in the saved layout."""
    return "".join(file_pieces(data))


# --- the events' original bytes ----------------------------------------------------------------
def _object_bounds(raw: bytes, spans: npt.NDArray[np.int64], k: int) -> tuple[int, int]:
    """Where event ``k``'s object starts and ends in ``raw`` (whitespace around it left out,
    whether or not the loader's span includes it)."""
    start, end = int(spans[k, 0]), int(spans[k, 1])
    while start < end and raw[start] in _WHITESPACE:
        start += 1
    while end > start and raw[end - 1] in _WHITESPACE:
        end -= 1
    return start, end


_SEPARATOR = ("," + _EVENT_INDENT).encode()


def _in_saved_layout(raw: bytes, spans: npt.NDArray[np.int64], base: Sequence[Event]) -> bool:
    """Whether the opened file's events are laid out as we save them (checked on a sample:
    a file saved by timelineapp is; one written by hand or another tool usually is not).

    Checked: a few events' bytes against their saved form, and what lies between two of
    them, since unchanged runs are copied separators and all.
    """
    count = len(base)
    if not count:
        return False  # nothing to copy
    for k in sorted({0, count // 2, count - 1}):
        start, end = _object_bounds(raw, spans, k)
        if not _written_as(event_pieces(base[k]), raw, start, end):
            return False
    if count > 1:
        k = count // 2 - 1 if count > 2 else 0
        if raw[_object_bounds(raw, spans, k)[1] : _object_bounds(raw, spans, k + 1)[0]] != (
            _SEPARATOR
        ):
            return False
    return True


def _written_as(pieces: Iterator[str], raw: bytes, start: int, end: int) -> bool:
    """Whether ``raw[start:end]`` is an event's text of ``pieces`` (:func:`event_pieces`,
    without the prefix the first one starts with), compared piece by piece (an event naming
    a million actors is never one string here either)."""
    view = memoryview(raw)
    at = start
    prefix = _EVENT_INDENT.encode()
    for piece in pieces:
        data = piece.encode("utf-8")
        if prefix:
            if not data.startswith(prefix):
                return False
            data, prefix = data[len(prefix) :], b""
        if at + len(data) > end or view[at : at + len(data)] != data:
            return False
        at += len(data)
    return at == end


def _one_event_a_line(raw: bytes, spans: npt.NDArray[np.int64], count: int) -> bool:
    """Whether the opened file's events sit one per line, as the compact layout writes them
    (checked on a sample: the first, middle and last events, and what lies between a few
    pairs, since unchanged runs are copied separators and all).

    The events' own bytes are not compared with :func:`compact_event_text`: an importer or
    another tool may write a default value or a space, and copying such a line keeps the
    file one event a line all the same.
    """
    if count < 2:
        return False  # one event on one line says nothing of the layout meant
    for k in sorted({0, count // 2, count - 1}):
        start, end = _object_bounds(raw, spans, k)
        text = raw[start:end]
        if not (text.startswith(b"{") and text.endswith(b"}")) or b"\n" in text:
            return False
    for k in sorted({0, count // 2 - 1, count - 2}):
        if raw[_object_bounds(raw, spans, k)[1] : _object_bounds(raw, spans, k + 1)[0]] != (
            _SEPARATOR
        ):
            return False
    return True


def opened_layout(draft: Draft) -> Layout | None:
    """The layout of the file as opened, when its unchanged events can be copied into a
    save; None when its events are in neither layout (or it was not opened from bytes)."""
    if draft.original is None:
        return None
    raw, spans = draft.original
    base = draft.events.base
    if _one_event_a_line(raw, spans, len(base)):  # bytes only: checked first
        return Layout.COMPACT
    if _in_saved_layout(raw, spans, base):
        return Layout.INDENTED
    return None


def _runs(slots: npt.NDArray[np.int64]) -> Iterator[tuple[int, int, int]]:
    """(first position, last position + 1, first slot) of each run of consecutive slots."""
    if not slots.size:
        return
    breaks = np.flatnonzero((np.diff(slots) != 1) | (slots[1:] < 0) | (slots[:-1] < 0)) + 1
    starts = np.concatenate(([0], breaks))
    ends = np.concatenate((breaks, [slots.size]))
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        yield a, b, int(slots[a])


def draft_chunks(
    draft: Draft, layout: Layout | None = None, *, copy: bool | None = None
) -> Iterator[bytes | memoryview]:
    """The bytes of the saved file, in pieces of about a megabyte (unchanged runs of events
    are views into the opened file's bytes): the file is never one string.

    ``layout``: the layout to write (default: the opened file's, else indented). Unchanged
    events are copied when the opened file is in that layout, else serialised; ``copy``
    says so when the caller has looked already (:func:`opened_layout`).
    """
    if layout is None or copy is None:
        found = opened_layout(draft)
        layout = layout or found or Layout.INDENTED
        copy = found is layout
    return _encoded(_draft_pieces(draft, layout, copy))


def _draft_pieces(draft: Draft, layout: Layout, copy: bool) -> Iterator[str | memoryview]:
    """:func:`draft_chunks`' pieces: text, and views of the opened file's unchanged runs."""
    serialise = _compact_event_pieces if layout is Layout.COMPACT else event_pieces
    yield from _header_pieces(draft.header)
    events = draft.events
    slots = events.slots()
    if not slots.size:
        yield "]\n}\n"
        return
    original = draft.original
    view = memoryview(original[0]) if original is not None else None
    first = True
    for a, b, slot in _runs(slots):
        if not first:
            yield ","
        first = False
        if copy and slot >= 0 and original is not None and view is not None:
            raw, spans = original
            start = _object_bounds(raw, spans, slot)[0]
            end = _object_bounds(raw, spans, slot + (b - a) - 1)[1]
            yield _EVENT_INDENT
            yield view[start:end]
            continue
        for k, s in enumerate(slots[a:b].tolist()):
            if k:
                yield ","
            yield from serialise(events.event_of(s))
    yield _AFTER_EVENTS


_BLOCK_CHARACTERS = 1 << 20


def _encoded(pieces: Iterator[str | memoryview]) -> Iterator[bytes | memoryview]:
    """``pieces`` as UTF-8, the text gathered into blocks of about ``_BLOCK_CHARACTERS``
    (a write and a hash update per event of a million were seconds), views passed on as
    they are."""
    block: list[str] = []
    size = 0
    for piece in pieces:
        if isinstance(piece, str):
            block.append(piece)
            size += len(piece)
            if size < _BLOCK_CHARACTERS:
                continue
        if block:
            yield "".join(block).encode("utf-8")
            block, size = [], 0
        if not isinstance(piece, str):
            yield piece
    if block:
        yield "".join(block).encode("utf-8")
