"""Validate one chunk of events from its bytes and keep only what the views need.

``process_chunk`` is a pure function of picklable inputs, so a big file's chunks can be
processed in worker processes (two cores make a million events load in half the time) or in
the calling thread, with identical results. It runs every per-event rule — the schema, the
references to actors and documents, the provenance of every quote — and returns the columns
of the time index instead of the Event objects.

Over 500 lines on purpose: this is what a worker process runs, one pass over a chunk whose
steps share the rows' layout and the chunk's columns; split, each step would pass a dozen
arrays to the next and a worker would import several modules for one job.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from functools import cache, cached_property
from itertools import compress, count
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import msgspec
import numpy as np
import numpy.typing as npt
from msgspec import Struct, field

from .. import event_json  # a module: it imports this package too
from ..date_columns import COLUMN_COUNT
from ..date_columns_bulk import bulk_date_columns
from ..dates import DateError
from ..evidence import DocumentGraph, document_graph
from ..evidence_columns import empty_evidence, evidence_pass
from ..folding import fold_texts
from ..format_rules import event_date_columns, span_order_problem
from ..id_index import IdIndex
from ..integrity import span_matches, span_mismatch
from ..issues import Issue, IssueKind, Severity, json_path
from ..packed_strings import PackedStrings
from ..reference_issues import quote_mismatch
from ..time_index import REVIEW_CODES, STATUS_CODES, TimeIndex, index_from_columns
from ..validation_words import word_error
from .gathered import BATCH_EVENTS, Gathered
from .references import ActorMembers
from .rows import (
    ACTOR_REF_OK,
    DOCUMENT_REF_OK,
    RowRejected,
    event_ids_keep_pattern,
)
from .split import item_spans, split_items, walk_spans

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

    from ..file_format import Event, EventFile, Span
    from ..plain_header import HeaderLike


@cache
def events_adapter() -> TypeAdapter[list[Event]]:
    """The models of a list of events: for a chunk the fast pass refused (they explain it),
    built the first time one is (pydantic is not imported at start)."""
    from pydantic import TypeAdapter

    from ..file_format import Event

    return TypeAdapter(list[Event])


_DATE, _ACTORS, _SOURCES = attrgetter("date"), attrgetter("actors"), attrgetter("sources")
_STATUS, _REVIEW = attrgetter("status"), attrgetter("review")
_TITLE, _ID = attrgetter("title"), attrgetter("id")


def _no_dates() -> npt.NDArray[np.int64]:
    return np.zeros((0, COLUMN_COUNT), np.int64)


SMALL_ACTOR_TABLE = 1 << 15
"""Up to this many actors, references are looked up in a dict (``ChunkContext.actor_lookup``)."""


class ChunkContext(Struct, frozen=True, dict=True):
    """What every chunk needs from the file's header; sent once to each worker."""

    file: str
    actor_number: Mapping[str, int]  # a dict, or a header's IdIndex (a million actors)
    document_number: dict[str, int]
    max_issues: int
    documents: DocumentGraph | None = None  # origins and grades (evidence columns)

    @cached_property
    def actor_lookup(self) -> Mapping[str, int]:
        """:attr:`actor_number` for looking references up: a dict when the header names few
        actors. An :class:`..id_index.IdIndex` (kept for a million actors' memory) hashes,
        searches and decodes for every reference, three times a dict's cost, while a dict of
        a few thousand ids costs a millisecond to build (once per chunk in a worker)."""
        number = self.actor_number
        if isinstance(number, IdIndex) and len(number.ids) <= SMALL_ACTOR_TABLE:
            return dict(zip(number.ids, count()))  # the last of an id given twice, as there
        return number

    def __reduce__(self) -> tuple[type[ChunkContext], tuple[Any, ...]]:
        # To a worker: the fields only, without the lookup (made again there).
        return type(self), msgspec.structs.astuple(self)

    @classmethod
    def of_header(
        cls, header: HeaderLike, file: str, max_issues: int, *, validated: bool = False
    ) -> ChunkContext:
        """The context of a file's header. Only ids that keep the format's id pattern are
        numbered (a header that failed validation may hold others): a reference found here
        then keeps the pattern too (see rows.DEFERRED). ``validated``: the header passed the
        format's validation, whose id pattern is the same (rows.same_pattern checks it), so
        no id needs checking again (a million actors: a third of a second)."""
        actor_ok = _already_checked if validated else ACTOR_REF_OK
        document_ok = _already_checked if validated else DOCUMENT_REF_OK
        return cls(
            file=file,
            actor_number=_numbered(header.actors, actor_ok),
            document_number=_numbered(header.documents, document_ok),
            max_issues=max_issues,
            documents=document_graph(header.documents),
        )


def _numbered(items: Sequence[Any], keeps_pattern: Callable[[str], bool]) -> dict[str, int]:
    """Each id of ``items`` that keeps the pattern -> its index (the last one for an id given
    twice), built in C: a header may hold a million actors."""
    ids = list(map(_ID, items))
    if keeps_pattern is _already_checked:
        return dict(zip(ids, count()))
    return dict(compress(zip(ids, count()), map(keeps_pattern, ids)))


def _already_checked(_id: str) -> bool:  # a marker, compared by identity
    return True


_ID = attrgetter("id")


class ChunkResult(Struct):
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
        words = word_error(detail)
        location = tuple(detail["loc"])
        if prefix is not None:
            location = (prefix, int(location[0]) + offset, *location[1:])
        path = json_path(location)
        issues.append(
            Issue(
                Severity.ERROR,
                IssueKind.SCHEMA,
                file,
                path,
                words.message,
                code=words.code,
                arguments=words.arguments,
                found=words.found,
            )
        )
    return issues


def search_text(event: Event | Any) -> str:
    """What a text search looks through for one event (a model or a row: same fields)."""
    # One list, grown in place: this runs once per event of a million.
    parts = [event.title, event.summary or "", event.note or "", event.place or "", *event.tags]
    for source in event.sources:
        for quote in source.quotes:
            parts.append(quote.text)
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
    return _processed(chunk, position, offset, context, spans, lambda: chunk)


def process_events(
    raw: bytes, start: int, offset: int, context: ChunkContext, lengths: npt.NDArray[np.int64]
) -> ChunkResult:
    """:func:`process_chunk` of the events of ``raw`` from byte ``start`` on (file index
    ``offset`` on, of these ``lengths``), read where they are: in this process, the chunk is
    made (a copy of its bytes) only when the models must explain an error."""
    spans = walk_spans(raw, start, lengths)

    def chunk() -> bytes:
        return b"".join((b"[", memoryview(raw)[start : int(spans[-1, 1])], b"]"))

    return _processed(raw, 0, offset, context, spans, chunk)


def _processed(
    buffer: bytes,
    position: int,
    offset: int,
    context: ChunkContext,
    spans: npt.NDArray[np.int64],
    chunk: Callable[[], bytes],
) -> ChunkResult:
    """The chunk's result from its events at ``spans - position`` in ``buffer``; ``chunk``
    gives them as a JSON array for the models."""
    result = ChunkResult(offset, spans=spans)
    try:
        collect_gathered(_gathered(buffer, offset, context, spans - position), context, result)
        return result
    except (msgspec.ValidationError, msgspec.DecodeError, UnicodeDecodeError, RowRejected):
        # Anything the fast pass refuses (invalid UTF-8 inside a string too) goes to the
        # models, which explain it.
        result = ChunkResult(offset, spans=spans)
    from pydantic import ValidationError

    whole = chunk()
    try:
        events = events_adapter().validate_json(whole)
    except ValidationError as error:
        if any(d["type"] == "json_invalid" for d in error.errors(include_url=False)):
            result.syntax_error = True
        else:
            result.blocking = schema_issues(
                error, context.file, context.max_issues, offset, "events"
            )
            result.blocking += _valid_events_blocking(whole, offset, context, error)
        return result
    collect_events(events, offset, context, result)
    return result


def _gathered(
    chunk: bytes, offset: int, context: ChunkContext, spans: npt.NDArray[np.int64]
) -> Gathered:
    """The chunk's events (at ``spans`` in it) decoded and gathered a batch at a time, so that
    each batch's rows are read while they are in the cache (see :mod:`.gathered`)."""
    gathered = gather(context, offset)
    view = memoryview(chunk)
    lengths = spans[:, 1] - spans[:, 0]
    for first in range(0, spans.shape[0], BATCH_EVENTS):
        last = min(first + BATCH_EVENTS, spans.shape[0])
        batch = b"".join((b"[", view[spans[first, 0] : spans[last - 1, 1]], b"]"))
        longest = int(lengths[first:last].max())
        gathered.add(event_json.event_rows(batch, longest))
    return gathered


def _valid_events_blocking(
    chunk: bytes, offset: int, context: ChunkContext, error: ValidationError
) -> list[Issue]:
    """The reference errors of the events the schema accepted, in a chunk where some failed.

    Every real problem is reported at once: one event missing its title must not hide an
    unknown actor in its neighbour (only the error path pays for this second look).
    """
    from pydantic import ValidationError

    from ..file_format import Event

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


def collect_events(
    events: Sequence[Event], offset: int, context: ChunkContext, result: ChunkResult
) -> None:
    """:func:`collect_rows` for validated models (small files, tests): rows and models have
    the same fields, the rows being derived from the models."""
    collect_rows(events, offset, context, result)


def collect_rows(
    rows: Sequence[Any], offset: int, context: ChunkContext, result: ChunkResult
) -> None:
    """One pass over validated rows (or models): references, provenance, index columns.

    Raises :class:`RowRejected` on the rules rows cannot check alone (dates, ``end > start``).
    """
    gathered = gather(context, offset)
    gathered.add(rows)
    collect_gathered(gathered, context, result)


def gather(context: ChunkContext, offset: int) -> Gathered:
    """An empty :class:`.gathered.Gathered` for the events from file index ``offset`` on."""
    members = ActorMembers(
        context.actor_lookup, context.actor_number, context.file, context.max_issues
    )
    return Gathered(offset, context.file, context.document_number, context.max_issues, members)


def collect_gathered(gathered: Gathered, context: ChunkContext, result: ChunkResult) -> None:
    """The chunk's columns and issues from what was gathered of its rows.

    This is the load's hot path (a million events): everything here runs column by column
    over the whole chunk, in C or numpy; only the rare (an unknown id, an odd date) is looked
    at one by one.
    """
    cap = context.max_issues
    blocking, other = result.blocking, result.other
    offset, count, ids = gathered.offset, gathered.count, gathered.ids
    dates, dated = _date_columns(gathered.dates)
    if not event_ids_keep_pattern(ids):
        raise RowRejected  # an id that breaks the pattern: the models say which
    members, member_roles, roles = gathered.members.columns()
    unknown_actors, counts = gathered.members.unknown, gathered.members.counts
    unknown_documents = gathered.unknown_documents
    other.extend(gathered.no_source[: max(0, cap - len(other))])
    passages, passage_texts = gathered.passages, gathered.passage_texts
    found = np.fromiter(passages, np.int64, len(passages)).reshape(-1, 6)
    _check_span_order(found)
    known = found[:, 0] >= 0
    if not known.all():  # the data decides, not the (capped) list of their issues
        kept = np.flatnonzero(known)
        found, passage_texts = found[kept], list(map(passage_texts.__getitem__, kept.tolist()))
    if unknown_actors or unknown_documents:
        room = max(0, cap - len(blocking))
        blocking.extend(_in_event_order(unknown_actors, unknown_documents)[:room])
    result.evidence = evidence_pass(gathered.facts, offset, context, other)
    result.count = count
    result.dates = dates
    result.dated = dated
    result.status = np.fromiter(map(STATUS_CODES.__getitem__, gathered.status), np.int8, count)
    result.review = np.fromiter(map(REVIEW_CODES.__getitem__, gathered.review), np.int8, count)
    result.actor_counts = np.array(counts, dtype=np.int64)
    result.members = members
    result.member_roles = member_roles
    result.roles = roles
    # Strings travel packed: one buffer each instead of a million objects to pickle.
    result.titles = PackedStrings.pack(gathered.titles)
    result.ids = PackedStrings.pack(ids)
    # Folded here, in the worker processes of a big file, so that the window does not spend
    # seconds (and hold the GIL) building the search index after opening.
    result.search_blob = fold_texts(gathered.searched) if count else b""
    result.passages = found
    result.passage_texts = passage_texts


def _check_span_order(passages: npt.NDArray[np.int64]) -> None:
    """RowRejected when a quote or date phrase breaks :func:`..file_format.span_order_problem`.

    The spans are compared all at once (:func:`suspect_spans`); the rule itself judges those
    only, so it stays the one statement of it (a test checks that every span it refuses is a
    suspect).
    """
    for start, end in passages[suspect_spans(passages[:, 1:3]), 1:3].tolist():
        if span_order_problem(start, end) is not None:
            raise RowRejected  # the Span model explains it


def suspect_spans(spans: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """Which ``(start, end)`` rows :func:`..file_format.span_order_problem` may refuse."""
    found: npt.NDArray[np.bool_] = spans[:, 1] <= spans[:, 0]
    return found


def _date_columns(
    texts: list[str | None],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """The date columns of each event and whether it is dated; raises RowRejected when a date
    is not valid (the models say why).

    Each distinct date is read once: the common forms all together
    (:func:`..date_columns_bulk.bulk_date_columns`), the others one by one by the one check
    of a date (``event_date_columns``, memoised).
    """
    # One pass numbers each text by where it first occurs (a dict in C); the distinct texts
    # are the dict's keys, in that order.
    first: dict[str | None, int] = {}
    seen = np.fromiter(map(first.setdefault, texts, count()), np.intp, len(texts))
    first.pop(None, None)
    distinct: list[str] = list(first)  # type: ignore[arg-type]
    table = np.zeros((len(distinct) + 1, COLUMN_COUNT), np.int64)  # the last row: undated
    table[:-1], deferred = bulk_date_columns(distinct)
    for k in np.flatnonzero(deferred).tolist():
        try:
            table[k] = event_date_columns(distinct[k])
        except DateError:
            raise RowRejected from None
    slot = np.full(len(texts), len(distinct), np.intp)  # a first occurrence -> its row
    slot[np.fromiter(first.values(), np.intp, len(distinct))] = np.arange(len(distinct))
    rows = slot[seen]
    return table[rows], rows != len(distinct)


def _in_event_order(actors: list[Issue], documents: list[Issue]) -> list[Issue]:
    """Unknown actors and unknown documents merged as one pass over the events finds them:
    by event, an event's actors before its sources."""

    def key(issue: Issue) -> int:
        return int(issue.json_path[7 : issue.json_path.index("]")])  # "events[12]..."

    return list(heapq.merge(actors, documents, key=key))


def check_passages(
    result: ChunkResult, texts: Sequence[str | None], file: str, cap: int
) -> list[Issue]:
    """Provenance of a chunk's quotes and date phrases against the documents' texts.

    Done where the texts are (the loading process), so worker processes need no copy of
    hundreds of megabytes of documents.
    """
    issues: list[Issue] = []
    rows = result.passages
    quoted = result.passage_texts
    if rows.shape[0]:
        # Each passage's words as the document has them now, all compared at once (C loops):
        # nearly all match, and only the others are looked at one by one.
        # Each document's text once (unread: "", skipped below), then each row's by number.
        table = [t if t is not None else "" for t in texts]
        readable = list(map(table.__getitem__, rows[:, 0].tolist()))
        starts, ends = rows[:, 1].tolist(), rows[:, 2].tolist()
        # Equal words of the right length: then integrity.span_matches holds (the schema
        # makes 0 <= start < end, and a slice past the text's end would be shorter); only
        # the others are judged by it, one by one. ``startswith`` with bounds compares in
        # place: the text's slice starts with the words, which are its length, so equal
        # (no copy of each passage's words out of the document).
        equal = map(str.startswith, readable, quoted, starts, ends)
        sized = np.fromiter(map(len, quoted), np.int64, len(quoted)) == rows[:, 2] - rows[:, 1]
        suspect = np.flatnonzero(~(np.fromiter(equal, np.bool_, len(quoted)) & sized)).tolist()
        differ = [
            k for k in suspect if not span_matches(readable[k], starts[k], ends[k], quoted[k])
        ]
        for k in differ:
            number, start, end, event, source, quote = rows[k].tolist()
            text = texts[number]
            if text is None:
                continue
            span = _span_model().model_construct(start=start, end=end, text=quoted[k])
            problem = span_mismatch(text, span) if end > start else None
            if problem is None:
                continue
            where = f"quotes[{quote}]" if quote >= 0 else "date_phrase"
            path = f"events[{event}].sources[{source}].{where}"
            issues.append(quote_mismatch(file, path, *problem))
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
    # Each date column filled chunk by chunk: no (events, 7) array of them all first (a
    # million events: 56 MB more, and fresh memory costs its page faults).
    total = sum(chunk.dates.shape[0] for chunk in chunks)
    earliest, latest, core0, core1 = (np.empty(total, np.int64) for _ in range(4))
    precision = np.empty(total, np.int8)
    flags, date_form = np.empty(total, np.uint8), np.empty(total, np.uint8)
    targets: tuple[npt.NDArray[Any], ...] = (
        *(earliest, latest, core0, core1),
        *(precision, flags, date_form),
    )
    at = 0
    for chunk in chunks:
        size = chunk.dates.shape[0]
        for k, column in enumerate(targets):
            column[at : at + size] = chunk.dates[:, k]
        at += size

    def joined(arrays: list[npt.NDArray[np.generic]], dtype: type) -> npt.NDArray[np.generic]:
        return np.concatenate(arrays).astype(dtype, copy=False) if arrays else np.zeros(0, dtype)

    return index_from_columns(
        earliest=earliest,
        latest=latest,
        core0=core0,
        core1=core1,
        precision=precision,
        flags=flags,
        date_form=date_form,
        status=joined([c.status for c in chunks], np.int8),  # type: ignore[arg-type]
        review=joined([c.review for c in chunks], np.int8),  # type: ignore[arg-type]
        dated=joined([c.dated for c in chunks], np.bool_),  # type: ignore[arg-type]
        actor_ptr=ptr,
        actor_ids=joined([c.members for c in chunks], np.int32),  # type: ignore[arg-type]
        actor_roles=joined(member_roles, np.int32),  # type: ignore[arg-type]
        roles=tuple(role_number),
        evidence=np.concatenate([c.evidence for c in chunks]) if chunks else None,
    )


def _span_model() -> type[Span]:
    from ..file_format import Span  # the models: only for a quote that differs

    return Span


def build_time_index(data: EventFile) -> TimeIndex:
    """Index the events of a validated, materialised file (tests and small tools)."""
    context = ChunkContext.of_header(data, "", 0)
    result = ChunkResult(0)
    collect_events(list(data.events), 0, context, result)
    return index_from_chunks([result])
