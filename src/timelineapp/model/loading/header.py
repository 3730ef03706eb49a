"""The header of an event file (all but its events): validated, its actors read apart, checked.

The header is validated once, before any event: by the ``EventFile`` model with its actors
taken by the fast pass (:mod:`..header_actors`, no model per actor), then its keys given
twice and its references (documents, actors, parents) are checked. A header the models
refuse does not stop the events' own checks: they run against the ids it does define
(:func:`ids_only`), so that one header error brings no false ones.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

import msgspec

from .. import header_actors  # a module: it imports this package too
from ..actor_columns import actor_number
from ..format_rules import check_date, check_http_url, one_text_problem
from ..format_structs import DOCUMENT_CHECKS, DocumentRow, HeaderRow
from ..integrity import check_header_references
from ..issues import Issue
from ..plain_header import PlainHeader
from .chunks import ChunkContext, schema_issues
from .merge import capped
from .positions import duplicate_key_issues
from .split import EventsSplit

if TYPE_CHECKING:
    # The models (and pydantic) are imported when first used, not with the loader.
    from pydantic import ValidationError

    from ..file_format import Event, EventFile

    Header = EventFile | PlainHeader
    """A checked header: plain when the Structs took it (no model: see :mod:`..plain_header`)."""


class CheckedHeader(msgspec.Struct, frozen=True):
    """A split file's header, checked: ``header`` is the model (its ids alone when the
    models refused it, ``schema`` then saying why); ``blocking`` are the problems that
    stop the load (keys given twice, unknown or repeated references)."""

    header: Header
    schema: list[Issue]
    blocking: list[Issue]

    def chunk_context(self, name: str, max_issues: int) -> ChunkContext:
        """The events' chunks' context; a validated header's actors are numbered once
        (:class:`.HeaderActors`), not again by each chunk."""
        validated = not self.schema
        number = actor_number(self.header.actors)
        if number is None or not validated:
            return ChunkContext.of_header(self.header, name, max_issues, validated=validated)
        bare = without_actors(self.header)
        context = ChunkContext.of_header(bare, name, max_issues, validated=True)
        return msgspec.structs.replace(context, actor_number=number)


def checked_header(
    raw: bytes, split: EventsSplit, name: str, max_issues: int
) -> CheckedHeader | None:
    """The header of ``raw`` (split at its events) checked; None when it is not JSON the
    fast reader takes (the plain parser then locates the syntax error)."""
    schema: list[Issue] = []
    header_bytes = split.header(raw)  # a copy of all but the events
    blocking = duplicate_key_issues(header_bytes, name)
    # The actors' items are read from the file's bytes: the copy is dropped before they
    # become columns (44 MB for a million actors, else held beside the file and them).
    rest, actors = header_actors.actors_apart(header_bytes, raw, split.array_start, split.array_end)
    del header_bytes
    try:
        header = validated_header(rest, actors, lambda: split.header(raw))
    except Exception as error:
        if not refused(error):
            raise
        if is_syntax(cast("ValidationError", error)):
            return None
        # Go on: the events' own problems are reported in the same pass, checked against the
        # ids the header does define (so that one header error brings no false ones).
        schema = schema_issues(cast("ValidationError", error), name, max_issues)
        header = ids_only(split.header(raw))
    del rest, actors
    blocking += capped(check_header_references(header, name), max_issues)
    return CheckedHeader(header, schema, blocking)


def without_actors(header: Header) -> Header:
    """``header`` with no actors (a copy)."""
    if isinstance(header, PlainHeader):
        return msgspec.structs.replace(header, actors=[])
    return header.model_copy(update={"actors": []})


def with_events(header: Header, events: Sequence[Event]) -> Header:
    """``header`` with ``events`` (a copy)."""
    if isinstance(header, PlainHeader):
        return msgspec.structs.replace(header, events=events)
    return header.model_copy(update={"events": events})


def cached_header(raw: bytes, start: int, end: int) -> Header | None:
    """The header of a file whose events array is ``raw[start:end]`` (a cache entry says
    where), validated as a first load does; None when the models refuse it."""
    view = memoryview(raw)

    def whole() -> bytes:  # one copy (slices added up were a copy each)
        return b"".join((view[:start], b"[]", view[end:]))

    # As a first load does: the actors are read from the file's bytes, the copy dropped.
    rest, actors = header_actors.actors_apart(whole(), raw, start, end)
    try:
        return validated_header(rest, actors, whole)
    except Exception as error:
        if not refused(error):
            raise
        return None


def validated_header(
    header: bytes,
    actors: memoryview | None = None,
    whole: Callable[[], bytes] | None = None,
) -> Header:
    """The header (``events`` empty) as a :class:`.PlainHeader` when the Structs take it, else
    as a model, its actors :class:`.HeaderActors` when the fast pass accepts them (no model
    per actor); raises the models' ``ValidationError``.

    ``actors``: the actors' items, when ``header`` was given without them
    (:func:`.header_actors.actors_apart`), and ``whole`` gives the header with them.
    Anything the fast pass refuses is validated by the models, which locate the error (the
    models, and pydantic, are imported only then).
    """
    if actors is None:
        found = header_actors.actors_array(header)
        if not found:
            return plain_checked(header) or _model_validated(header)
        try:
            columns = header_actors.decode_actors(found)
        except header_actors.RowsRejected:
            return _model_validated(header)
        header = header_actors.without_actors(header, found)
    else:
        try:
            columns = header_actors.decode_actors(actors)
        except header_actors.RowsRejected:
            return _model_validated(whole() if whole is not None else header)
    rest = plain_checked(header)
    if rest is not None:
        return msgspec.structs.replace(rest, actors=columns)
    return _model_validated(header).model_copy(update={"actors": columns})


def _model_validated(header: bytes) -> EventFile:
    from ..file_format import EventFile

    return EventFile.model_validate_json(header)


_RULES = {"check_date": check_date, "check_http_url": check_http_url}


def struct_checked(header: bytes) -> EventFile | None:
    """The header (``actors`` and ``events`` empty) as the models validate it, built without
    their validators: :func:`plain_checked`'s header as a model; None when it is."""
    plain = plain_checked(header)
    return None if plain is None else plain.model()


def plain_checked(header: bytes) -> PlainHeader | None:
    """The header (``actors`` and ``events`` empty) checked as the models check it, without
    them (a start imports no pydantic: ~70 ms); None when the Structs or the models' Python
    rules refuse it, or cannot tell: the models then validate it and locate the error.

    Never looser than the models: the Structs are written from them (:mod:`..format_derive`
    refuses a rule it does not know) and msgspec is strict where pydantic is lax; the rules
    the Structs cannot hold are the models' own (:data:`..format_structs.DOCUMENT_CHECKS`,
    :func:`..format_rules.one_text_problem`)."""
    try:
        given = msgspec.json.decode(header)
        row = msgspec.convert(given, HeaderRow, strict=True)
        for document in row.documents:
            _check_document(document)
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
        return None
    except ValueError:  # a rule refused a value (DateError is a ValueError)
        return None
    return PlainHeader(
        format=row.format,
        version=row.version,
        title=row.title,
        description=row.description,
        language=row.language,
        documents=row.documents,
        fields_set=frozenset(given),
        document_fields=tuple(frozenset(d) for d in given.get("documents", ())),
    )


def _check_document(row: DocumentRow) -> None:
    """Runs the models' rules on a document the Struct accepted; raises ValueError when one
    refuses it."""
    for name, rule in DOCUMENT_CHECKS:
        value = getattr(row, name)
        if value is not None:
            _RULES[rule](value)
    problem = one_text_problem(row.path, row.text)
    if problem is not None:
        raise ValueError(problem)


def ids_only(header: bytes) -> EventFile:
    """A header that failed validation, as its documents' and actors' ids alone."""
    from ..file_format import Actor, Document, EventFile

    try:
        data = msgspec.json.decode(header)
    except msgspec.DecodeError:
        # msgspec refuses what Python's reader takes (1e400, NaN): the header's error is
        # such a value, and its ids must still count (else every reference is "unknown").
        try:
            data = json.loads(header)
        except ValueError:
            data = {}

    def ids(key: str) -> list[str]:
        items = data.get(key) if isinstance(data, dict) else None
        if not isinstance(items, list):
            return []
        return [i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]

    return EventFile.model_construct(
        format="timelineapp/events",
        version=1,
        title="",
        documents=[Document.model_construct(id=i, title=i) for i in ids("documents")],
        actors=[Actor.model_construct(id=i, name=i) for i in ids("actors")],
        events=[],
    )


def refused(error: BaseException) -> bool:
    """Whether ``error`` is the models' ``ValidationError`` (only they raise it, so pydantic
    is imported once one was raised: the check imports nothing)."""
    pydantic_core = sys.modules.get("pydantic_core")
    return pydantic_core is not None and isinstance(error, pydantic_core.ValidationError)


def is_syntax(error: ValidationError) -> bool:
    """Whether the models refused the header for not being JSON (not for its content)."""
    return any(d["type"] == "json_invalid" for d in error.errors(include_url=False))


__all__ = [
    "CheckedHeader",
    "cached_header",
    "checked_header",
    "ids_only",
    "is_syntax",
    "plain_checked",
    "refused",
    "struct_checked",
    "validated_header",
    "with_events",
    "without_actors",
]
