"""Validate one chunk of events from its bytes and keep only what the views need.

``process_chunk`` is a pure function of picklable inputs, so a big file's chunks can be
processed in worker processes (two cores make a million events load in half the time) or in
the calling thread, with identical results. It runs every per-event rule — the schema, the
references to actors and documents, the provenance of every quote — and returns the columns
of the time index instead of the Event objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec
import numpy as np
import numpy.typing as npt
from pydantic import TypeAdapter, ValidationError

from ..date_columns import COLUMN_COUNT, DateColumns
from ..dates import DateError
from ..evidence import DocumentGraph, document_graph
from ..evidence_columns import empty_evidence, evidence_pass
from ..file_format import Event, EventFile, Span, event_date_columns, span_order_problem
from ..folding import fold_texts
from ..integrity import span_matches, span_mismatch
from ..issues import Issue, IssueKind, Severity, describe_found, json_path
from ..packed_strings import PackedStrings
from ..time_index import REVIEW_CODES, STATUS_CODES, TimeIndex, index_from_columns
from .rows import EVENT_ROWS, RowRejected
from .split import item_spans, split_items, walk_spans

_EVENTS = TypeAdapter(list[Event])
_UNDATED = (0, 0, 0, 0, 0, 0, 0)


def _no_dates() -> npt.NDArray[np.int64]:
    return np.zeros((0, COLUMN_COUNT), np.int64)


@dataclass(frozen=True)
class ChunkContext:
    """What every chunk needs from the file's header; sent once to each worker."""

    file: str
    actor_number: dict[str, int]
    document_number: dict[str, int]
    max_issues: int
    documents: DocumentGraph | None = None  # origins and grades (evidence columns)


@dataclass
class ChunkResult:
    offset: int
    count: int = 0
    # (count, 2): [start, end) of each event's bytes in the file (see split.item_spans).
    spans: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros((0, 2), np.int64))
    syntax_error: bool = False  # let the whole-file parser report it with line:column
    blocking: list[Issue] = field(default_factory=list)  # schema and reference errors
    other: list[Issue] = field(default_factory=list)  # provenance errors and warnings
    dates: npt.NDArray[np.int64] = field(default_factory=lambda: _no_dates())
    dated: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, np.bool_))
    status: npt.NDArray[np.int8] = field(default_factory=lambda: np.zeros(0, np.int8))
    review: npt.NDArray[np.int8] = field(default_factory=lambda: np.zeros(0, np.int8))
    actor_counts: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))
    members: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, np.int32))
    member_roles: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, np.int32))
    roles: list[str] = field(default_factory=list)  # local role table of member_roles
    titles: PackedStrings = field(default_factory=lambda: PackedStrings.pack([]))
    ids: PackedStrings = field(default_factory=lambda: PackedStrings.pack([]))
    search_blob: bytes = b""  # the events' searchable texts, folded (folding.fold_texts)
    passages: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros((0, 6), np.int64))
    passage_texts: list[str] = field(default_factory=list)  # the quoted words of each row
    evidence: npt.NDArray[np.void] = field(default_factory=lambda: empty_evidence(0))


def schema_issues(
    error: ValidationError, file: str, limit: int, offset: int = 0, prefix: str | None = None
) -> list[Issue]:
    """Pydantic errors as located issues; chunk-relative indices become file indices."""
    issues = []
    for detail in error.errors(include_url=False)[: max(0, limit)]:
        message = detail["msg"].removeprefix("Value error, ")
        if detail["type"] not in ("missing", "value_error", "extra_forbidden"):
            message += f", found {describe_found(detail['input'])}"
        elif detail["type"] == "extra_forbidden":
            message = "unknown field (check its spelling against the format reference)"
        location = tuple(detail["loc"])
        if prefix is not None:
            location = (prefix, int(location[0]) + offset, *location[1:])
        issues.append(Issue(Severity.ERROR, IssueKind.SCHEMA, file, json_path(location), message))
    return issues


def search_text(event: Event | Any) -> str:
    """What a text search looks through for one event (a model or a row: same fields)."""
    parts = [event.title, event.summary or "", event.note or "", event.place or ""]
    parts.extend(event.tags)
    parts.extend(q.text for source in event.sources for q in source.quotes)
    return "\n".join(parts)


def process_chunk(
    chunk: bytes,
    offset: int,
    context: ChunkContext,
    position: int = 0,
    lengths: npt.NDArray[np.int64] | None = None,
) -> ChunkResult:
    """Validate ``chunk`` (a JSON array of events that start at file index ``offset``).

    ``position`` is where the chunk's bytes start in the file (its ``[`` is not in the file):
    the result's ``spans`` are file offsets; ``lengths`` (from the split) are its events'
    byte lengths, found again here when not given. The fast road validates into rows (see
    :mod:`.rows`); whatever it rejects is validated again with the models, which give the
    error messages.
    """
    if lengths is None:  # not from a split file (tests, tools): find the events here
        items = split_items(chunk)
        if items is None:
            return ChunkResult(offset, syntax_error=True)
        spans = item_spans(chunk, items) + np.int64(position)
    else:  # the split knows each event's length: walk the chunk ("[" is at position)
        spans = walk_spans(chunk, 1, lengths) + np.int64(position)
    result = ChunkResult(offset, spans=spans)
    try:
        collect_rows(EVENT_ROWS.decode(chunk), offset, context, result)
        return result
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError, RowRejected):
        # Anything the fast pass refuses (invalid UTF-8 inside a string too) goes to the
        # models, which explain it.
        result = ChunkResult(offset, spans=spans)
    try:
        events = _EVENTS.validate_json(chunk)
    except ValidationError as error:
        if any(d["type"] == "json_invalid" for d in error.errors(include_url=False)):
            result.syntax_error = True
        else:
            result.blocking = schema_issues(
                error, context.file, context.max_issues, offset, "events"
            )
            result.blocking += _valid_events_blocking(chunk, offset, context, error)
        return result
    collect_events(events, offset, context, result)
    return result


def _valid_events_blocking(
    chunk: bytes, offset: int, context: ChunkContext, error: ValidationError
) -> list[Issue]:
    """The reference errors of the events the schema accepted, in a chunk where some failed.

    Every real problem is reported at once: one event missing its title must not hide an
    unknown actor in its neighbour (only the error path pays for this second look).
    """
    failed = {d["loc"][0] for d in error.errors(include_url=False) if d["loc"]}
    try:
        items = msgspec.json.decode(chunk)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return []
    found: list[Issue] = []
    for k, item in enumerate(items if isinstance(items, list) else []):
        if k in failed or len(found) >= context.max_issues:
            continue
        scratch = ChunkResult(offset + k)
        try:
            collect_events([Event.model_validate(item)], offset + k, context, scratch)
        except (ValidationError, RowRejected):
            continue
        found.extend(scratch.blocking)
    return found


def _unknown(file: str, path: str, what: str, found: str) -> Issue:
    return Issue(
        Severity.ERROR,
        IssueKind.REFERENCE,
        file,
        path,
        f"expected the id of {what}, found unknown id {found!r}",
    )


def collect_events(
    events: Sequence[Event], offset: int, context: ChunkContext, result: ChunkResult
) -> None:
    """:func:`collect_rows` for validated models (small files, tests): rows and models have
    the same fields, the rows being derived from the models."""
    collect_rows(events, offset, context, result)


def _span_ok(span: Any) -> None:
    if span_order_problem(span.start, span.end) is not None:
        raise RowRejected  # the Span model explains it


def collect_rows(
    rows: Sequence[Any], offset: int, context: ChunkContext, result: ChunkResult
) -> None:
    """One pass over validated rows (or models): references, provenance, index columns.

    Raises :class:`RowRejected` on the rules rows cannot check alone (dates, ``end > start``).
    """
    file = context.file
    actors = context.actor_number
    documents = context.document_number
    cap = context.max_issues
    blocking, other = result.blocking, result.other
    dates: list[DateColumns] = []
    dated: list[bool] = []
    status: list[int] = []
    review: list[int] = []
    counts: list[int] = []
    members: list[int] = []
    member_roles: list[int] = []
    roles: dict[str, int] = {}
    passages: list[tuple[int, int, int, int, int, int]] = []
    passage_texts: list[str] = []
    add_date, add_member, add_role = dates.append, members.append, member_roles.append
    add_passage, add_text = passages.append, passage_texts.append
    status_codes, review_codes = STATUS_CODES, REVIEW_CODES
    for k, row in enumerate(rows):
        i = offset + k
        date = row.date
        if date is None:
            add_date(_UNDATED)
            dated.append(False)
        else:
            try:
                add_date(event_date_columns(date))
            except DateError:
                raise RowRejected from None
            dated.append(True)
        status.append(status_codes[row.status])
        review.append(review_codes[row.review])
        refs = row.actors
        counts.append(len(refs))
        for j, ref in enumerate(refs):
            if isinstance(ref, str):
                actor, role = ref, None
            else:
                actor, role = ref.actor, ref.role
            number = actors.get(actor)
            if number is None:
                if len(blocking) < cap:
                    blocking.append(
                        _unknown(file, f"events[{i}].actors[{j}].actor", "an actor", actor)
                    )
                number = -1
            add_member(number)
            add_role(-1 if role is None else roles.setdefault(role, len(roles)))
        sources = row.sources
        if not sources and len(other) < cap:
            other.append(
                Issue(
                    Severity.WARNING,
                    IssueKind.PROVENANCE,
                    file,
                    f"events[{i}].sources",
                    f"event {row.id!r} has no source: expected at least one quoted document",
                )
            )
        for s, source in enumerate(sources):
            quotes = source.quotes
            phrase = source.date_phrase
            for quote in quotes:
                _span_ok(quote)
            if phrase is not None:
                _span_ok(phrase)
            doc = documents.get(source.document)
            if doc is None:
                if len(blocking) < cap:
                    path = f"events[{i}].sources[{s}].document"
                    blocking.append(_unknown(file, path, "a document", source.document))
                continue
            for q, quote in enumerate(quotes):
                add_passage((doc, quote.start, quote.end, i, s, q))
                add_text(quote.text)
            if phrase is not None:
                add_passage((doc, phrase.start, phrase.end, i, s, -1))
                add_text(phrase.text)
    result.evidence = evidence_pass(rows, offset, context, other)
    result.count = len(rows)
    result.dates = np.array(dates, dtype=np.int64).reshape(len(dates), COLUMN_COUNT)
    result.dated = np.array(dated, dtype=np.bool_)
    result.status = np.array(status, dtype=np.int8)
    result.review = np.array(review, dtype=np.int8)
    result.actor_counts = np.array(counts, dtype=np.int64)
    result.members = np.array(members, dtype=np.int32)
    result.member_roles = np.array(member_roles, dtype=np.int32)
    result.roles = list(roles)
    # Strings travel packed: one buffer each instead of a million objects to pickle.
    result.titles = PackedStrings.pack([row.title for row in rows])
    result.ids = PackedStrings.pack([row.id for row in rows])
    # Folded here, in the worker processes of a big file, so that the window does not spend
    # seconds (and hold the GIL) building the search index after opening.
    result.search_blob = fold_texts([search_text(row) for row in rows]) if rows else b""
    result.passages = np.array(passages, dtype=np.int64).reshape(len(passages), 6)
    result.passage_texts = passage_texts


def check_passages(
    result: ChunkResult, texts: Sequence[str | None], file: str, cap: int
) -> list[Issue]:
    """Provenance of a chunk's quotes and date phrases against the documents' texts.

    Done where the texts are (the loading process), so worker processes need no copy of
    hundreds of megabytes of documents.
    """
    issues: list[Issue] = []
    rows = result.passages.tolist()
    for row, quoted in zip(rows, result.passage_texts, strict=True):
        doc, start, end, event, source, quote = row
        text = texts[doc]
        if text is None or span_matches(text, start, end, quoted):
            continue
        span = Span.model_construct(start=start, end=end, text=quoted)
        problem = span_mismatch(text, span) if end > start else None
        if problem is None:
            continue
        where = f"quotes[{quote}]" if quote >= 0 else "date_phrase"
        path = f"events[{event}].sources[{source}].{where}"
        issues.append(Issue(Severity.ERROR, IssueKind.PROVENANCE, file, path, problem))
        if len(issues) >= cap:
            break
    result.passage_texts = []
    return issues


def index_from_chunks(chunks: list[ChunkResult]) -> TimeIndex:
    """Merge chunk columns (in file order) into one time index."""
    role_number: dict[str, int] = {}
    member_roles = []
    for chunk in chunks:
        # Local role numbers -> file-wide role numbers (-1, no role, stays -1).
        table = np.array(
            [role_number.setdefault(r, len(role_number)) for r in chunk.roles] + [-1],
            dtype=np.int32,
        )
        member_roles.append(table[chunk.member_roles])
    counts = np.concatenate([c.actor_counts for c in chunks]) if chunks else np.zeros(0, np.int64)
    ptr = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    dates = np.concatenate([c.dates for c in chunks]) if chunks else _no_dates()

    def joined(arrays: list[npt.NDArray[np.generic]], dtype: type) -> npt.NDArray[np.generic]:
        return np.concatenate(arrays).astype(dtype) if arrays else np.zeros(0, dtype)

    return index_from_columns(
        earliest=dates[:, 0].copy(),
        latest=dates[:, 1].copy(),
        core0=dates[:, 2].copy(),
        core1=dates[:, 3].copy(),
        precision=dates[:, 4].astype(np.int8),
        flags=dates[:, 5].astype(np.uint8),
        date_form=dates[:, 6].astype(np.uint8),
        status=joined([c.status for c in chunks], np.int8),  # type: ignore[arg-type]
        review=joined([c.review for c in chunks], np.int8),  # type: ignore[arg-type]
        dated=joined([c.dated for c in chunks], np.bool_),  # type: ignore[arg-type]
        actor_ptr=ptr,
        actor_ids=joined([c.members for c in chunks], np.int32),  # type: ignore[arg-type]
        actor_roles=joined(member_roles, np.int32),  # type: ignore[arg-type]
        roles=tuple(role_number),
        evidence=np.concatenate([c.evidence for c in chunks]) if chunks else None,
    )


def build_time_index(data: EventFile) -> TimeIndex:
    """Index the events of a validated, materialised file (tests and small tools)."""
    context = ChunkContext(
        file="",
        actor_number={a.id: i for i, a in enumerate(data.actors)},
        document_number={d.id: i for i, d in enumerate(data.documents)},
        max_issues=0,
        documents=document_graph(data.documents),
    )
    result = ChunkResult(0)
    collect_events(list(data.events), 0, context, result)
    return index_from_chunks([result])
