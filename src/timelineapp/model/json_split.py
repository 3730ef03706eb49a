"""Find the byte span of every element of a JSON file's top-level ``"events"`` array.

Big event files are validated event by event straight from their bytes (pydantic parses
JSON in Rust), and each event is later re-read from its span on demand instead of keeping a
million Python objects alive. Finding the spans needs only the structure of the file, which
numpy finds in a few passes over the bytes: quotes that are not escaped delimit strings, and
brackets outside strings give the nesting depth.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_QUOTE = ord('"')
_BACKSLASH = ord("\\")
_OPENERS = (ord("{"), ord("["))
_CLOSERS = (ord("}"), ord("]"))
_COMMA = ord(",")


@dataclass(frozen=True)
class EventsSplit:
    """Where the events array is and where each of its elements starts and ends."""

    array_start: int  # offset of "[" of the events array
    array_end: int  # offset just past its "]"
    spans: npt.NDArray[np.int64]  # (n, 2): [start, end) of each element, with its whitespace

    def header(self, raw: bytes) -> bytes:
        """The file with an empty events array: the documents, actors and metadata."""
        return raw[: self.array_start] + b"[]" + raw[self.array_end :]


# bytes.translate classifies every byte in one C pass: 0 plain, 1 quote, 2 backslash,
# 3 opener, 4 closer, 5 comma. Only the non-zero positions are looked at afterwards.
_CLASSES = bytearray(256)
_CLASSES[_QUOTE] = 1
_CLASSES[_BACKSLASH] = 2
for _c in _OPENERS:
    _CLASSES[_c] = 3
for _c in _CLOSERS:
    _CLASSES[_c] = 4
_CLASSES[_COMMA] = 5
_TABLE = bytes(_CLASSES)


_WINDOW = 1 << 22  # bytes scanned at a time: bounded memory, and the GIL held only ms at once


def _escaped_in(raw: bytes, quotes: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """Which of these quote offsets are escaped (an odd run of backslashes before them)."""
    escaped = np.zeros(quotes.size, dtype=np.bool_)
    for k, q in enumerate(quotes.tolist()):
        run = 0
        i = q - 1
        while i >= 0 and raw[i] == _BACKSLASH:
            run += 1
            i -= 1
        escaped[k] = run % 2 == 1
    return escaped


@dataclass
class _Scan:
    """What the window-by-window scan keeps: structure at depth 2 or less, and the key."""

    positions: list[npt.NDArray[np.int64]]
    chars: list[npt.NDArray[np.uint8]]
    depths: list[npt.NDArray[np.int32]]
    key: int | None = None
    inside: bool = False
    depth: int = 0
    lowest: int = 0


def _scan_window(raw: bytes, start: int, stop: int, scan: _Scan) -> None:
    classes = np.frombuffer(raw[start:stop].translate(_TABLE), dtype=np.uint8)
    marks = np.flatnonzero(classes)
    kinds = classes[marks]
    marks = marks + start
    is_quote = kinds == 1
    if (kinds == 2).any() or (start > 0 and raw[start - 1] == _BACKSLASH):
        # Quotes right after a backslash (possibly the last byte of the previous window).
        before = np.zeros(marks.size, dtype=np.bool_)
        before[1:] = (kinds[:-1] == 2) & (marks[1:] - 1 == marks[:-1])
        if marks.size and marks[0] == start and start > 0:
            before[0] = raw[start - 1] == _BACKSLASH
        candidates = np.flatnonzero(is_quote & before)
        if candidates.size:
            is_quote[candidates[_escaped_in(raw, marks[candidates])]] = False
    # Inside a string after an odd number of unescaped quotes: a running xor is that parity.
    inside = np.logical_xor.accumulate(is_quote) ^ scan.inside
    outside = ~inside & (kinds >= 3)
    structural = marks[outside]
    chars = kinds[outside]
    step = np.zeros(structural.size, dtype=np.int32)
    step[chars == 3] = 1
    step[chars == 4] = -1
    depth = np.cumsum(step, dtype=np.int32) + np.int32(scan.depth)
    if scan.key is None:
        scan.key = _events_key_in(
            raw, start, stop, marks, is_quote, inside, structural, depth, scan
        )
    keep = depth <= 2
    scan.positions.append(structural[keep])
    scan.chars.append(chars[keep])
    scan.depths.append(depth[keep])
    if depth.size:
        scan.lowest = min(scan.lowest, int(depth.min()))
        scan.depth = int(depth[-1])
    if inside.size:
        scan.inside = bool(inside[-1])


def _events_key_in(
    raw: bytes,
    start: int,
    stop: int,
    marks: npt.NDArray[np.int64],
    is_quote: npt.NDArray[np.bool_],
    inside: npt.NDArray[np.bool_],
    structural: npt.NDArray[np.int64],
    depth: npt.NDArray[np.int32],
    scan: _Scan,
) -> int | None:
    """Offset of the top-level ``"events"`` key's opening quote in this window, if any."""
    # The search may run past the window so that a key cut by its edge is found here.
    limit = min(len(raw), stop + len(b'"events"'))
    found = raw.find(b'"events"', start, limit)
    while 0 <= found < stop:
        k = int(np.searchsorted(marks, found))
        # An unescaped quote that opens a string (outside one before it), at depth 1.
        opens = k < marks.size and marks[k] == found and is_quote[k] and inside[k]
        if opens:
            j = int(np.searchsorted(structural, found))
            level = int(depth[j - 1]) if j > 0 else scan.depth
            if level == 1:
                return found
        found = raw.find(b'"events"', found + 1, limit)
    return None


def split_events(raw: bytes) -> EventsSplit | None:
    """Spans of the top-level ``events`` elements, or None if the file is not that shape.

    None means "use the plain parser": it will produce the precise syntax or schema errors.
    """
    scan = _Scan([], [], [])
    for start in range(0, len(raw), _WINDOW):
        _scan_window(raw, start, min(len(raw), start + _WINDOW), scan)
    if scan.inside or scan.depth != 0 or scan.lowest < 0 or scan.key is None:
        return None
    structural = np.concatenate(scan.positions)
    chars = np.concatenate(scan.chars)
    depth_after = np.concatenate(scan.depths)
    key = scan.key
    # The "[" that follows the key at depth 1 opens the array (depth 2 after it).
    k = int(np.searchsorted(structural, key))
    if k >= structural.size or chars[k] != 3 or raw[structural[k]] != _OPENERS[1]:
        return None
    if depth_after[k] != 2:
        return None
    between = raw[key + len(b'"events"') : int(structural[k])].strip()
    if between != b":":
        return None
    closing = k + 1 + int(np.argmax(depth_after[k + 1 :] == 1))
    array_start, array_end = int(structural[k]), int(structural[closing]) + 1
    inner = slice(k + 1, closing)
    separators = structural[inner][(chars[inner] == 5) & (depth_after[inner] == 2)]
    if not separators.size and not raw[array_start + 1 : array_end - 1].strip():
        return EventsSplit(array_start, array_end, np.zeros((0, 2), dtype=np.int64))
    starts = np.concatenate(([array_start + 1], separators + 1))
    ends = np.concatenate((separators, [array_end - 1]))
    spans = np.stack([starts, ends], axis=1).astype(np.int64)
    return EventsSplit(array_start, array_end, spans)
