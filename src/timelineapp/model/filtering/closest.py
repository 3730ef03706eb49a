"""The closest ids to a mistyped one, for error messages ("did you mean …").

Every id is scored against the unknown one while there are at most :data:`SCAN_LIMIT` of
them. A file may declare a million actors, and a load reports up to its issue cap of unknown
references, each asking for a suggestion: scoring a million ids (``difflib``, in Python) took
seconds per reference. Above the limit, the ids are sorted once by their folded text, from the
start and from the end (kept while the collection lives), and only the :data:`NEIGHBOURS`
closest ids each way are scored: the ids that begin like the unknown one (a typo near its end,
a fragment such as "russ") and the ids that end like it (a typo near its start). A typo near
both ends may then go without a suggestion; a suggestion is a hint, never a rule.
"""

from __future__ import annotations

import difflib
import threading
import weakref
from collections.abc import Collection, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from ..folding import fold, fold_large
from ..packed_strings import PackedStrings

SCAN_LIMIT = 5_000
"""Up to this many ids, every one is scored."""
NEIGHBOURS = 64
"""Above :data:`SCAN_LIMIT`, the ids scored each way (sorted from the start, from the end)."""
_KEY = 24  # characters of a folded id that its sort keys keep
_SEPARATOR = "\x1f"


def closest_ids(unknown: str, valid: Iterable[str], n: int = 5) -> list[str]:
    """Up to ``n`` ids of ``valid`` that look like ``unknown``, closest first (for errors)."""
    target = fold(unknown)
    ids: Collection[str] = valid if isinstance(valid, Collection) else list(valid)
    candidates: Iterable[str] = ids
    if len(ids) > SCAN_LIMIT:
        candidates = _neighbours_of(ids).near(target)
    scored: list[tuple[float, str]] = []
    for candidate in dict.fromkeys(candidates):
        folded = fold(candidate)
        score = difflib.SequenceMatcher(None, target, folded).ratio()
        if target and (target in folded or folded in target):
            score += 0.5  # "russ" for "russie": a fragment is a strong hint
        if score >= 0.6:
            scored.append((score, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [candidate for _, candidate in scored[:n]]


class _Neighbours:
    """Many ids sorted by their folded text's start and by its end (reversed), as numpy
    byte keys of :data:`_KEY` characters (a few MB for a million ids)."""

    def __init__(self, ids: Collection[str]) -> None:
        texts = list(ids)
        # Kept packed (UTF-8 and offsets) unless they are a sequence already: an id index
        # (a Mapping) would otherwise be copied as a million strings.
        self.ids: Sequence[str] = ids if isinstance(ids, Sequence) else PackedStrings.pack(texts)
        folded = fold_large(_SEPARATOR.join(texts)).split(_SEPARATOR) if texts else []
        if len(folded) != len(texts):  # an id holding the separator: one at a time
            folded = [fold(text) for text in texts]
        del texts
        self._forward = self._sorted([f[:_KEY] for f in folded])
        self._backward = self._sorted([f[::-1][:_KEY] for f in folded])

    @staticmethod
    def _sorted(keys: list[str]) -> tuple[npt.NDArray[np.bytes_], npt.NDArray[np.int64]]:
        array = np.array([k.encode("utf-8", "surrogatepass") for k in keys], dtype=np.bytes_)
        order = np.argsort(array, kind="stable")
        return array[order], order

    def near(self, target: str) -> list[str]:
        """The ids beside ``target`` in either order."""
        found: list[int] = []
        for (keys, order), key in (
            (self._forward, target[:_KEY]),
            (self._backward, target[::-1][:_KEY]),
        ):
            at = int(np.searchsorted(keys, np.bytes_(key.encode("utf-8", "surrogatepass"))))
            low, high = max(0, at - NEIGHBOURS), min(len(order), at + NEIGHBOURS)
            found += order[low:high].tolist()
        return [self.ids[i] for i in dict.fromkeys(found)]


_lock = threading.Lock()
_cache: dict[int, tuple[weakref.ref[object], _Neighbours]] = {}


def _neighbours_of(ids: Collection[str]) -> _Neighbours:
    """The sorted keys of ``ids``, made once while the collection lives (the issues of one
    load ask for many suggestions among the same ids); a list or a dict, which cannot be
    watched for its end, is sorted on each call."""
    with _lock:
        entry = _cache.get(id(ids))
        if entry is not None and entry[0]() is ids:
            return entry[1]
    found = _Neighbours(ids)
    key = id(ids)
    try:
        ref: weakref.ref[object] = weakref.ref(ids, lambda _: _forget(key))
    except TypeError:
        return found
    with _lock:
        _cache[key] = (ref, found)
    return found


def _forget(key: int) -> None:
    with _lock:
        _cache.pop(key, None)
