"""Ids -> their index, for a million ids, without a Python string and int per id.

A file may declare a million actors; a ``dict`` of their ids cost 56 MB for the dict and its
int values, plus 53 MB for the id strings it keys, 120 bytes an actor: alone more than the
3x-the-file memory promise leaves (the file is 55 bytes an actor). :class:`IdIndex` keeps the
ids packed (:class:`.PackedStrings`, UTF-8 and 32-bit offsets) and each id's hash code sorted
(numpy): a lookup is a binary search, then the id itself compared, so a code shared by two ids
is never mistaken. Bulk lookups (an event naming a million actors) go by numpy, a step at a
time. A code is the low 32 bits of ``hash`` and a position 32 bits too (8 bytes an id, not
16): a million ids then hold about a hundred pairs sharing a code, each costing one more
comparison, never a wrong answer.

Python's string hash is seeded per process, so the hashes are a cache made in the process
that uses them; pickled (to a loading worker), an index sends its ids only.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import repeat
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from .packed_strings import PackedStrings

_STEP = 1 << 16  # ids hashed or looked up at a time (the temporaries stay a few MB)
_hash = hash  # (tests put a worse one here, to see ids that share a hash told apart)
_CODE_BITS = 0xFFFFFFFF  # a code: the hash's low 32 bits
_INT32_LIMIT = 1 << 31


def _code(key: str) -> int:
    return _hash(key) & _CODE_BITS


def _positions(count: int) -> type[np.int32] | type[np.int64]:
    """The narrowest type that numbers ``count`` positions (32 bits short of 2 GB)."""
    return np.int32 if count < _INT32_LIMIT else np.int64


class StringPacker:
    """Strings packed a batch at a time into one growing buffer, their byte lengths into
    another, then made one :class:`PackedStrings` (with a ``bytes`` blob: see :func:`taken`).

    The batches are not kept as parts to join: a million actors' parts were 28 MB of small
    blocks that the C heap kept, freed, beside the joined columns, at the peak of opening a
    file. A growing buffer is one block (moved by the system, not copied, as it grows)."""

    def __init__(self) -> None:
        self._blob = bytearray()
        self._lengths = bytearray()  # int32 each

    def add(self, values: Sequence[str]) -> None:
        self.add_packed(*blob_and_lengths(values))

    def add_packed(self, blob: bytes, lengths: npt.NDArray[np.int32]) -> None:
        """Strings already packed: their UTF-8 ``blob`` and each one's byte length."""
        self._blob += blob
        self._lengths += lengths.astype(np.int32, copy=False).tobytes()

    def finish(self) -> PackedStrings:
        """The strings added so far, packed (the packer is empty after)."""
        lengths = np.frombuffer(self._lengths, dtype=np.int32)
        kind = _positions(len(self._blob) + 1)
        offsets = np.zeros(lengths.size + 1, dtype=kind)
        np.cumsum(lengths, dtype=kind, out=offsets[1:])
        del lengths
        self._lengths = bytearray()
        blob = bytes(self._blob)
        self._blob = bytearray()
        return PackedStrings(blob, cast("npt.NDArray[np.int64]", offsets))  # (as above)


def blob_and_lengths(values: Sequence[str]) -> tuple[bytes, npt.NDArray[np.int32]]:
    """``values`` as one UTF-8 blob and each one's byte length (for
    :meth:`StringPacker.add_packed`)."""
    packed = PackedStrings.pack(values)
    return packed.blob, np.diff(packed.offsets).astype(np.int32)


def hashes_of(values: Sequence[str]) -> npt.NDArray[np.uint32]:
    """Each string's code (its hash's low 32 bits), as :class:`IdIndex` sorts them (for
    ``IdIndex(ids, hashes)``)."""
    hashes = np.fromiter(map(_hash, values), np.int64, len(values))
    return (hashes & _CODE_BITS).astype(np.uint32)


def taken(strings: PackedStrings, indices: npt.NDArray[np.integer[Any]]) -> list[str]:
    """The strings at ``indices`` (decoded by ``map`` in C, not one Python call each)."""
    blob = strings.blob  # bytes: no copy for a blob given as bytes
    offsets = strings.offsets
    starts, ends = offsets[indices].tolist(), offsets[indices + 1].tolist()
    return list(map(str, map(blob.__getitem__, map(slice, starts, ends)), repeat("utf-8")))


class IdIndex(Mapping[str, int]):
    """Each id of a packed list -> its index (the last one for an id given twice)."""

    def __init__(self, ids: PackedStrings, hashes: npt.NDArray[np.uint32] | None = None) -> None:
        """``hashes``: each id's code (:func:`hashes_of`), when the caller had the strings."""
        self.ids = ids
        self._sorted: npt.NDArray[np.uint32] | None = None  # codes, sorted
        self._order: npt.NDArray[np.integer[Any]] = np.zeros(0, dtype=np.int32)  # their ids
        self._distinct = -1
        if hashes is not None:
            self._sort(hashes)

    def _sort(self, hashes: npt.NDArray[np.uint32]) -> None:
        # Stable: an id given twice has its copies in file order, the last one last.
        order = np.argsort(hashes, kind="stable")
        self._sorted = hashes[order]
        self._order = order.astype(_positions(order.size), copy=False)

    def __reduce__(self) -> tuple[type[IdIndex], tuple[PackedStrings]]:
        return (IdIndex, (self.ids,))  # the hashes are this process's (seeded): made again

    def _hashes(self) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.integer[Any]]]:
        if self._sorted is None:
            count = len(self.ids)
            hashes = np.empty(count, dtype=np.uint32)
            for start in range(0, count, _STEP):
                stop = min(start + _STEP, count)
                part = taken(self.ids, np.arange(start, stop, dtype=np.int64))
                hashes[start:stop] = hashes_of(part)
            self._sort(hashes)
        assert self._sorted is not None
        return self._sorted, self._order

    def _find(self, key: str, right: int | None = None) -> int:
        """The index of ``key``, or -1 (``right``: where its hash's run ends, if known)."""
        found, order = self._hashes()
        code = _code(key)
        if right is None:
            # The code as the codes' own type: a Python int made numpy search a 64-bit copy
            # of all of them (8 MB a lookup for a million ids).
            right = int(np.searchsorted(found, np.uint32(code), side="right"))
        position = right - 1
        while position >= 0 and int(found[position]) == code:
            index = int(order[position])
            if self.ids[index] == key:
                return index
            position -= 1
        return -1

    def __getitem__(self, key: str) -> int:
        index = self._find(key) if isinstance(key, str) else -1
        if index < 0:
            raise KeyError(key)
        return index

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def numbers(self, keys: Sequence[str]) -> npt.NDArray[np.int32]:
        """The index of each of ``keys``, -1 for an unknown one: a binary search of all
        hashes at once (numpy), then each found id compared with its key (``map`` in C)."""
        found, order = self._hashes()
        result = np.full(len(keys), -1, dtype=np.int32)
        if not len(found):
            return result
        for start in range(0, len(keys), _STEP):
            part = keys[start : start + _STEP]
            codes = hashes_of(part)
            right = np.searchsorted(found, codes, side="right")
            at = np.maximum(right - 1, 0)
            hit = (right > 0) & (found[at] == codes)
            candidates = order[at[hit]]
            asked = part if hit.all() else _at(part, hit)
            same = np.fromiter(
                map(str.__eq__, taken(self.ids, candidates), asked), np.bool_, len(candidates)
            )
            numbers = result[start : start + len(part)]
            numbers[np.flatnonzero(hit)[same]] = candidates[same]
            # A hash shared with another id (rare): that id's run of hashes is searched.
            for k in np.flatnonzero(hit)[~same].tolist():
                numbers[k] = self._find(part[k], int(right[k]))
        return result

    def __len__(self) -> int:
        """The number of distinct ids."""
        if self._distinct < 0:
            found, order = self._hashes()
            # A hash equal to the one before it: one flag a hash (a million ids: 1 MB, where
            # arrays of run bounds were 24 MB for a moment, at the peak of opening).
            again = found[1:] == found[:-1]
            distinct = len(found) - int(np.count_nonzero(again))
            if distinct != len(found):
                # Runs of one hash may hold different ids (rare): counted exactly.
                first = again & np.concatenate(([True], ~again[:-1]))  # where a run starts
                for start in np.flatnonzero(first).tolist():
                    stop = start + 1
                    while stop < len(again) and again[stop]:
                        stop += 1
                    run = order[start : stop + 1]
                    distinct += len(set(taken(self.ids, run))) - 1
            self._distinct = distinct
        return self._distinct

    def __iter__(self) -> Iterator[str]:
        """Each distinct id once, where the file gives it last."""
        if len(self) == len(self.ids):
            yield from self.ids
            return
        for index, key in enumerate(self.ids):
            if self._find(key) == index:
                yield key


def _at(values: Sequence[Any], mask: npt.NDArray[np.bool_]) -> list[Any]:
    return list(map(values.__getitem__, np.flatnonzero(mask).tolist()))


def numbers_of(number: Mapping[str, int], keys: Sequence[str]) -> npt.NDArray[np.int32]:
    """The index of each of ``keys`` in ``number`` (-1 unknown): a dict's ``get`` in C, or an
    :class:`IdIndex`'s bulk search."""
    if isinstance(number, IdIndex):
        return number.numbers(keys)
    return np.fromiter(map(number.get, keys, repeat(-1)), np.int32, len(keys))
