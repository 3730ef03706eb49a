"""The load pass's schema of an event: msgspec Structs derived from the pydantic models.

Validating a million events into pydantic models costs about 13 µs each, a third of it in
Python validators called from Rust. The load pass only reads each event once to fill the
index, so it decodes into msgspec Structs (C, a few µs each) and then checks, while it reads
them, the rules that need Python (the date, ``end > start``).

There is **one** schema: :mod:`..file_format`. :func:`derive` builds each Struct from a
model's fields — names, types, defaults, and the constraints (lengths, bounds, patterns) —
and refuses, at import, a model rule it does not know how the load pass checks, so a rule
added to the models can never be silently skipped here. The fast pass may be stricter than
the models but never looser: a chunk it rejects, for any reason, is validated again with the
models, which give the error messages. ``tests/model/test_event_rows.py`` compares the two
schemas field by field.
"""

from __future__ import annotations

import datetime
import enum
import re
import types
from collections.abc import Callable
from typing import Annotated, Any, Union, get_args, get_origin

import annotated_types
import msgspec
from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from .. import file_format
from ..file_format import ActorRef, Event


class RowRejected(Exception):
    """A row broke a rule the Structs cannot express; the models must say which."""


# Model rules written as Python validators, and where the load pass checks each instead.
CHECKED_ELSEWHERE = {
    file_format.check_date: "chunks.collect_rows reads the date (event_date_columns), "
    "evidence_columns.evidence_pass the sources' own dates",
    "_end_after_start": "chunks.collect_rows checks file_format.span_order_problem",
}


def _shorthand_actor() -> Any:
    # A bare actor id is shorthand for {"actor": id}: the id alone, as ActorRef.actor is.
    return _field_type(ActorRef.model_fields["actor"], ("ActorRef", "actor"))


# BeforeValidators that accept a shorthand, and the type the shorthand has in a row.
SHORTHANDS = {file_format.actor_ref_from_string: _shorthand_actor}

_STRUCTS: dict[type[BaseModel], type[msgspec.Struct]] = {}

# Id patterns the Structs leave out because the load pass checks them for less: msgspec calls
# a Python regex for each (about 2 µs an event, a seventh of the pass). chunks.collect_rows
# checks an event's id with the pattern, all ids of a chunk in one C loop, and a reference to
# an actor or a document by finding it among the header's ids, which were checked with the
# same pattern (see ``same_pattern``); only an id not found is matched against the pattern.
DEFERRED = {("Event", "id"), ("ActorRef", "actor"), ("Source", "document")}
DEFERRED_PATTERNS: dict[tuple[str, str], str] = {}
"""(model, field) -> the pattern of that field, in Python's syntax (``\\Z`` for the end)."""


def _meta(metadata: list[Any], where: tuple[str, str] | None = None) -> dict[str, Any]:
    """msgspec constraints of pydantic/annotated-types metadata (unknown ones refused);
    ``where`` (model, field) names the field, whose pattern may be checked elsewhere."""
    found: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, annotated_types.MinLen):
            found["min_length"] = item.min_length
        elif isinstance(item, annotated_types.MaxLen):
            found["max_length"] = item.max_length
        elif isinstance(item, annotated_types.Ge):
            found["ge"] = item.ge
        elif isinstance(item, annotated_types.Le):
            found["le"] = item.le
        elif isinstance(item, annotated_types.Gt):
            found["gt"] = item.gt
        elif getattr(item, "pattern", None) is not None:
            pattern: str = item.pattern
            # pydantic's regexes end at "$" = the end of the text; Python's "$" also matches
            # before a final newline, which would let "id\n" through: use "\Z".
            found["pattern"] = pattern[:-1] + r"\Z" if pattern.endswith("$") else pattern
            if where in DEFERRED:
                DEFERRED_PATTERNS[where] = found.pop("pattern")
        elif getattr(item, "strict", None) is not None:
            continue  # msgspec is always strict
        elif isinstance(item, FieldInfo):
            found.update(_meta(item.metadata, where))
        elif isinstance(item, AfterValidator) and item.func in CHECKED_ELSEWHERE:
            continue
        else:
            raise TypeError(f"the load pass does not know how to check {item!r}")
    return found


def _type(annotation: Any, where: tuple[str, str] | None = None) -> Any:
    """The msgspec type of a pydantic annotation (of the field ``where``, if one)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        for item in metadata:
            if isinstance(item, BeforeValidator):
                shorthand = SHORTHANDS.get(item.func)  # type: ignore[arg-type]
                if shorthand is None:
                    raise TypeError(f"the load pass does not know the shorthand {item!r}")
                return Union[_type(base), shorthand()]  # noqa: UP007
        rest = [m for m in metadata if not isinstance(m, BeforeValidator)]
        constraints = _meta(rest, where)
        inner = _type(base)
        return Annotated[inner, msgspec.Meta(**constraints)] if constraints else inner
    if origin in (Union, types.UnionType):
        return Union[tuple(_type(arg) for arg in get_args(annotation))]  # noqa: UP007
    if origin is list:
        (item,) = get_args(annotation)
        return list[_type(item)]  # type: ignore[misc]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return derive(annotation)
    if annotation is AwareDatetime:
        # msgspec reads RFC 3339 only; what it refuses, the models decide (never looser).
        return Annotated[datetime.datetime, msgspec.Meta(tz=True)]
    if annotation in (str, int, bool, type(None)) or (
        isinstance(annotation, type) and issubclass(annotation, enum.Enum)
    ):
        return annotation
    raise TypeError(f"the load pass does not know the type {annotation!r}")


def _field_type(info: FieldInfo, where: tuple[str, str] | None = None) -> Any:
    constraints = _meta(info.metadata, where)
    inner = _type(info.annotation, where)
    return Annotated[inner, msgspec.Meta(**constraints)] if constraints else inner


def derive(model: type[BaseModel]) -> type[msgspec.Struct]:
    """The Struct that accepts what ``model`` accepts, less the rules checked elsewhere."""
    found = _STRUCTS.get(model)
    if found is not None:
        return found
    for name in model.__pydantic_decorators__.model_validators:
        if name not in CHECKED_ELSEWHERE:
            raise TypeError(f"the load pass does not check {model.__name__}.{name}")
    if model.__pydantic_decorators__.field_validators:
        raise TypeError(f"the load pass does not check {model.__name__}'s field validators")
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for name, info in model.model_fields.items():
        kind = _field_type(info, (model.__name__, name))
        if info.is_required():
            fields.append((name, kind))
        elif info.default_factory is not None:
            fields.append((name, kind, msgspec.field(default_factory=info.default_factory)))  # type: ignore[arg-type]
        else:
            fields.append((name, kind, info.default))
    struct = msgspec.defstruct(
        f"{model.__name__}Row",
        fields,
        forbid_unknown_fields=True,
        kw_only=True,
        # No cycles in decoded JSON: untracked Structs spare the collector a million objects.
        gc=False,
    )
    _STRUCTS[model] = struct
    return struct


def same_pattern(reference: tuple[str, str], target: type[BaseModel]) -> Callable[[str], bool]:
    """The check of the deferred pattern of ``reference``, which must be the pattern of the
    ``id`` of ``target`` (an id found among the header's was checked with it already)."""
    pattern = DEFERRED_PATTERNS[reference]
    (target_pattern,) = (m.pattern for m in target.model_fields["id"].metadata if _has_pattern(m))
    if pattern.removesuffix(r"\Z") != target_pattern.removesuffix("$"):
        raise TypeError(f"{reference} and {target.__name__}.id must have the same pattern")
    return _matcher(pattern)


def _has_pattern(item: Any) -> bool:
    return getattr(item, "pattern", None) is not None


def _matcher(pattern: str) -> Callable[[str], bool]:
    search = re.compile(pattern).search  # msgspec's own semantics: re.search
    return lambda text: search(text) is not None


EventRow = derive(Event)
EVENT_ROWS = msgspec.json.Decoder(list[EventRow])  # type: ignore[valid-type]
EVENT_ID_SEARCH = re.compile(DEFERRED_PATTERNS["Event", "id"]).search
"""The event id pattern's ``search`` (None: the id breaks the pattern)."""


def _lines_of(pattern: str) -> re.Pattern[str] | None:
    """A regex matching lines of text each of which ``pattern`` matches, when ``pattern`` is
    a run of plain character classes (``^[...][...]*\\Z``), which never match a line break;
    None for any other pattern (then each id is matched alone)."""
    # Printable ASCII (so no range can reach a line break), "\-", "\." or "\]".
    plain_class = r"\[(?:[!-\[_-~]|\\[-.\]])*\][*+]?"
    if re.fullmatch(rf"\^(?:{plain_class})+\\Z", pattern) is None:
        return None
    inner = pattern.removeprefix("^").removesuffix(r"\Z")
    return re.compile(rf"(?:{inner}\n)*{inner}")


_EVENT_ID_LINES = _lines_of(DEFERRED_PATTERNS["Event", "id"])


def event_ids_keep_pattern(ids: list[str]) -> bool:
    """Whether every id keeps the event id pattern: all matched in one regex pass over
    them joined by line breaks (a chunk's thousands of ids: a quarter of the time of one
    ``search`` each), or one by one when that cannot tell."""
    if ids and _EVENT_ID_LINES is not None:
        joined = "\n".join(ids)
        if joined.count("\n") == len(ids) - 1 and _EVENT_ID_LINES.fullmatch(joined):
            return True  # no id holds a line break, so each line is one whole id
    return None not in map(EVENT_ID_SEARCH, ids)


ACTOR_REF_OK = same_pattern(("ActorRef", "actor"), file_format.Actor)
DOCUMENT_REF_OK = same_pattern(("Source", "document"), file_format.Document)
if set(DEFERRED_PATTERNS) != DEFERRED:
    raise TypeError(
        f"deferred patterns not found in the models: {DEFERRED - set(DEFERRED_PATTERNS)}"
    )
