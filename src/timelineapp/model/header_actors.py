"""The fast pass over the header's actors: msgspec rows derived from the Actor model.

A file may declare a million actors. Validating them into :class:`~.file_format.Actor`
models cost 1.8 s and about a kilobyte each; the views need their ids (references, numbering,
the actor tree), their parents and names, and a screenful of whole actors at a time. So the
load's fast pass decodes the ``actors`` array with msgspec into Structs **derived** from the
``Actor`` model (:mod:`.format_structs`, written by :mod:`.format_derive`: one schema,
:mod:`.file_format`), checks the
id pattern of all ids in one regular-expression pass, and keeps the rows in
:class:`HeaderActors`, a sequence that builds an ``Actor`` model only when one is asked for
(recent ones kept), like the events' ``LazyEvents``.

The fast pass may be stricter than the models, never looser: anything it rejects is
validated again by the models, which locate the error (``loading.header.validated_header``).
Every actor id goes into one index, :attr:`HeaderActors.number`, shared by the reference
checks, the events' numbering and the actor tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import Any

import msgspec

from . import format_structs
from .actor_columns import ActorColumns, HeaderActors
from .loading.split import item_spans, split_items


def field_as_given(field: msgspec.structs.FieldInfo) -> tuple[Any, ...]:
    """A Struct's field as :func:`msgspec.defstruct` takes it (for :func:`rebuilt`)."""
    if field.required:
        return (field.name, field.type)
    if field.default_factory is not msgspec.NODEFAULT:
        return (field.name, field.type, msgspec.field(default_factory=field.default_factory))
    return (field.name, field.type, field.default)


def rebuilt(
    row: type[msgspec.Struct], field_of: Callable[[msgspec.structs.FieldInfo], tuple[Any, ...]]
) -> type[msgspec.Struct]:
    """The Struct ``row`` again (same name and configuration), each field as ``field_of``
    gives it (:func:`field_as_given` for those it keeps)."""
    config = row.__struct_config__
    return msgspec.defstruct(
        row.__name__,
        [field_of(field) for field in msgspec.structs.fields(row)],
        forbid_unknown_fields=config.forbid_unknown_fields,
        kw_only=True,
        gc=config.gc,
    )


def _shared_empty_lists(row: type[msgspec.Struct]) -> type[msgspec.Struct]:
    """``row`` with an absent list field left as one shared empty tuple, not a new list per
    actor (56 bytes each: a million actors without aliases cost 56 MB). The model makes its
    own list of it when an actor is built."""
    return rebuilt(
        row,
        lambda f: (f.name, f.type, ()) if f.default_factory is list else field_as_given(f),
    )


# The id pattern is checked for all ids at once (below), not by msgspec one id at a time
# (a Python regex call per id: 0.4 s for a million). A parent, given by few actors, keeps
# its pattern in the Struct (format_derive.derived leaves the id's out).
_ID_PATTERN = format_structs.ACTOR_ID_PATTERN

ActorRow = _shared_empty_lists(format_structs.ActorRow)
ACTOR_ROWS = msgspec.json.Decoder(list[ActorRow])  # type: ignore[valid-type]
# The pattern of one id, repeated over ids joined by newlines (which no id may hold: the
# pattern's classes exclude them, and the count of separators is checked too).
_ALL_IDS = re.compile("(?:" + _ID_PATTERN.removeprefix("^").removesuffix(r"\Z") + "\n)*").fullmatch
if _ALL_IDS("a\nb\n") is None or _ALL_IDS("a\n\n") is not None:
    raise TypeError("the actor id pattern cannot be checked over joined ids")


def ids_keep_pattern(ids: Sequence[str]) -> bool:
    """Whether every id keeps the actor id pattern (one C pass over them all)."""
    if not ids:
        return True
    joined = "\n".join(ids) + "\n"
    return joined.count("\n") == len(ids) and _ALL_IDS(joined) is not None


class RowsRejected(Exception):
    """The fast pass refused the actors; the models must say why."""


_ID = attrgetter("id")
_DECODE_BATCH = 8192  # array items decoded into Python objects at a time


_BATCH_BYTES = 1 << 18  # about 20,000 short ids or references a batch
_MISSES = 8  # cuts tried inside a batch's last item before finding the items another way
_COMMA = re.compile(rb",")


def decoded_in_batches(
    raw: bytes | msgspec.Raw | memoryview,
    decoder: msgspec.json.Decoder[Any],
    batch_bytes: int | None = None,
) -> Iterator[Any]:
    """A JSON array's items decoded by ``decoder`` (of a list type) a batch at a time, so
    that a million items never exist as objects at once; raises RowsRejected when the bytes
    are not an array or ``decoder`` refuses an item.

    A batch is the bytes from one item to a comma about ``batch_bytes`` (by default
    ``_BATCH_BYTES``) further, read as a JSON array: when that reads, the comma is the one
    between two items. (The bytes before a batch are whole items, so the parser is where it
    is in the whole array: had the comma been inside a string or a nested value, the closing
    ``]`` would not read.) A comma inside an item is passed over; after ``_MISSES`` of them
    in a row, the rest of the array is split into its items (msgspec Raw views, a
    microsecond and 60 bytes each) instead.
    """
    data = memoryview(raw)
    if len(data) < 2 or data[0] != ord("[") or data[-1] != ord("]"):
        raise RowsRejected("not a JSON array")
    start, end = 1, len(data) - 1
    while start < end:
        target, misses = start + (batch_bytes or _BATCH_BYTES), 0
        while True:
            found = _COMMA.search(data, target, end) if target < end else None
            cut = found.start() if found is not None else end
            try:
                items = decoder.decode(b"".join((b"[", data[start:cut], b"]")))
            except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
                items = None
            if items or cut == end:
                break
            misses += 1
            if misses > _MISSES:
                break
            target = cut + 1
        if not items:  # refused, or no comma between items found: item by item
            yield from _decoded_by_items(b"".join((b"[", data[start:end], b"]")), decoder)
            return
        yield items
        start = cut + 1


def _decoded_by_items(raw: bytes, decoder: msgspec.json.Decoder[Any]) -> Iterator[Any]:
    """:func:`decoded_in_batches` with each batch's bounds taken from the array's items."""
    items = split_items(raw)
    if items is None:
        raise RowsRejected("not a JSON array")
    firsts = items[::_DECODE_BATCH]
    lasts = items[_DECODE_BATCH - 1 :: _DECODE_BATCH]
    if len(lasts) < len(firsts):
        lasts.append(items[-1])
    del items  # a Raw each: as big as the objects would be
    starts = item_spans(raw, firsts)[:, 0].tolist()
    ends = item_spans(raw, lasts)[:, 1].tolist()
    del firsts, lasts
    data = memoryview(raw)
    for first, last in zip(starts, ends, strict=True):
        try:
            yield decoder.decode(b"".join((b"[", data[first:last], b"]")))
        except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as error:
            # (msgspec.ValidationError is a DecodeError.) Bytes that are not UTF-8 or nest
            # too deep are the models' and the byte checks' to locate.
            raise RowsRejected(str(error)) from None


def decode_actors(raw: bytes | msgspec.Raw | memoryview) -> HeaderActors:
    """The ``actors`` array's bytes as :class:`HeaderActors`; raises RowsRejected when the
    fast pass cannot accept them (the models then decide and locate the error).

    Decoded a batch of actors at a time, each batch's rows poured into the columns and
    dropped: a million rows at once were 180 MB (a Struct and two strings each).
    """
    columns = ActorColumns()
    for found in decoded_in_batches(raw, ACTOR_ROWS):
        if not ids_keep_pattern(list(map(_ID, found))):
            raise RowsRejected("an actor id breaks the pattern")
        columns.add(found)
    return columns.finish()


class _ActorsOnly(msgspec.Struct):
    """The ``actors`` array of a header or an event as its bytes (the rest skipped, in C)."""

    actors: msgspec.Raw = msgspec.Raw(b"")  # empty: no "actors" key


_ACTORS_ONLY = msgspec.json.Decoder(_ActorsOnly)


def actors_array(data: bytes | memoryview) -> msgspec.Raw:
    """The bytes of the ``actors`` array of a JSON object (a header or an event), a view
    into ``data``; empty when it has none or cannot be read (the models then say why)."""
    try:
        return _ACTORS_ONLY.decode(data).actors
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        return msgspec.Raw(b"")


def without_actors(data: bytes | memoryview, found: msgspec.Raw) -> bytes:
    """``data`` with its ``actors`` array (``found``, from :func:`actors_array`) emptied:
    what the models validate beside the fast pass's actors."""
    # (item_spans reads any buffer, a view of an event's bytes too: numpy.frombuffer.)
    ((start, end),) = item_spans(data, [found]).tolist()  # type: ignore[arg-type]
    return b"".join((data[:start], b"[]", data[end:]))


def actors_apart(
    header: bytes, raw: bytes, events_start: int, events_end: int
) -> tuple[bytes, memoryview | None]:
    """``header`` without its actors' items, and those items' bytes as a view into the file.

    ``header`` is the file ``raw`` with its events array (``raw[events_start:events_end]``)
    emptied, a copy: the actors are read from the file's own bytes instead, so that the copy
    can be dropped before they become columns (a million actors: 44 MB not held beside the
    file while their columns are built). ``header`` itself and None when it has no actors
    array or it cannot be read (the models then say why).
    """
    found = actors_array(header)
    if not found:
        return header, None
    ((at, stop),) = item_spans(header, [found]).tolist()
    start, end = at, stop
    if start >= events_start:  # after the events, which the copy holds as "[]"
        start, end = (k + (events_end - events_start) - 2 for k in (start, end))
    view = memoryview(raw)[start:end]
    if view != memoryview(found):
        return header, None
    return b"".join((header[:at], b"[]", header[stop:])), view  # without_actors, located once
