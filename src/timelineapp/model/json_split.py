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


def _unescaped_quotes(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.int64]:
    quotes = np.flatnonzero(data == _QUOTE)
    backslashes = np.flatnonzero(data == _BACKSLASH)
    if not quotes.size or not backslashes.size:
        return quotes
    # Only quotes right after a backslash can be escaped; backslashes are rare in text.
    after = backslashes + 1
    candidates = after[np.isin(after, quotes, assume_unique=True)]
    escaped = []
    for q in candidates.tolist():
        # Escaped when an odd number of backslashes precede it.
        run = 0
        k = q - 1
        while k >= 0 and data[k] == _BACKSLASH:
            run += 1
            k -= 1
        if run % 2:
            escaped.append(q)
    if not escaped:
        return quotes
    return np.setdiff1d(quotes, np.asarray(escaped, dtype=np.int64), assume_unique=True)


def split_events(raw: bytes) -> EventsSplit | None:
    """Spans of the top-level ``events`` elements, or None if the file is not that shape.

    None means "use the plain parser": it will produce the precise syntax or schema errors.
    """
    data = np.frombuffer(raw, dtype=np.uint8)
    quotes = _unescaped_quotes(data)
    if quotes.size % 2:
        return None
    structural = np.flatnonzero(
        (data == _OPENERS[0])
        | (data == _OPENERS[1])
        | (data == _CLOSERS[0])
        | (data == _CLOSERS[1])
        | (data == _COMMA)
    )
    # Outside strings: an even number of unescaped quotes come before the position.
    outside = np.searchsorted(quotes, structural) % 2 == 0
    structural = structural[outside]
    chars = data[structural]
    step = np.zeros(structural.size, dtype=np.int64)
    step[(chars == _OPENERS[0]) | (chars == _OPENERS[1])] = 1
    step[(chars == _CLOSERS[0]) | (chars == _CLOSERS[1])] = -1
    depth_after = np.cumsum(step)
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
    separators = structural[inner][(chars[inner] == _COMMA) & (depth_after[inner] == 2)]
    if raw[array_start + 1 : array_end - 1].strip() == b"":
        return EventsSplit(array_start, array_end, np.zeros((0, 2), dtype=np.int64))
    starts = np.concatenate(([array_start + 1], separators + 1))
    ends = np.concatenate((separators, [array_end - 1]))
    spans = np.stack([starts, ends], axis=1).astype(np.int64)
    return EventsSplit(array_start, array_end, spans)


def _events_key(
    raw: bytes,
    quotes: npt.NDArray[np.int64],
    structural: npt.NDArray[np.int64],
    depth_after: npt.NDArray[np.int64],
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
