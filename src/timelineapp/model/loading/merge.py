"""Merging the chunks' results, in file order, into the file's columns (or its blocking issues).

A million events' results hold about 400 MB (folded search texts, passages, titles, dates).
Concatenated at the end, they were held twice at the load's peak; here each big column is
allocated once at its full size and filled chunk by chunk, and each chunk's piece is dropped
right after it is copied, so the merge holds one copy and one chunk's piece.

A dropped piece is memory the C allocator keeps for later (chunk-sized blocks come from its
heap, not from their own mappings), so the process would still hold it: after each column
of a big file the allocator is asked to give its free memory back (:func:`_give_back`,
glibc's ``malloc_trim``; elsewhere nothing is done; see :data:`GIVE_BACK_BYTES`).
"""

from __future__ import annotations

import ctypes
import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import numpy.typing as npt

from ..folding import join_folded_releasing
from ..integrity import duplicate_ids
from ..issues import Issue
from ..packed_strings import PackedStrings
from .chunks import ChunkResult, index_from_chunks
from .loaded import EventColumns

_NO_PASSAGES = np.zeros((0, 6), np.int64)
_NO_STRINGS = PackedStrings.pack([])


def assemble(
    results: list[ChunkResult],
    schema: list[Issue],
    max_issues: int,
    name: str,
    spans: npt.NDArray[np.int64] | None,
) -> EventColumns | list[Issue]:
    """Merge chunk results in file order: the columns, or the blocking issues.

    The results give up their titles, ids, search texts and passages to the columns.
    """
    blocking = list(schema)
    for result in results:
        blocking.extend(result.blocking)
    ids = PackedStrings.join_releasing(_taken(results, "ids", _NO_STRINGS))
    if not ids.all_distinct():  # the quick test; duplicate_ids says which and where
        blocking.extend(capped(duplicate_ids("event", ids, name), max_issues))
    if blocking:
        return sorted(blocking, key=_issue_order)[:max_issues]
    searched = [r for r in results if r.count]
    blobs = _taken(searched, "search_blob", b"")
    # Memory given back costs page faults when it is taken again: worth it for big files.
    give_back = _give_back if sum(map(len, blobs)) >= GIVE_BACK_BYTES else _keep
    search_blob = join_folded_releasing(blobs)
    give_back()
    passages = _rows_releasing(_taken(results, "passages", _NO_PASSAGES), _NO_PASSAGES)
    give_back()
    titles = PackedStrings.join_releasing(_taken(results, "titles", _NO_STRINGS))
    give_back()
    index = index_from_chunks(results)
    give_back()
    return EventColumns(
        index=index,
        titles=titles,
        ids=ids,
        search_blob=search_blob,
        passage_rows=passages,
        spans=spans,
    )


GIVE_BACK_BYTES = 64 << 20
"""Search texts from which the merge gives memory back after each column (a million
events': about 200 MB); below, the heap keeps it for the next column (100,000 events: the
merge a third quicker, without the page faults of memory given back and taken again)."""


def _keep() -> None:
    """Give nothing back (see :data:`GIVE_BACK_BYTES`)."""


def _give_back() -> None:
    """Return the C heap's free memory to the system (glibc), so that pieces just dropped do
    not count in the process's memory while the next column is allocated."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        libc = ctypes.CDLL(None)
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, Windows: no such call)
        return None
    return trim


def _taken(results: list[ChunkResult], name: str, empty: Any) -> list[Any]:
    """Each result's ``name``, the results left holding ``empty`` instead."""
    pieces = [getattr(result, name) for result in results]
    for result in results:
        setattr(result, name, empty)
    return pieces


def _rows_releasing(
    pieces: list[npt.NDArray[np.int64]], empty: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """``np.concatenate(pieces)`` (or ``empty``), each piece dropped from ``pieces`` once
    copied."""
    if not pieces:
        return empty
    total = sum(piece.shape[0] for piece in pieces)
    merged = np.empty((total, *pieces[0].shape[1:]), dtype=pieces[0].dtype)
    at = 0
    for k, piece in enumerate(pieces):
        merged[at : at + piece.shape[0]] = piece
        at += piece.shape[0]
        pieces[k] = empty
    return merged


def _issue_order(issue: Issue) -> tuple[int, ...]:
    # Report in file order: events[12] before events[100].
    return tuple(int(n) for n in re.findall(r"\[(\d+)\]", issue.json_path))


def capped(issues: Iterable[Issue], cap: int) -> list[Issue]:
    """The first ``cap`` issues (the rest are never computed)."""
    result = []
    for issue in issues:
        result.append(issue)
        if len(result) >= cap:
            break
    return result
