"""The format's msgspec Structs derived from its pydantic models, and the code that writes them.

There is **one** schema: :mod:`.file_format`. :func:`derive` builds each Struct from a model's
fields — names, types, defaults, and the constraints (lengths, bounds, patterns) — and refuses
a model rule it does not know how the load pass checks, so a rule added to the models can never
be silently skipped. The Structs the load uses are written from these by :func:`source` into
:mod:`.format_structs` (generated, committed: importing pydantic and deriving them cost each
start ~100 ms), and ``tests/model/test_format_structs.py`` fails when that file is stale.
Regenerate with ``python -m timelineapp.model.format_derive``.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
import msgspec
from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator
from pydantic.fields import FieldInfo

from . import file_format
from .file_format import Actor, ActorRef, Event
from .loading import rows

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

# BeforeValidators that only refuse what lax pydantic would take (msgspec is strict already).
STRICT_ONLY: set[Callable[..., Any]] = set()

_STRUCTS: dict[type[BaseModel], type[msgspec.Struct]] = {}

# Id patterns the Structs leave out because the load pass checks them itself (why: see
# loading.rows.DEFERRED, the one list); Actor.id is added while ActorRow is derived.
DEFERRED = set(rows.DEFERRED)
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
        elif isinstance(item, BeforeValidator) and item.func in STRICT_ONLY:
            continue  # msgspec is strict already
        else:
            raise TypeError(f"the load pass does not know how to check {item!r}")
    return found


def _type(annotation: Any, where: tuple[str, str] | None = None) -> Any:
    """The msgspec type of a pydantic annotation (of the field ``where``, if one)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *metadata = get_args(annotation)
        for item in metadata:
            if isinstance(item, BeforeValidator) and item.func in STRICT_ONLY:
                continue  # msgspec is strict already
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
    if origin is Literal:
        return annotation
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


StructField = tuple[str, Any] | tuple[str, Any, Any]


def _struct_field(name: str, info: FieldInfo, model: str) -> StructField:
    """One model field as a ``msgspec.defstruct`` field: its type, and its default when it
    has one (a factory stays a factory)."""
    kind = _field_type(info, (model, name))
    if info.is_required():
        return (name, kind)
    if info.default_factory is not None:
        return (name, kind, msgspec.field(default_factory=info.default_factory))  # type: ignore[arg-type]
    return (name, kind, info.default)


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
    named = model.__name__
    fields = [_struct_field(name, info, named) for name, info in model.model_fields.items()]
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


_ACTOR_ID = ("Actor", "id")


@functools.cache
def derived() -> tuple[list[type[msgspec.Struct]], dict[tuple[str, str], str], str]:
    """The load's Structs (``EventRow``, ``ActorRow`` and those inside them), the id patterns
    the load checks itself (:data:`DEFERRED`) and the actor id's pattern: the header checks
    all actor ids in one pass (:mod:`.header_actors`), a parent keeps its pattern."""
    event_row = derive(Event)
    DEFERRED.add(_ACTOR_ID)
    try:
        actor_row = derive(Actor)
    finally:
        DEFERRED.discard(_ACTOR_ID)
    actor_pattern = DEFERRED_PATTERNS.pop(_ACTOR_ID)
    same_pattern(("ActorRef", "actor"), Actor)
    same_pattern(("Source", "document"), file_format.Document)
    if set(DEFERRED_PATTERNS) != DEFERRED:
        raise TypeError(
            f"deferred patterns not found in the models: {DEFERRED - set(DEFERRED_PATTERNS)}"
        )
    found: list[type[msgspec.Struct]] = []
    for row in (event_row, actor_row, header_rows()[0]):
        _in_order(row, found)
    return found, dict(DEFERRED_PATTERNS), actor_pattern


_HEADER_RULES = "loading.header.struct_checked runs it on the Structs (format_structs rules)"
_EMPTY = Annotated[list[None], msgspec.Meta(max_length=0)]
"""The header's actors and events, read by the load's own passes: only an empty array here."""


@functools.cache
def header_rows() -> tuple[type[msgspec.Struct], list[tuple[str, str]]]:
    """The Struct of a header (``actors`` and ``events`` empty), and the documents' fields
    checked by a Python rule of the models (``(field, rule name)``), which the Structs cannot
    hold: :mod:`.loading.header` runs them. Any other rule of the models is refused here."""
    Document = file_format.Document
    rules = {file_format.check_http_url: _HEADER_RULES, "_one_text": _HEADER_RULES}
    added = [rule for rule in rules if rule not in CHECKED_ELSEWHERE]
    CHECKED_ELSEWHERE.update({rule: rules[rule] for rule in added})
    STRICT_ONLY.add(file_format.whole_version)
    try:
        document = derive(Document)
        fields: list[StructField] = []
        for name, info in file_format.EventFile.model_fields.items():
            if name in ("actors", "events"):
                fields.append((name, _EMPTY, msgspec.field(default_factory=list)))
                continue
            fields.append(_struct_field(name, info, "EventFile"))
        header = msgspec.defstruct(
            "HeaderRow", fields, forbid_unknown_fields=True, kw_only=True, gc=False
        )
    finally:
        for rule in added:
            del CHECKED_ELSEWHERE[rule]
        STRICT_ONLY.discard(file_format.whole_version)
    if document not in [f.type for f in msgspec.structs.fields(header)] and not any(
        document in get_args(f.type) for f in msgspec.structs.fields(header)
    ):
        raise TypeError("the header's documents are not DocumentRow")
    checks = [
        (name, rule.__name__)
        for name, info in Document.model_fields.items()
        for rule in _after_validators(info.annotation, info.metadata)
    ]
    return header, checks


def _after_validators(annotation: Any, metadata: list[Any]) -> list[Callable[..., Any]]:
    """The functions of the AfterValidators of a field (in its annotation or metadata)."""
    found: list[Callable[..., Any]] = []
    for item in metadata:
        if isinstance(item, AfterValidator):
            found.append(item.func)
        elif isinstance(item, FieldInfo):
            found += _after_validators(Any, item.metadata)
    if get_origin(annotation) is Annotated:
        base, *inner = get_args(annotation)
        found += _after_validators(base, inner)
    else:
        for arg in get_args(annotation):
            found += _after_validators(arg, [])
    return found


def _in_order(kind: Any, found: list[type[msgspec.Struct]]) -> None:
    """Add the Structs of ``kind`` to ``found``, each after those its fields use."""
    if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
        if kind in found:
            return
        for field in msgspec.structs.fields(kind):
            _in_order(field.type, found)
        found.append(kind)
        return
    for arg in get_args(kind):
        if not isinstance(arg, msgspec.Meta):
            _in_order(arg, found)


_META = ("gt", "ge", "lt", "le", "multiple_of", "pattern", "min_length", "max_length", "tz")


def _text(value: object) -> str:
    """``repr`` in double quotes, as the code here is written."""
    text = repr(value)
    if isinstance(value, str) and text.startswith("'") and '"' not in value:
        return '"' + text[1:-1] + '"'
    return text


def _type_source(kind: Any) -> str:
    origin = get_origin(kind)
    if origin is Annotated:
        base, *metadata = get_args(kind)
        (meta,) = metadata
        options = ", ".join(
            f"{name}={_text(value)}" for name in _META if (value := getattr(meta, name)) is not None
        )
        return f"Annotated[{_type_source(base)}, msgspec.Meta({options})]"
    if origin in (Union, types.UnionType):
        return " | ".join(_type_source(arg) for arg in get_args(kind))
    if origin is list:
        return f"list[{_type_source(get_args(kind)[0])}]"
    if origin is Literal:
        return f"Literal[{', '.join(_text(arg) for arg in get_args(kind))}]"
    if kind is type(None) or kind is None:
        return "None"
    if kind is datetime.datetime:
        return "datetime.datetime"
    if isinstance(kind, type):
        return kind.__name__
    raise TypeError(f"cannot write the type {kind!r}")


def _default_source(field: msgspec.structs.FieldInfo) -> str:
    if field.required:
        return ""
    if field.default_factory is not msgspec.NODEFAULT:
        factory = field.default_factory
        assert isinstance(factory, type), factory
        return f" = msgspec.field(default_factory={factory.__name__})"
    default = field.default
    if isinstance(default, enum.Enum):
        return f" = {type(default).__name__}.{default.name}"
    return f" = {_text(default)}"


def _struct_source(row: type[msgspec.Struct]) -> str:
    config = row.__struct_config__
    options = f"forbid_unknown_fields={config.forbid_unknown_fields}, kw_only=True"
    options += f", gc={config.gc}"
    lines = [f"class {row.__name__}(msgspec.Struct, {options}):"]
    for field in msgspec.structs.fields(row):
        lines.append(f"    {field.name}: {_type_source(field.type)}{_default_source(field)}")
    return "\n".join(lines)


def _enums(rows: list[type[msgspec.Struct]]) -> list[str]:
    names: set[str] = set()

    def visit(kind: Any) -> None:
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            names.add(kind.__name__)
        for arg in get_args(kind):
            visit(arg)

    for row in rows:
        for field in msgspec.structs.fields(row):
            visit(field.type)
    return sorted(names)


def source() -> str:
    """The text of :mod:`.format_structs`, derived from the models now."""
    rows, patterns, actor_pattern = derived()
    parts = [
        '"""GENERATED by ``python -m timelineapp.model.format_derive`` from the pydantic models of',
        ":mod:`.file_format` (the one schema): do not edit. The load's msgspec Structs, importable",
        "without pydantic; ``tests/model/test_format_structs.py`` fails when this file is stale.",
        '"""',
        "",
        # No ``from __future__ import annotations``: the Structs' annotations are objects
        # made at import (each class after those it names: _in_order), so msgspec does not
        # compile each one from a string when the load's decoders are built (~1.5 ms of CPU
        # of each start, before the first paint).
        "import datetime",
        "from typing import Annotated, Literal",
        "",
        "import msgspec",
        "",
        f"from .format_rules import {', '.join(_enums(rows))}",
        "",
        "DEFERRED_PATTERNS: dict[tuple[str, str], str] = {",
        *(f"    ({_text(m)}, {_text(f)}): {_text(p)}," for (m, f), p in patterns.items()),
        "}",
        '"""(model, field) -> an id pattern the load checks itself (``loading.rows.DEFERRED``)."""',
        f"ACTOR_ID_PATTERN = {_text(actor_pattern)}",
        '"""The actor id pattern, checked over all ids at once (``header_actors``)."""',
        "DOCUMENT_CHECKS: tuple[tuple[str, str], ...] = (",
        *(f"    ({_text(name)}, {_text(rule)})," for name, rule in header_rows()[1]),
        ")",
        '"""(field, rule of format_rules) of a document, which loading.header runs after the',
        'Structs (the models run them as AfterValidators)."""',
    ]
    text = "\n".join(parts) + "\n"
    for row in rows:
        text += "\n\n" + _struct_source(row) + "\n"
    return text


def main(argv: list[str]) -> int:
    """Write :mod:`.format_structs` (``--check``: only say whether it is up to date)."""
    target = Path(__file__).with_name("format_structs.py")
    text = source()
    if "--check" in argv:
        stale = not target.exists() or target.read_text(encoding="utf-8") != text
        print(f"{target} is {'stale' if stale else 'up to date'}")
        return int(stale)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
