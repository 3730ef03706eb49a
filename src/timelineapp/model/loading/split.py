"""Split an event file's bytes into its header and the bytes of each event (msgspec).

Big event files are validated event by event straight from their bytes, and each event is
later re-read from its byte span on demand instead of keeping a million Python objects alive.
Finding the events needs only the file's structure: msgspec (a well-kept C JSON decoder)
decodes the top level with the ``events`` array left as :class:`msgspec.Raw` bytes, then that
array into one ``Raw`` per event, without building the events (about 1 s for a 430 MB file).

A ``Raw`` decoded from a buffer is a view into it, so where an event's bytes lie in the file
is the distance between the two buffers' addresses: :func:`item_spans` turns a chunk's items
into ``[start, end)`` byte offsets. That takes about a microsecond per event, so the loader
asks for it chunk by chunk, in its worker processes, rather than here for the whole file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import msgspec
import numpy as np
import numpy.typing as npt

_Buffer = bytes | msgspec.Raw


class _TopLevel(msgspec.Struct):
    """The only key the split needs; the header's other keys are the models' business."""

    events: msgspec.Raw


_TOP = msgspec.json.Decoder(_TopLevel)
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


@dataclass(frozen=True)
class EventsSplit:
    """Where the events array is, and its events as raw views into the file's bytes."""

    array_start: int  # offset of "[" of the events array
    array_end: int  # offset just past its "]"
    items: list[msgspec.Raw]  # each event's bytes (views: they keep the file's bytes alive)

    @property
    def count(self) -> int:
        return len(self.items)

    def header(self, raw: bytes) -> bytes:
        """The file with an empty events array: the documents, actors and metadata."""
        return raw[: self.array_start] + b"[]" + raw[self.array_end :]

    def spans(self, raw: bytes) -> npt.NDArray[np.int64]:
        """``[start, end)`` of every event in ``raw`` (the loader gets them chunk by chunk)."""
        return item_spans(raw, self.items)

    def byte_range(self, raw: bytes, first: int, last: int) -> tuple[int, int]:
        """``[start, end)`` in ``raw`` from event ``first`` to event ``last - 1`` included."""
        base = _address(raw)
        return (
            _address(self.items[first]) - base,
            _address(self.items[last - 1]) - base + len(self.items[last - 1]),
        )


def split_events(raw: bytes) -> EventsSplit | None:
    """The top-level ``events`` array of ``raw``, or None if the file is not that shape.

    None means "use the plain parser": it will produce the precise syntax or schema errors.
    """
    try:
        top = _TOP.decode(raw)
    except (msgspec.DecodeError, RecursionError):
        return None
    array = top.events
    items = split_items(array)
    if items is None:
        return None
    array_start = _address(array) - _address(raw)
    return EventsSplit(array_start, array_start + len(array), items)
