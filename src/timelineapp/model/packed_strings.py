"""A read-only list of strings stored as one UTF-8 buffer and offsets.

A million titles as Python strings cost ~100 MB and seconds to rebuild from a cache; packed,
they load as two arrays and each string is decoded only when someone reads it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt

from .lazy_sequence import LazySequence

_STEP = 1 << 15  # strings per step of a whole-list pass that lets other threads run between


class PackedStrings(LazySequence[str]):
    def __init__(self, blob: bytes | npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]) -> None:
        # A (memory-mapped) uint8 array is read through a memoryview: no copy is made.
        self._blob: bytes | memoryview = (
            blob if isinstance(blob, bytes) else memoryview(blob)  # type: ignore[arg-type]
        )
        self._offsets = offsets  # len + 1 byte offsets

    @classmethod
    def pack(cls, values: Sequence[str]) -> PackedStrings:
        # Encoded all at once (the loader packs a million titles and ids); when the text is
        # not ASCII, each string's byte length is that of its own UTF-8 (encoding each
        # again, in C, measured three times quicker than counting bytes per character).
        joined = "".join(values)
        blob = joined.encode("utf-8")
        offsets = np.zeros(len(values) + 1, dtype=np.int64)
        if len(blob) == len(joined):  # ASCII: a byte a character
            lengths = map(len, values)
        else:
            lengths = map(len, map(str.encode, values))
        np.cumsum(np.fromiter(lengths, np.int64, len(values)), out=offsets[1:])
        return cls(blob, offsets)

    @classmethod
    def join(cls, parts: Sequence[PackedStrings]) -> PackedStrings:
        """One list of all ``parts``' strings, in order."""
        blobs = [bytes(p._blob) for p in parts]
        offsets = [np.zeros(1, dtype=np.int64)]
        base = 0
        for part, blob in zip(parts, blobs, strict=True):
            offsets.append(part._offsets[1:] - part._offsets[0] + base)
            base += len(blob)
        return cls(b"".join(blobs), np.concatenate(offsets))

    @classmethod
    def join_releasing(cls, parts: list[PackedStrings]) -> PackedStrings:
        """:meth:`join`, each part dropped from ``parts`` once copied (the loader's merge of a
        million titles holds them once, not twice)."""
        total = sum(len(part._blob) for part in parts)
        blob = np.empty(total, dtype=np.uint8)
        offsets = [np.zeros(1, dtype=np.int64)]
        base = 0
        for k, part in enumerate(parts):
            size = len(part._blob)
            blob[base : base + size] = np.frombuffer(part._blob, dtype=np.uint8)
            offsets.append(part._offsets[1:] - part._offsets[0] + base)
            base += size
            parts[k] = _EMPTY
        return cls(blob, np.concatenate(offsets))

    def __reduce__(self) -> tuple[type[PackedStrings], tuple[bytes, npt.NDArray[np.int64]]]:
        return (PackedStrings, (bytes(self._blob), np.asarray(self._offsets)))

    @property
    def blob(self) -> bytes:
        return bytes(self._blob)

    @property
    def buffer(self) -> npt.NDArray[np.uint8]:
        """The packed UTF-8 bytes as a uint8 array, without a copy (:attr:`blob` copies)."""
        return np.frombuffer(self._blob, dtype=np.uint8)

    @property
    def offsets(self) -> npt.NDArray[np.int64]:
        return self._offsets

    def all_distinct(self) -> bool:
        """Whether no string occurs twice: a million ids compared without decoding each one
        (UTF-8 is one-to-one, so equal bytes are equal strings).

        Each string's bytes are hashed to 64 bits with numpy, in steps (one C call over a
        million strings would hold the GIL for long, and the window, the loader's GUI
        thread, could not answer meanwhile), and the hashes are sorted: all different, the
        strings are too. Equal hashes (a duplicate, or rarely a collision) are settled by
        comparing the strings themselves (:meth:`_all_distinct_exactly`).
        """
        count = len(self)
        if count < 2:
            return True
        buffer = np.frombuffer(self._blob, dtype=np.uint8)
        hashes = np.empty(count, np.uint64)
        for k in range(0, count, _STEP):
            hashes[k : k + _STEP] = _hashes(buffer, self._offsets[k : k + _STEP + 1])
        hashes.sort()
        if not np.any(hashes[1:] == hashes[:-1]):
            return True
        return self._all_distinct_exactly()

    def _all_distinct_exactly(self) -> bool:
        blob = bytes(self._blob)
        bounds = self._offsets.tolist()
        seen: set[bytes] = set()
        for k in range(0, len(bounds) - 1, _STEP):  # in steps, as above
            part = bounds[k : k + _STEP + 1]
            seen.update(map(blob.__getitem__, map(slice, part[:-1], part[1:])))
        return len(seen) == len(self)

    def __len__(self) -> int:
        return int(self._offsets.size - 1)

    def _item(self, i: int) -> str:
        return str(self._blob[int(self._offsets[i]) : int(self._offsets[i + 1])], "utf-8")

    def __iter__(self) -> Iterator[str]:
        blob = self._blob
        bounds = self._offsets.tolist()
        for a, b in itertools.pairwise(bounds):
            yield str(blob[a:b], "utf-8")


_EMPTY = PackedStrings(b"", np.zeros(1, dtype=np.int64))
_MULTIPLIER = np.uint64(0x100000001B3)  # FNV-1's 64-bit prime: bytes are mixed by powers of it
_LENGTH_MIX = np.uint64(0x9E3779B97F4A7C15)


def _hashes(
    buffer: npt.NDArray[np.uint8], offsets: npt.NDArray[np.int64]
) -> npt.NDArray[np.uint64]:
    """A 64-bit hash of each string ``buffer[offsets[i]:offsets[i + 1]]``: its bytes times
    powers of a prime, added (wrapping), mixed with its length. Equal strings hash equal."""
    starts = offsets[:-1]
    lengths = np.diff(offsets)
    if offsets[-1] == offsets[0]:
        return lengths.astype(np.uint64) * _LENGTH_MIX
    # The strings' bytes and a 0 after them, so that every start (an empty last string's
    # too) is inside the data.
    data = np.zeros(int(offsets[-1] - offsets[0]) + 1, np.uint64)
    data[:-1] = buffer[offsets[0] : offsets[-1]]
    within = np.arange(data.size - 1, dtype=np.int64) - np.repeat(starts - offsets[0], lengths)
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(int(lengths.max()), _MULTIPLIER, np.uint64))
        data[:-1] *= powers[within]
        # Each string's products added up; reduceat gives an empty string the next byte
        # instead of nothing, so its sum is set to 0.
        sums = np.add.reduceat(data, starts - offsets[0])
        sums[lengths == 0] = 0
        return sums + lengths.astype(np.uint64) * _LENGTH_MIX  # type: ignore[no-any-return]
