"""Events' actor references as numbers: the index's member columns, read batch by batch.

References are nearly always bare ids: those are looked up a block at a time, all the
events' lists of a batch at once (a dict's ``get`` in C, or the header's
:class:`..id_index.IdIndex` for a million actors), and an event naming thousands of actors
(its ``actors`` kept as bytes by :func:`..event_json.event_rows`) a batch of references at a
time: its million ids as strings at once were 100 MB beside the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

import msgspec
import numpy as np
import numpy.typing as npt

from .. import event_json  # a module: it imports this package too
from ..id_index import numbers_of
from ..issues import Issue
from ..reference_issues import unknown_id
from .rows import ACTOR_REF_OK, RowRejected


class ActorMembers:
    """Actor and role numbers of every actor reference of a chunk, in order, the roles, the
    unknown actors (at most ``cap``), numbered -1, and each event's count of references."""

    def __init__(
        self, lookup: Mapping[str, int], known: Mapping[str, int], file: str, cap: int
    ) -> None:
        self.lookup = lookup  # id -> number, for looking up (ChunkContext.actor_lookup)
        self.known = known  # the header's ids, for "did you mean" (ChunkContext.actor_number)
        self.file = file
        self.cap = cap
        self.roles: dict[str, int] = {}
        self.members: list[npt.NDArray[np.int32]] = []
        self.member_roles: list[npt.NDArray[np.int32]] = []
        self.unknown: list[Issue] = []
        self.counts: list[int] = []

    def add(self, refs: list[Any], offset: int) -> None:
        """The references of the next events (each one's ``actors``), the first of them at
        file index ``offset``; raises RowRejected for an unknown id that breaks the id
        pattern (the models say so)."""
        counts: list[int] | None = None
        roles = self.roles
        for flat, events, sizes, base in _reference_blocks(refs):
            if counts is None and len(events) == len(refs):
                counts = sizes  # the usual batch: one block of each event's whole list
            else:
                counts = counts or [0] * len(refs)
                for k, size in zip(events, sizes, strict=True):
                    counts[k] += size
            if set(map(type, flat)) <= {str}:
                names: list[str] = flat
                self.member_roles.append(np.full(len(flat), -1, dtype=np.int32))
            else:
                names = [r if type(r) is str else r.actor for r in flat]
                found = [
                    -1 if type(r) is str or r.role is None else roles.setdefault(r.role, len(roles))
                    for r in flat
                ]
                self.member_roles.append(np.array(found, dtype=np.int32))
            numbers = numbers_of(self.lookup, names)
            self.members.append(numbers)
            if -1 in numbers:
                self._unknown(names, numbers, events, sizes, base, offset)
        self.counts += counts if counts is not None else [0] * len(refs)

    def _unknown(
        self,
        names: list[str],
        numbers: npt.NDArray[np.int32],
        events: Sequence[int],
        sizes: list[int],
        base: int,
        offset: int,
    ) -> None:
        where = np.repeat(np.asarray(events, dtype=np.int64) + offset, sizes).tolist()
        firsts = np.repeat(np.cumsum([0, *sizes[:-1]]), sizes).tolist()
        for position in np.flatnonzero(numbers == -1).tolist():
            if not ACTOR_REF_OK(names[position]):
                raise RowRejected
            if len(self.unknown) < self.cap:
                i, j = where[position], position - firsts[position] + base
                path = f"events[{i}].actors[{j}].actor"
                self.unknown.append(
                    unknown_id(self.file, path, "unknown_actor", names[position], self.known)
                )

    def columns(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], list[str]]:
        """The member numbers, their role numbers and the roles' table."""
        if len(self.members) == 1:
            return self.members[0], self.member_roles[0], list(self.roles)
        if not self.members:
            return np.zeros(0, np.int32), np.zeros(0, np.int32), list(self.roles)
        return np.concatenate(self.members), np.concatenate(self.member_roles), list(self.roles)


_Block = tuple[list[Any], Sequence[int], list[int], int]


def _reference_blocks(refs: list[Any]) -> Iterator[_Block]:
    """The references of events in blocks: (references, the events they belong to
    (positions in ``refs``), how many each, the position in its event of the block's first).

    Events' lists go together in one block; an event whose ``actors`` are bytes
    (:func:`..event_json.event_rows`) and many gives a block per batch."""
    if msgspec.Raw not in set(map(type, refs)):  # (in C) the usual batch: one block
        yield list(chain.from_iterable(refs)), range(len(refs)), list(map(len, refs)), 0
        return
    run: list[int] = []
    lists: list[list[Any]] = []
    for k, item in enumerate(refs):
        if type(item) is not msgspec.Raw or len(item) < event_json.LAZY_ACTORS_BYTES:
            run.append(k)
            lists.extend(event_json.reference_batches(item))
            continue
        if run:
            yield list(chain.from_iterable(lists)), run, list(map(len, lists)), 0
            run, lists = [], []
        done = 0
        for batch in event_json.reference_batches(item):
            yield batch, (k,), [len(batch)], done
            done += len(batch)
    if run:
        yield list(chain.from_iterable(lists)), run, list(map(len, lists)), 0
