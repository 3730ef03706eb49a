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
    spans: npt.NDArray[np.int64]  # (n, 2): [start, end) of each element, whitespace trimmed

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


def _escaped(data: npt.NDArray[np.uint8], quotes: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """Which quotes are escaped: preceded by an odd run of backslashes (rare in text)."""
    escaped = np.zeros(quotes.size, dtype=np.bool_)
    candidates = np.flatnonzero((quotes > 0) & (data[np.maximum(quotes - 1, 0)] == _BACKSLASH))
    for k in candidates.tolist():
        run = 0
        i = int(quotes[k]) - 1
        while i >= 0 and data[i] == _BACKSLASH:
            run += 1
            i -= 1
        escaped[k] = run % 2 == 1
    return escaped


def split_events(raw: bytes) -> EventsSplit | None:
    """Spans of the top-level ``events`` elements, or None if the file is not that shape.

    None means "use the plain parser": it will produce the precise syntax or schema errors.
    """
    classes = np.frombuffer(raw.translate(_TABLE), dtype=np.uint8)
    data = np.frombuffer(raw, dtype=np.uint8)
    marks = np.flatnonzero(classes)
    kinds = classes[marks]
    is_quote = kinds == 1
    if is_quote.any() and (kinds == 2).any():
        quote_positions = np.flatnonzero(is_quote)
        escaped = _escaped(data, marks[quote_positions])
        is_quote[quote_positions[escaped]] = False
    # Inside a string after an odd number of (unescaped) quotes: a running xor is that parity
    # in one byte per position (a running count would need eight).
    inside = np.logical_xor.accumulate(is_quote)
    if inside.size and inside[-1]:
        return None
    outside = ~inside & (kinds >= 3)
    structural = marks[outside]
    chars = kinds[outside]
    quotes = marks[is_quote]
    step = np.zeros(structural.size, dtype=np.int32)
    step[chars == 3] = 1
    step[chars == 4] = -1
    depth_after = np.cumsum(step, dtype=np.int32)
    if depth_after.size == 0 or depth_after[-1] != 0 or depth_after.min() < 0:
        return None
    key = _events_key(raw, quotes, structural, depth_after)
    if key is None:
        return None
    # The "[" that follows the key at depth 1 opens the array (depth 2 after it).
    k = int(np.searchsorted(structural, key))
    if k >= structural.size or data[structural[k]] != _OPENERS[1] or depth_after[k] != 2:
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


def _events_key(
    raw: bytes,
    quotes: npt.NDArray[np.int64],
    structural: npt.NDArray[np.int64],
    depth_after: npt.NDArray[np.int32],
) -> int | None:
    """Offset of the top-level ``"events"`` key (its opening quote), if any."""
    start = 0
    while True:
        found = raw.find(b'"events"', start)
        if found < 0:
            return None
        start = found + 1
        q = int(np.searchsorted(quotes, found))
        if q >= quotes.size or quotes[q] != found or q % 2:
            continue  # inside a string, or not an unescaped opening quote
        k = int(np.searchsorted(structural, found))
        depth = int(depth_after[k - 1]) if k > 0 else 0
        if depth == 1:
            return found


def trimmed(raw: bytes, spans: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Spans with surrounding whitespace removed (for exact locations in messages)."""
    out = spans.copy()
    for i, (s, e) in enumerate(spans.tolist()):
        piece = raw[s:e]
        out[i, 0] = s + (len(piece) - len(piece.lstrip()))
        out[i, 1] = e - (len(piece) - len(piece.rstrip()))
    return out
