"""The header's actors as columns: a million actors without a million objects each.

A file may declare a million actors. Validating them into :class:`~.file_format.Actor`
models cost 1.8 s and about a kilobyte each, and even the load's msgspec rows cost 180 bytes
each, while the views need their ids (references, numbering, the actor tree), their parents,
their names for the search, and a screenful of whole actors at a time. :class:`HeaderActors`
keeps **columns**: the ids and the names packed in UTF-8 buffers (:class:`.PackedStrings`),
and a column for each other field only when some actor gives it (a million actors without a
kind, parent, aliases or description cost nothing more). An ``Actor`` model is built when one
is asked for (the recent ones kept), like the events' ``LazyEvents``. Every actor id goes into
one index, :attr:`HeaderActors.number` (:mod:`.id_index`: sorted hashes, not a dict of a
million strings), shared by the reference checks, the events' numbering and the actor tree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cache, cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec
import numpy as np

from . import format_structs
from .folding import fold, fold_large
from .format_rules import ActorKind
from .id_index import IdIndex, StringPacker, hashes_of
from .lazy_sequence import LazySequence
from .packed_strings import PackedStrings

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from .file_format import Actor

_ID = attrgetter("id")
_PARENT = attrgetter("parent")
_NAME = attrgetter("name")
_BATCH = 4096
_SEARCH_SEPARATOR = "\x1f"  # between actors' folded texts (folding keeps it as it is)

OPTIONAL: dict[str, Any] = {
    "kind": ActorKind.OTHER,
    "aliases": (),
    "parent": None,
    "description": None,
}
"""The Actor fields other than id and name, and the value of an actor that does not give one
(an empty aliases list is the empty tuple here: equal actors have equal columns)."""
_GET = {name: attrgetter(name) for name in OPTIONAL}
# The Actor model's fields (the Struct is written from it, and checked against it by a test).
if set(format_structs.ActorRow.__struct_fields__) != {"id", "name", *OPTIONAL}:
    raise TypeError("HeaderActors: the Actor model's fields changed; update OPTIONAL")


class ActorColumns:
    """Columns being filled from the load's rows, a batch at a time (rows that validated)."""

    def __init__(self) -> None:
        self._count = 0
        self._ids = StringPacker()
        self._hashes = bytearray()  # each id's code (uint32), as IdIndex sorts them
        self._names = StringPacker()
        self.optional: dict[str, list[Any]] = {}

    def add(self, rows: Sequence[Any]) -> None:
        """Append a batch of rows (msgspec Structs or models: anything with the fields)."""
        before = self._count
        self._count += len(rows)
        ids = list(map(_ID, rows))
        self._ids.add(ids)
        self._hashes += hashes_of(ids).tobytes()
        self._names.add(list(map(_NAME, rows)))
        for name, default in OPTIONAL.items():
            values = list(map(_GET[name], rows))
            column = self.optional.get(name)
            if values.count(default) == len(values):  # (in C) the usual case
                if column is not None:
                    column += values
                continue  # nobody so far gives it: no column
            if name == "aliases":
                values = [tuple(v) if v else () for v in values]
            if column is None:
                column = self.optional[name] = [default] * before
            column += values

    def finish(self, keep: int = 512) -> HeaderActors:
        # One column after the other, each one's buffers dropped once it is made.
        ids = self._ids.finish()
        names = self._names.finish()
        number = IdIndex(ids, np.frombuffer(self._hashes, dtype=np.uint32))
        self._hashes = bytearray()
        return HeaderActors(ids, names, self.optional, keep, number)


class HeaderActors(LazySequence["Actor"]):
    """The header's actors, as columns; an :class:`Actor` model is built when one is asked
    for (and the recent ones kept)."""

    def __init__(
        self,
        ids: PackedStrings,
        names: PackedStrings,
        optional: dict[str, list[Any]],
        keep: int = 512,
        number: IdIndex | None = None,
    ) -> None:
        if len(names) != len(ids) or any(len(c) != len(ids) for c in optional.values()):
            raise ValueError("actor columns of different lengths")
        self.ids: Sequence[str] = ids
        self.names: Sequence[str] = names
        self.number = number if number is not None else IdIndex(ids)
        """Each id -> its index (the last one for an id given twice): the one index of the
        file's actor ids (sorted hashes, not a dict: :mod:`.id_index`)."""
        self._optional = optional  # field -> a value per actor, for fields some actor gives
        self._keep = keep
        self._recent: dict[int, Actor] = {}

    @classmethod
    def of(cls, actors: Iterable[Any]) -> HeaderActors:
        """Columns of actors (models or rows), a batch at a time."""
        columns = ActorColumns()
        batch: list[Any] = []
        for actor in actors:
            batch.append(actor)
            if len(batch) == _BATCH:
                columns.add(batch)
                batch = []
        if batch:
            columns.add(batch)
        return columns.finish()

    @property
    def parents(self) -> list[str | None]:
        """Each actor's parent id or None (a list made on each call: see :attr:`parent_of`)."""
        column = self._optional.get("parent")
        return list(column) if column is not None else [None] * len(self)

    @property
    def parent_of(self) -> dict[int, str]:
        """The actors that have a parent: index -> the parent's id."""
        column = self._optional.get("parent")
        if column is None:
            return {}
        return {i: p for i, p in enumerate(column) if p is not None}

    @cached_property
    def search_texts(self) -> list[str]:
        """Per actor, its name and aliases folded for search (folding.fold), built when a
        search first needs them, folded as one text (numpy) rather than one at a time."""
        texts: Sequence[str] = self.names
        aliases = self._optional.get("aliases")
        if aliases is not None:
            texts = [
                "\n".join([name, *more]) for name, more in zip(self.names, aliases, strict=True)
            ]
        joined = _SEARCH_SEPARATOR.join(texts)
        folded = fold_large(joined).split(_SEARCH_SEPARATOR) if texts else []
        if len(folded) != len(texts):  # a name holding the separator: one at a time
            folded = [fold(text) for text in texts]
        return folded

    def _fields(self, i: int) -> dict[str, Any]:
        """Actor ``i`` as the fields the file gives (defaults left out)."""
        found: dict[str, Any] = {"id": self.ids[i], "name": self.names[i]}
        for name, column in self._optional.items():
            value = column[i]
            if value != OPTIONAL[name]:
                found[name] = list(value) if name == "aliases" else value
        return found

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[Actor]:
        # Built a batch at a time by one pydantic call (not kept: a million models would be
        # the gigabyte this class saves); callers that need one field use the columns.
        for start in range(0, len(self), _BATCH):
            batch = [self._fields(i) for i in range(start, min(start + _BATCH, len(self)))]
            yield from _actor_list().validate_python(batch)

    def _item(self, i: int) -> Actor:
        found = self._recent.get(i)
        if found is None:
            # The row passed the fast pass, so the model accepts it: validated again, one
            # actor, so that it is exactly the model the file gives.
            found = _actor_model().model_validate(self._fields(i))
            if len(self._recent) >= self._keep:
                self._recent.pop(next(iter(self._recent)))
            self._recent[i] = found
        return found

    def edited(
        self,
        replaced: Mapping[int, Actor] | None = None,
        removed: Collection[int] = (),
        added: Sequence[Actor] = (),
    ) -> HeaderActors:
        """These actors with some ``replaced`` (by index), ``removed`` and ``added`` at the
        end, as new columns copied run by run (an edit of a file of a million actors builds
        no model per actor)."""
        changes: dict[int, Actor | None] = {i: None for i in removed}
        changes.update(replaced or {})
        ids = _spliced(self.ids, changes, added, _ID)
        names = _spliced(self.names, changes, added, _NAME)
        optional: dict[str, list[Any]] = {}
        for name, default in OPTIONAL.items():
            value = _OPTIONAL_VALUE[name]
            column = _spliced_list(self._column(name), changes, added, value)
            if column.count(default) != len(column):
                optional[name] = column
        return HeaderActors(ids, names, optional, self._keep)

    def saved_pieces(self) -> Iterator[str]:
        """The actors as the saved layout writes them (``json.dumps(indent=2)`` of what
        ``model_dump(mode="json", exclude_none=True)`` gives, at the top level's depth),
        from the columns, in pieces of a batch of actors each (a million actors were 30 s
        and 1.8 GB through a model each, then a 100 MB string; saving streams the pieces)."""
        if not len(self):
            yield "[]"
            return
        kinds = self._optional.get("kind")
        aliases = self._optional.get("aliases")
        parents = self._optional.get("parent")
        descriptions = self._optional.get("description")
        yield "[\n  "
        for start in range(0, len(self), _BATCH):
            stop = min(start + _BATCH, len(self))
            rows: list[dict[str, Any]] = []
            for i in range(start, stop):
                row: dict[str, Any] = {
                    "id": self.ids[i],
                    "name": self.names[i],
                    "kind": kinds[i] if kinds is not None else ActorKind.OTHER,
                    "aliases": aliases[i] if aliases is not None else (),
                }
                if parents is not None and parents[i] is not None:
                    row["parent"] = parents[i]
                if descriptions is not None and descriptions[i] is not None:
                    row["description"] = descriptions[i]
                rows.append(row)
            if start:
                yield ",\n  "
            yield saved_items(rows)
        yield "\n  ]"

    def _column(self, name: str) -> Sequence[Any]:
        found = self._optional.get(name)
        return found if found is not None else [OPTIONAL[name]] * len(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, HeaderActors):
            return (
                list(self.ids) == list(other.ids)
                and list(self.names) == list(other.names)
                and all(self._column(n) == other._column(n) for n in OPTIONAL)
            )
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def saved_items(items: list[Any]) -> str:
    """The items of a JSON array as an object's ``json.dumps(indent=2, ensure_ascii=False)``
    writes them one level deep (without the brackets, each line indented two more spaces),
    by msgspec: the same text, several times faster. What msgspec cannot write (a lone
    surrogate) is written by ``json.dumps``, the models' writer."""
    try:
        text = msgspec.json.format(msgspec.json.encode(items), indent=2).decode()
    except msgspec.EncodeError:
        text = json.dumps(items, indent=2, ensure_ascii=False)
    return text[2:-2].replace("\n", "\n  ")  # without "[\n" and "\n]"


@cache
def _actor_list() -> TypeAdapter[list[Actor]]:
    # Built when first needed: start-up imports this module.
    from pydantic import TypeAdapter

    from .file_format import Actor

    return TypeAdapter(list[Actor])


def _actor_model() -> type[Actor]:
    # The models are imported when an actor is first asked for (the start does not ask).
    from .file_format import Actor

    return Actor


def _optional_value(name: str) -> Callable[[Actor], Any]:
    get = attrgetter(name)
    if name == "aliases":
        return lambda actor: tuple(actor.aliases) if actor.aliases else ()
    return get


_OPTIONAL_VALUE = {name: _optional_value(name) for name in OPTIONAL}


def _spliced(
    packed: Sequence[str],
    changes: Mapping[int, Actor | None],
    added: Sequence[Actor],
    field: Callable[[Actor], str],
) -> PackedStrings:
    """A packed column with ``changes`` (index -> the new actor, or None: removed) and
    ``added`` applied: the runs between changes are copied as bytes."""
    assert isinstance(packed, PackedStrings)
    blob, offsets = packed.blob, packed.offsets
    lengths = np.diff(offsets)
    packer = StringPacker()
    start = 0
    for i in sorted(changes):
        packer.add_packed(blob[int(offsets[start]) : int(offsets[i])], lengths[start:i])
        actor = changes[i]
        if actor is not None:
            packer.add([field(actor)])
        start = i + 1
    packer.add_packed(blob[int(offsets[start]) :], lengths[start:])
    packer.add([field(actor) for actor in added])
    return packer.finish()


def _spliced_list(
    column: Sequence[Any],
    changes: Mapping[int, Actor | None],
    added: Sequence[Actor],
    field: Callable[[Actor], Any],
) -> list[Any]:
    found: list[Any] = []
    start = 0
    for i in sorted(changes):
        found += column[start:i]
        actor = changes[i]
        if actor is not None:
            found.append(field(actor))
        start = i + 1
    found += column[start:]
    found += map(field, added)
    return found


def actors_edited(
    actors: Sequence[Actor],
    replaced: Mapping[int, Actor] | None = None,
    removed: Collection[int] = (),
    added: Sequence[Actor] = (),
) -> Sequence[Actor]:
    """``actors`` with some replaced (by index), removed, and added at the end: columns
    again for :class:`HeaderActors`, else a list."""
    if isinstance(actors, HeaderActors):
        return actors.edited(replaced, removed, added)
    gone = set(removed)
    changed = replaced or {}
    kept = [changed.get(i, a) for i, a in enumerate(actors) if i not in gone]
    return [*kept, *added]


def name_of_actor(actors: Sequence[Actor], actor_id: str) -> str | None:
    """The name of the actor ``actor_id`` (the last one given with it), or None."""
    if not isinstance(actors, HeaderActors):
        return next((a.name for a in reversed(actors) if a.id == actor_id), None)
    found = actors.number.get(actor_id)
    return None if found is None else actors.names[found]


def actor_ids_of(actors: Sequence[Actor]) -> Sequence[str]:
    """The actors' ids (a column of :class:`HeaderActors`)."""
    return actors.ids if isinstance(actors, HeaderActors) else list(map(_ID, actors))


def parent_ids(actors: Sequence[Actor]) -> dict[int, str]:
    """The actors that have a parent: index -> the parent's id (few, in most files)."""
    if isinstance(actors, HeaderActors):
        return actors.parent_of
    return {i: a.parent for i, a in enumerate(actors) if a.parent is not None}


def actor_number(actors: Sequence[Actor]) -> IdIndex | None:
    """The one index of ids -> index of :class:`HeaderActors` (None for a plain list)."""
    return actors.number if isinstance(actors, HeaderActors) else None


def search_texts(actors: Sequence[Actor]) -> list[str]:
    """Per actor, its name and aliases folded for search (``folding.fold``)."""
    if isinstance(actors, HeaderActors):
        return actors.search_texts
    return [fold("\n".join([a.name, *a.aliases])) for a in actors]


def actor_names(actors: Sequence[Actor]) -> Sequence[str]:
    """The actors' names (a column of :class:`HeaderActors`, packed)."""
    if isinstance(actors, HeaderActors):
        return actors.names
    return list(map(_NAME, actors))
