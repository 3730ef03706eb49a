"""An event built again from its bytes, its actor references lazy when they are very many.

A loaded file's events are built when a view asks for one (``LazyEvents``). One event may
name a million actors: pydantic then built a million ``ActorRef`` models on the click that
selected it (1.6 s of CPU and 600 MB), while the panes show a screenful of them. So an
event whose ``actors`` array is big has it decoded by msgspec, a batch at a time, into the
Struct the load's fast pass derives from the models (:mod:`.loading.rows`), and kept as
:class:`LazyRefs`: the ids packed (a million strings were 64 MB more on the click), built
into an ``ActorRef`` when one is asked for; the rest of the event is validated by the models
as before. Anything the fast pass refuses is left to the models (never looser).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import msgspec

from . import header_actors  # a module: they import each other through .loading
from .actor_columns import saved_items
from .id_index import StringPacker
from .lazy_sequence import LazySequence
from .loading import rows
from .packed_strings import PackedStrings

if TYPE_CHECKING:
    from .file_format import ActorRef, Event

LAZY_ACTORS_BYTES = 1 << 16
"""An event's ``actors`` array at least this long is kept lazy (about 5,000 references)."""
_REFERENCE_BATCH = 1 << 16
"""Bytes of references decoded at a time (about 6,000; the load then looks each batch up):
each batch is a Python string per reference, and then another per id looked up, which at a
quarter of a megabyte a batch were 3 MB at the peak of opening or clicking such an event."""


(_ACTORS_TYPE,) = (f.type for f in msgspec.structs.fields(rows.EventRow) if f.name == "actors")
_REFS: msgspec.json.Decoder[Any] = msgspec.json.Decoder(_ACTORS_TYPE)


def _with_actors_as_bytes(row: type[msgspec.Struct]) -> type[msgspec.Struct]:
    """``row`` with its ``actors`` left as their bytes (a view into the decoded buffer),
    every other field as it is: :func:`reference_batches` reads them a batch at a time."""
    return header_actors.rebuilt(
        row,
        lambda f: (
            ("actors", msgspec.Raw, msgspec.Raw(b"[]"))
            if f.name == "actors"
            else header_actors.field_as_given(f)
        ),
    )


@cache
def _rows_actors_as_bytes() -> msgspec.json.Decoder[list[Any]]:
    # Made when first needed: this module and header_actors import each other.
    row = _with_actors_as_bytes(rows.EventRow)
    return msgspec.json.Decoder(list[row])  # type: ignore[valid-type]


def event_rows(chunk: bytes, longest: int) -> list[Any]:
    """The load's rows of a chunk of events (a JSON array) whose longest event has
    ``longest`` bytes. When one may name thousands of actors, every row keeps its ``actors``
    as bytes, for :func:`reference_batches` (a million references decoded at once were a
    million strings, 100 MB for a moment, beside the file). Raises what msgspec raises."""
    decoder = rows.EVENT_ROWS if longest < LAZY_ACTORS_BYTES else _rows_actors_as_bytes()
    found: list[Any] = decoder.decode(chunk)
    return found


def reference_batches(refs: list[Any] | msgspec.Raw) -> Iterator[list[Any]]:
    """An event's actor references (a row's ``actors``: a list, or bytes from
    :func:`event_rows`) as lists of ids and rows, a batch at a time when they are many;
    raises ``rows.RowRejected`` when the fast pass refuses them (the models say why)."""
    if not isinstance(refs, msgspec.Raw):
        yield refs
        return
    try:
        if len(refs) < LAZY_ACTORS_BYTES:
            yield _REFS.decode(refs)
        else:
            yield from header_actors.decoded_in_batches(refs, _REFS, _REFERENCE_BATCH)
    except (header_actors.RowsRejected, msgspec.DecodeError, UnicodeDecodeError):
        raise rows.RowRejected from None


class LazyRefs(LazySequence["ActorRef"]):
    """An event's actor references as columns: the actor ids packed (UTF-8 and offsets), and
    the few references that give more than an id (a role) as the fast pass's rows; an
    :class:`ActorRef` is built when one is asked for."""

    def __init__(self, actors: PackedStrings, rows: dict[int, Any]) -> None:
        self.actor_ids: Sequence[str] = actors
        """Each reference's actor id (a column: the panes and exporters read names by it)."""
        self._rows = rows

    @classmethod
    def of(cls, batches: Iterable[list[Any]]) -> LazyRefs:
        """From batches of decoded references (an id, or a row with ``actor``)."""
        packer = StringPacker()
        rows: dict[int, Any] = {}
        done = 0
        for batch in batches:
            ids = batch
            if list(map(type, batch)).count(str) != len(batch):  # (in C) some give a role
                ids = [item if type(item) is str else item.actor for item in batch]
                rows.update((done + k, r) for k, r in enumerate(batch) if type(r) is not str)
            packer.add(ids)
            done += len(batch)
        return cls(packer.finish(), rows)

    def __len__(self) -> int:
        return len(self.actor_ids)

    def saved_pieces(self, batch: int = 1 << 14) -> Iterator[str]:
        """The references as the saved layout writes them at an event's top level
        (``json.dumps(indent=2)`` of the models' ``model_dump(exclude_none=True)``), without
        a model each, in pieces of ``batch`` references (saving streams them)."""
        if not len(self):
            yield "[]"
            return
        yield "[\n  "
        for start in range(0, len(self), batch):
            stop = min(start + batch, len(self))
            refs: list[dict[str, Any]] = [{"actor": a} for a in self.actor_ids[start:stop]]
            for k in range(start, stop):
                row = self._rows.get(k)
                if row is not None and row.role is not None:
                    refs[k - start]["role"] = row.role
            if start:
                yield ",\n  "
            yield saved_items(refs)
        yield "\n  ]"

    def _item(self, i: int) -> ActorRef:
        from .file_format import ActorRef  # the models: when a reference is asked for

        row = self._rows.get(i)
        if row is None:
            return ActorRef(actor=self.actor_ids[i])
        return ActorRef.model_validate(msgspec.structs.asdict(row))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def actor_ids(refs: Sequence[ActorRef]) -> Sequence[str]:
    """The actor id of each reference (a column of :class:`LazyRefs`: no model each)."""
    if isinstance(refs, LazyRefs):
        return refs.actor_ids
    return [ref.actor for ref in refs]


def event_from_json(data: bytes | memoryview) -> Event:
    """The event of these bytes, as the models give it; a big ``actors`` array stays
    :class:`LazyRefs`. Only for an event the load validated (``LazyEvents``): its references'
    id pattern is not checked again. Raises the models' ValidationError."""
    from .file_format import Event  # the models: when an event is asked for (not at start)

    if len(data) < LAZY_ACTORS_BYTES:
        return Event.model_validate_json(bytes(data))
    found = header_actors.actors_array(data)
    if len(found) < LAZY_ACTORS_BYTES:
        return Event.model_validate_json(bytes(data))
    try:
        refs = LazyRefs.of(header_actors.decoded_in_batches(found, _REFS, _REFERENCE_BATCH))
    except header_actors.RowsRejected:
        return Event.model_validate_json(bytes(data))
    # The Struct leaves the id pattern of a reference to the load pass (rows.DEFERRED), which
    # found every reference of this event among the header's ids, checked with that pattern.
    rest = Event.model_validate_json(header_actors.without_actors(data, found))
    return rest.model_copy(update={"actors": refs})


__all__ = [
    "LAZY_ACTORS_BYTES",
    "LazyRefs",
    "actor_ids",
    "event_from_json",
    "event_rows",
    "reference_batches",
]
