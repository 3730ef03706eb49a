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
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

import msgspec

from .. import header_actors  # a module: it imports this package too
from ..actor_columns import actor_number
from ..format_rules import check_date, check_http_url, one_text_problem
from ..format_structs import DOCUMENT_CHECKS, DocumentRow, HeaderRow
from ..integrity import check_header_references
from ..issues import Issue
from .chunks import ChunkContext, schema_issues
from .merge import capped
from .positions import duplicate_key_issues
from .split import EventsSplit

if TYPE_CHECKING:
    # The models (and pydantic) are imported when first used, not with the loader.
    from pydantic import ValidationError

    from ..file_format import Document, EventFile


class CheckedHeader(msgspec.Struct, frozen=True):
    """A split file's header, checked: ``header`` is the model (its ids alone when the
    models refused it, ``schema`` then saying why); ``blocking`` are the problems that
    stop the load (keys given twice, unknown or repeated references)."""

    header: EventFile
    schema: list[Issue]
    blocking: list[Issue]

    def chunk_context(self, name: str, max_issues: int) -> ChunkContext:
        """The events' chunks' context; a validated header's actors are numbered once
        (:class:`.HeaderActors`), not again by each chunk."""
        validated = not self.schema
        number = actor_number(self.header.actors)
        if number is None or not validated:
            return ChunkContext.of_header(self.header, name, max_issues, validated=validated)
        bare = self.header.model_copy(update={"actors": []})
        context = ChunkContext.of_header(bare, name, max_issues, validated=True)
        return replace(context, actor_number=number)


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


def cached_header(raw: bytes, start: int, end: int) -> EventFile | None:
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
) -> EventFile:
    """The header (``events`` empty) as a model, its actors :class:`.HeaderActors` when the
    fast pass accepts them (no model per actor); raises the models' ``ValidationError``.

    ``actors``: the actors' items, when ``header`` was given without them
    (:func:`.header_actors.actors_apart`), and ``whole`` gives the header with them.
    Anything the fast pass refuses is validated by the models, which locate the error.
    """
    from ..file_format import EventFile

    if actors is None:
        found = header_actors.actors_array(header)
        if not found:
            return struct_checked(header) or EventFile.model_validate_json(header)
        try:
            columns = header_actors.decode_actors(found)
        except header_actors.RowsRejected:
            return EventFile.model_validate_json(header)
        header = header_actors.without_actors(header, found)
    else:
        try:
            columns = header_actors.decode_actors(actors)
        except header_actors.RowsRejected:
            return EventFile.model_validate_json(whole() if whole is not None else header)
    rest = struct_checked(header) or EventFile.model_validate_json(header)
    return rest.model_copy(update={"actors": columns})


_RULES = {"check_date": check_date, "check_http_url": check_http_url}


def struct_checked(header: bytes) -> EventFile | None:
    """The header (``actors`` and ``events`` empty) as the models validate it, built without
    their validators (a start builds none: ~25 ms); None when the Structs or the models'
    Python rules refuse it, or cannot tell: the models then validate it and locate the error.

    Never looser than the models: the Structs are written from them (:mod:`..format_derive`
    refuses a rule it does not know) and msgspec is strict where pydantic is lax; the rules
    the Structs cannot hold are the models' own (:data:`..format_structs.DOCUMENT_CHECKS`,
    :func:`..format_rules.one_text_problem`)."""
    from ..file_format import EventFile

    try:
        given = msgspec.json.decode(header)
        row = msgspec.convert(given, HeaderRow, strict=True)
        documents = [
            _document(document, fields)
            for document, fields in zip(row.documents, given.get("documents", ()), strict=True)
        ]
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
        return None
    except ValueError:  # a rule refused a value (DateError is a ValueError)
        return None
    values = {name: getattr(row, name) for name in row.__struct_fields__}
    values.update(documents=documents, actors=[], events=[])
    return EventFile.model_construct(_fields_set=set(given), **values)


def _document(row: DocumentRow, given: dict[str, object]) -> Document:
    """The model of a document the Struct accepted, once the models' rules accept it too;
    raises ValueError when one refuses it. Its set fields are those ``given``."""
    from ..file_format import Document

    for name, rule in DOCUMENT_CHECKS:
        value = getattr(row, name)
        if value is not None:
            _RULES[rule](value)
    problem = one_text_problem(row.path, row.text)
    if problem is not None:
        raise ValueError(problem)
    values = {name: getattr(row, name) for name in row.__struct_fields__}
    return Document.model_construct(_fields_set=set(given), **values)


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
    "refused",
    "struct_checked",
    "validated_header",
]
