"""Text search without case or accents: query words, matches in a text, and the search index.

Matching ignores case and accents through :func:`~..folding.fold`, one per-character mapping:
the index applies the same mapping to all event texts at once with numpy, so a query folded
with :func:`fold` matches exactly what it should.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..folding import EVENT_SEPARATOR, fold, fold_char
from ..loading.chunks import search_text

if TYPE_CHECKING:
    from ..file_format import Event

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]


def find_terms(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the folded ``terms`` occur in ``text``: sorted, merged ``[start, end)`` spans.

    Offsets are into the original text (code points), so that matches found without case or
    accents ("etats") can be highlighted where they stand ("États").
    """
    if not terms or not text:
        return []
    folded: list[str] = []
    origin: list[int] = []  # for each folded character, the original index it came from
    for i, char in enumerate(text):
        piece = fold_char(char) if not char.isascii() else char.lower()
        folded.append(piece)
        origin.extend([i] * len(piece))
    flat = "".join(folded)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = flat.find(term)
        while start >= 0 and term:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = flat.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def search_terms(text: str) -> list[str]:
    """The folded words of a query, each of which an event must contain (in any order)."""
    return list(dict.fromkeys(fold(text).split()))


def event_search_text(event: Event) -> str:
    """The words of an event that text search looks through (as the loader collects them)."""
    return search_text(event)


_SCAN_BLOCK = 1 << 22  # bytes of the search text compared at a time


class TextIndex:
    """All events' folded text as one UTF-8 byte array, and where each event starts in it."""

    def __init__(self, folded: bytes | npt.NDArray[np.uint8], count: int) -> None:
        """``folded`` is the blob of :func:`~.folding.fold_texts` over the ``count`` events."""
        self.data: npt.NDArray[np.uint8] = np.frombuffer(folded, dtype=np.uint8)
        separators = self._places(ord(EVENT_SEPARATOR), -1, 0, self.data.size)
        self.starts: IntArray = np.concatenate(([0], separators + 1)).astype(np.int64)
        if self.starts.size != max(count, 1):
            raise ValueError(f"expected {count} event texts, found {self.starts.size}")
        # Roughly how often each byte and each pair of adjacent bytes occur (a sample is
        # enough and many times faster): a term is anchored on its rarest pair.
        sample = np.arange(0, max(self.data.size - 1, 0), 61)
        self.byte_counts: IntArray = np.bincount(self.data[sample], minlength=256)
        pairs = self.data[sample].astype(np.int64) * 256 + self.data[sample + 1]
        self.pair_counts: IntArray = np.bincount(pairs, minlength=65536)
        self.count = count

    def contains(self, term: str) -> BoolArray:
        """Per event: does its folded text contain ``term`` (already folded)?"""
        result = np.zeros(self.count, dtype=np.bool_)
        pattern = np.frombuffer(term.encode("utf-8", "surrogatepass"), dtype=np.uint8)
        size = pattern.size
        data = self.data
        if not size or size > data.size or not self.count:
            return result
        # Candidates are the places of the pattern's rarest pair of bytes; the other bytes
        # then narrow them down. All vectorised: the cost follows the size of the text and
        # how common that pair is, never the number of events or of matches.
        last = data.size - size + 1  # number of places the pattern could start
        if size == 1:
            anchor = 0
            starts = self._places(int(pattern[0]), -1, 0, last)
        else:
            codes = pattern[:-1].astype(np.int64) * 256 + pattern[1:]
            anchor = int(np.argmin(self.pair_counts[codes]))
            pair = (int(pattern[anchor]), int(pattern[anchor + 1]))
            starts = self._places(*pair, anchor, last)
        for k in np.argsort(self.byte_counts[pattern], kind="stable").tolist():
            if k in (anchor, anchor + 1):
                continue
            starts = starts[data[starts + k] == pattern[k]]
            if not starts.size:
                return result
        result[np.searchsorted(self.starts, starts, side="right") - 1] = True
        return result

    def _places(self, first: int, second: int, shift: int, last: int) -> IntArray:
        """Each ``p < last`` where byte ``first`` is at ``p + shift`` (and ``second``, unless
        it is -1, right after it). Scanned block by block: whole-text temporaries would be
        hundreds of megabytes, and touching fresh memory made the first search seconds long.
        """
        data = self.data
        found = []
        for begin in range(0, last, _SCAN_BLOCK):
            end = min(last, begin + _SCAN_BLOCK)
            hits = data[begin + shift : end + shift] == first
            if second >= 0:
                hits &= data[begin + shift + 1 : end + shift + 1] == second
            found.append(np.flatnonzero(hits) + begin)
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
