"""Split an event file's bytes into its header and the bytes of each event (msgspec).

Big event files are validated event by event straight from their bytes, and each event is
later re-read from its byte span on demand instead of keeping a million Python objects alive.
Finding the events needs only the file's structure: msgspec (a well-kept C JSON decoder)
decodes the top level with the ``events`` array left as :class:`msgspec.Raw` bytes, then that
array into one ``Raw`` per event, without building the events (about 1 s for a 430 MB file).

msgspec holds Python's lock (the GIL) for as long as one decode runs: one pass over a 430 MB
file would freeze the window for 0.35 s on an idle machine and seconds on a busy one. A big
file is therefore split slice by slice (:func:`_split_in_slices`, a few MB each), and the
loading thread lets the window run between two slices.

A ``Raw`` decoded from a buffer is a view into it, so where an event's bytes lie in the file
is the distance between the two buffers' addresses: :func:`item_spans` turns a chunk's items
into ``[start, end)`` byte offsets. That takes about a microsecond per event, so the loader
asks for it chunk by chunk, in its worker processes; the split itself keeps only lengths and
a few exact marks (:class:`EventsSplit`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec
import numpy as np
import numpy.typing as npt

_Buffer = bytes | msgspec.Raw


class _TopLevel(msgspec.Struct):
    """The only key the split needs; the header's other keys are the models' business."""

    events: msgspec.Raw


class _Events(msgspec.Struct):
    """The events, each as its raw bytes (a view into the file's buffer)."""

    events: list[msgspec.Raw]


_TOP = msgspec.json.Decoder(_TopLevel)
_EVENTS = msgspec.json.Decoder(_Events)
_ITEMS = msgspec.json.Decoder(list[msgspec.Raw])


def _address(buffer: _Buffer) -> int:
    return int(np.frombuffer(buffer, dtype=np.uint8).ctypes.data)


def item_spans(buffer: _Buffer, items: Sequence[msgspec.Raw]) -> npt.NDArray[np.int64]:
    """``(n, 2)`` ``[start, end)`` byte offsets in ``buffer`` of items decoded from it."""
    base = _address(buffer)
    starts = np.fromiter(
        (_address(item) - base for item in items), dtype=np.int64, count=len(items)
    )
    lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
    return np.stack([starts, starts + lengths], axis=1)


def split_items(chunk: _Buffer) -> list[msgspec.Raw] | None:
    """The elements of a JSON array as raw bytes, or None when ``chunk`` is not one."""
    try:
        return _ITEMS.decode(chunk)
    except (msgspec.DecodeError, RecursionError):
        return None


_GRAIN = 64  # events between two exact marks (see EventsSplit)
_SEPARATOR = re.compile(rb"[ \t\r\n]*,[ \t\r\n]*")


def walk_spans(buffer: bytes, start: int, lengths: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``[start, end)`` of consecutive array elements of these ``lengths``, the first at
    ``start`` in ``buffer``: only whitespace and one comma stand between two elements of a
    valid JSON array (msgspec checked the JSON), so each next start follows from the last.

    A file written by one program has the same separator between every two elements: it is
    read from the first gap and checked at every gap at once; only when one differs are the
    elements walked one by one.
    """
    spans = _uniform_spans(buffer, start, lengths)
    if spans is not None:
        return spans
    spans = np.empty((lengths.shape[0], 2), dtype=np.int64)
    position = start
    match = _SEPARATOR.match
    for i, length in enumerate(lengths.tolist()):
        end = position + length
        spans[i] = position, end
        found = match(buffer, end)
        position = found.end() if found is not None else end
    return spans


_WHITESPACE = np.array([0x20, 0x09, 0x0A, 0x0D], dtype=np.uint8)


def _uniform_spans(
    buffer: bytes, start: int, lengths: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64] | None:
    """The spans when every gap is the first one's bytes, else None."""
    count = lengths.shape[0]
    if count < 2:
        return None
    first_end = start + int(lengths[0])
    found = _SEPARATOR.match(buffer, first_end)
    if found is None:
        return None
    gap = buffer[first_end : found.end()]
    starts = np.empty(count, dtype=np.int64)
    starts[0] = start
    np.cumsum(lengths[:-1] + len(gap), out=starts[1:])
    starts[1:] += start
    ends = starts + lengths
    if int(ends[-1]) > len(buffer):
        return None
    view = np.frombuffer(buffer, dtype=np.uint8)
    gaps = ends[:-1]
    for k, byte in enumerate(gap):
        if not np.array_equal(view[gaps + k], np.full(count - 1, byte, dtype=np.uint8)):
            return None
    # The gap is whole: the next element starts right after it, not on more whitespace.
    if np.isin(view[starts[1:]], _WHITESPACE).any():
        return None
    return np.stack([starts, ends], axis=1)


class EventsSplit(msgspec.Struct, frozen=True):
    """Where the events array is, and where each event lies in the file, compactly.

    A million ``Raw`` views would cost ~70 MB for as long as the file loads; instead the split
    keeps each event's length and the exact start of every 64th event. Any event's start is
    then its mark plus the lengths and separators in between (only whitespace and one comma
    can stand between two elements of a valid JSON array, and msgspec checked the JSON).
    """

    array_start: int  # offset of "[" of the events array
    array_end: int  # offset just past its "]"
    lengths: npt.NDArray[np.int64]  # byte length of each event
    marks: npt.NDArray[np.int64]  # start of events 0, 64, 128, ...

    @property
    def count(self) -> int:
        return int(self.lengths.shape[0])

    def header(self, raw: bytes) -> bytes:
        """The file with an empty events array: the documents, actors and metadata."""
        # One copy: slices added up were a copy each (a 44 MB header held three times).
        view = memoryview(raw)
        return b"".join((view[: self.array_start], b"[]", view[self.array_end :]))

    def start_of(self, raw: bytes, event: int) -> int:
        """Byte offset in ``raw`` where event number ``event`` starts."""
        mark, steps = divmod(event, _GRAIN)
        first = event - steps
        return int(walk_spans(raw, int(self.marks[mark]), self.lengths[first : event + 1])[-1, 0])

    def byte_range(self, raw: bytes, first: int, last: int) -> tuple[int, int]:
        """``[start, end)`` in ``raw`` from event ``first`` to event ``last - 1`` included."""
        end = self.start_of(raw, last - 1) + int(self.lengths[last - 1])
        return self.start_of(raw, first), end

    def spans(self, raw: bytes) -> npt.NDArray[np.int64]:
        """``[start, end)`` of every event in ``raw`` (the loader gets them chunk by chunk)."""
        if not self.count:
            return np.zeros((0, 2), dtype=np.int64)
        return walk_spans(raw, int(self.marks[0]), self.lengths)


SLICE_BYTES = (4 << 20) - (64 << 10)
"""Bytes of events decoded per msgspec call in a big file (a few ms of holding the GIL).

Just under the 4 MB from which a block gets its own mapping (:mod:`..freed_memory`): each
slice's buffer (these bytes and the rest of an event) then comes from the heap, where the
last one's freed memory serves again, instead of a new mapping faulted in page by page (at
100,000 events, 12,000 page faults became 5,000, and the split's system time a fifth)."""


def split_events(raw: bytes, slice_bytes: int = SLICE_BYTES) -> EventsSplit | None:
    """The top-level ``events`` array of ``raw``, or None if the file is not that shape.

    None means "use the plain parser": it will produce the precise syntax or schema errors.
    One pass decodes the file with each event left as raw bytes; the array's own brackets
    are then found next to its first and last events (only whitespace stands between). A file
    of more than two slices is split slice by slice (the same result, see
    :func:`_split_in_slices`), the one pass serving when that cannot be done.
    """
    if len(raw) > 2 * slice_bytes:
        split = _split_in_slices(raw, slice_bytes)
        if split is not None:
            return split
    try:
        items = _EVENTS.decode(raw).events
    except (msgspec.DecodeError, RecursionError):
        return None
    if not items:
        return _split_empty(raw)
    base = _address(raw)
    first = _address(items[0]) - base
    last_end = _address(items[-1]) - base + len(items[-1])
    array_start = raw.rfind(b"[", 0, first)
    array_end = raw.find(b"]", last_end) + 1
    lengths = np.fromiter(map(len, items), dtype=np.int64, count=len(items))
    marks = np.fromiter(
        (_address(item) - base for item in items[::_GRAIN]),
        dtype=np.int64,
        count=len(range(0, len(items), _GRAIN)),
    )
    return EventsSplit(array_start, array_end, lengths, marks)


_EVENTS_KEY = re.compile(rb'"events"[ \t\r\n]*:[ \t\r\n]*\[')
_CUT = re.compile(rb"\}[ \t\r\n]*,[ \t\r\n]*\{")  # where an event may end and the next begin
_TRIES = 16  # bad cuts in a file before giving up on slicing it


def _split_in_slices(raw: bytes, slice_bytes: int) -> EventsSplit | None:
    """:func:`split_events` a slice at a time, each decode holding the GIL briefly; None when
    the file does not lend itself to it (the one pass then decides).

    The events array starts at the first ``"events": [`` (such a key cannot be inside a JSON
    string, whose quotes are escaped). From a point where an event starts, a slice is cut at
    the next ``,`` followed by ``{`` past ``slice_bytes``, and decoded as a JSON array of raw
    items: if the cut fell inside a string or inside an event, the slice is not valid JSON
    (a string or an object left open), and the next cut is tried; a valid slice ends between
    two events, where the next slice starts. The rest of the array is decoded together with
    the file around it (the header before the array, whatever follows it), which checks that
    the array is the file's top-level ``events`` and that the whole file is JSON.
    """
    found = _EVENTS_KEY.search(raw)
    if found is None:
        return None
    array_start = found.end() - 1
    start = array_start + 1  # where the next slice begins (first event, maybe after spaces)
    lengths: list[npt.NDArray[np.int64]] = []
    marks: list[npt.NDArray[np.int64]] = []
    count = 0
    misses = [0]
    cuts = _CUT
    while len(raw) - start > 2 * slice_bytes:
        decoded = _next_slice(raw, start, slice_bytes, misses, cuts)
        if decoded is None:
            return None
        items, buffer, end = decoded
        if not items:
            return None
        if cuts is _CUT and len(items) > 1:
            cuts = _cuts_like(buffer, items)
        _keep(items, buffer, start - 1, count, lengths, marks)
        count += len(items)
        start = end + 1  # past the comma
    # The rest: the header, "[", the last events and what follows the array, as one file.
    view = memoryview(raw)
    tail = b"".join((view[:array_start], b"[", view[start:]))  # one copy (a sum made three)
    try:
        items = _EVENTS.decode(tail).events
    except (msgspec.DecodeError, RecursionError):
        return None
    if not items:
        return None
    first = _address(items[0]) - _address(tail)
    if tail[array_start + 1 : first].strip(b" \t\r\n"):
        return None  # the top-level events are another array than the one sliced
    shift = start - (array_start + 1)  # tail offset -> raw offset, past the header
    _keep(items, tail, shift, count, lengths, marks)
    last_end = _address(items[-1]) - _address(tail) + len(items[-1]) + shift
    array_end = raw.find(b"]", last_end) + 1
    return EventsSplit(array_start, array_end, np.concatenate(lengths), np.concatenate(marks))


def _cuts_like(buffer: bytes, items: list[msgspec.Raw]) -> re.Pattern[bytes]:
    """Where events end and begin in a file whose first events were found in ``buffer``:
    after a ``}``, the bytes between its first two events, then ``{``.

    A program writes the same bytes between every two events, and those of a pretty-printed
    or one-event-per-line file hold a line break, which no JSON string can: such a cut is
    nearly always right at the first try (``,{`` alone is also found between an event's
    actors or quotes).
    """
    end = _address(items[0]) - _address(buffer) + len(items[0])
    gap = buffer[end : _address(items[1]) - _address(buffer)]
    return re.compile(re.escape(b"}" + gap + b"{"))


def _next_slice(
    raw: bytes, start: int, slice_bytes: int, misses: list[int], cuts: re.Pattern[bytes]
) -> tuple[list[msgspec.Raw], bytes, int] | None:
    """The events of the slice of ``raw`` from ``start`` (where an event starts) to a cut
    past ``slice_bytes``, the buffer they are views into (``"["`` + the slice + ``"]"``), and
    the cut (the comma's offset); None when no cut gives a valid slice, or when the file has
    had ``_TRIES`` bad cuts already (``misses[0]`` counts them: a file full of ``,{`` inside
    strings must not be decoded dozens of times over)."""
    position = start + slice_bytes
    while misses[0] < _TRIES:
        found = cuts.search(raw, position)
        if found is None:
            return None
        cut = raw.index(b",", found.start())  # the comma between the two events
        buffer = b"".join((b"[", memoryview(raw)[start:cut], b"]"))
        try:
            return _ITEMS.decode(buffer), buffer, cut
        except (msgspec.DecodeError, RecursionError):
            position = cut + 1  # inside a string or an event: the next cut
            misses[0] += 1
    return None


def _keep(
    items: list[msgspec.Raw],
    buffer: bytes,
    shift: int,
    count: int,
    lengths: list[npt.NDArray[np.int64]],
    marks: list[npt.NDArray[np.int64]],
) -> None:
    """Append the lengths of ``items`` (views into ``buffer``, whose offset ``k`` is ``k +
    shift`` in the file; events ``count`` on) and the starts of those with a mark."""
    lengths.append(np.fromiter(map(len, items), dtype=np.int64, count=len(items)))
    first_mark = -count % _GRAIN
    marked = items[first_mark::_GRAIN]
    base = _address(buffer) - shift
    marks.append(
        np.fromiter((_address(item) - base for item in marked), dtype=np.int64, count=len(marked))
    )


def _split_empty(raw: bytes) -> EventsSplit | None:
    """The split of a file whose events array is empty (no event to find its brackets by)."""
    try:
        array = _TOP.decode(raw).events
    except (msgspec.DecodeError, RecursionError):
        return None
    start = _address(array) - _address(raw)
    empty = np.zeros(0, dtype=np.int64)
    return EventsSplit(start, start + len(array), empty, empty)
