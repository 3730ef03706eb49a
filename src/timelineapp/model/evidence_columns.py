"""The loading pass over events that fills the index's evidence columns (no Qt).

Called by :func:`.loading.chunks.collect_rows` on each chunk's rows (msgspec rows or models,
which have the same fields), in the worker processes of a big file, so that the filters and
the painter read corroboration, conflicts and grades from numpy columns and never touch an
event object. The rules are those of :mod:`.evidence`; this module only runs them fast.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import repeat
from operator import is_not, itemgetter
from typing import TYPE_CHECKING

import msgspec
import numpy as np
import numpy.typing as npt

from .dates import DateError
from .evidence import (
    EVIDENCE_DTYPE,
    GRADE_SIDE,
    MAX_COUNT,
    UNKNOWN,
    DocumentGraph,
    EvidenceFlag,
    backs_event,
    claim_extent,
    independent_count,
)
from .format_rules import event_date_columns
from .issues import Issue
from .loading.rows import RowRejected
from .reference_issues import textless_quote

if TYPE_CHECKING:
    from .loading.chunks import ChunkContext


def empty_evidence(count: int) -> npt.NDArray[np.void]:
    """Evidence columns of ``count`` events with no sources (nothing known)."""
    return np.zeros(count, dtype=EVIDENCE_DTYPE)


@lru_cache(maxsize=1 << 14)
def source_extent(text: str) -> tuple[float, float]:
    """:func:`.evidence.claim_extent` of a source's date text; raises DateError. Big files
    repeat dates, so this is memoised (exceptions are not, and are rare)."""
    return claim_extent(event_date_columns(text))


class SourceFacts(msgspec.Struct):
    """What the evidence columns read of each source of a chunk's events, in file order,
    gathered by the load pass's own walk over the sources (:func:`.loading.chunks.collect_rows`)
    so that they are not read again one by one (nor kept: the rows are freed batch by batch)."""

    per_event: list[int] = msgspec.field(default_factory=list)  # each event's number of sources
    document: list[int] = msgspec.field(default_factory=list)  # its document's number, -1 unknown
    dates: list[str | None] = msgspec.field(default_factory=list)
    credibility: list[int | None] = msgspec.field(default_factory=list)
    quotes: list[int] = msgspec.field(default_factory=list)  # how many quotes it gives
    phrased: list[bool] = msgspec.field(default_factory=list)  # whether it gives a date phrase


def evidence_pass(
    facts: SourceFacts, offset: int, context: ChunkContext, other: list[Issue]
) -> npt.NDArray[np.void]:
    """The evidence record of each event (:data:`.evidence.EVIDENCE_DTYPE`).

    Raises :class:`RowRejected` for a source date the models must explain; appends to
    ``other`` the quotes of documents that have no text of their own. Written for speed
    (it runs once per event of a million): the events with one source, nearly all, are
    graded all at once by numpy, the others one by one. The rules are :mod:`.evidence`'s.
    """
    graph = context.documents or DocumentGraph.plain(len(context.document_number))
    result = empty_evidence(len(facts.per_event))
    dates = facts.dates
    if not dates:
        return result
    undated = dates.count(None) == len(dates)
    # Every source's date is checked, its document known or not, each text once; the
    # events with several sources read their extents from here.
    extent_of: dict[str, tuple[float, float]] = {}
    if not undated:
        for text in dict.fromkeys(dates):
            if text is not None:
                try:
                    extent_of[text] = source_extent(text)
                except DateError:
                    raise RowRejected from None
    document = np.array(facts.document, np.int64)
    known = document >= 0
    has_text = np.array(graph.has_text, np.bool_)
    per_event = np.array(facts.per_event, np.int64)
    first = np.cumsum(per_event) - per_event  # each event's first source
    quoted = np.array(facts.quotes, np.int64) > 0
    all_text = bool(has_text.all())
    if not (all_text and quoted.all()):
        event_of = np.repeat(np.arange(per_event.size), per_event)  # each source's event
        # Padded: with no documents at all every source's number is -1 (unknown).
        with_text = np.append(has_text, True)[np.maximum(document, 0)]
        if not all_text:
            textless = np.flatnonzero(known & ~with_text)
            _textless_quotes(facts, textless, event_of, first, offset, context, other)
        # Only a source that backs its event counts (QA #91; the rule: .evidence.backs_event):
        # one that quotes words, or a document without text while its event quotes words.
        if not quoted.all():
            event_quoted = np.bincount(event_of, quoted, per_event.size)[event_of] > 0
            known &= backs_event(quoted, with_text, event_quoted)
            document = np.where(known, document, -1)
    credibility = facts.credibility
    if credibility.count(None) == len(credibility):
        codes = np.full(len(dates), UNKNOWN, np.int64)
    else:
        codes = np.array([UNKNOWN if c is None else c - 1 for c in credibility], np.int64)
    reliability = np.frombuffer(graph.reliability + b"\0", np.uint8).astype(np.int64)
    # Each source's grade bit (1 << shift); an unknown document's source has none.
    shift = np.where(known, reliability[np.maximum(document, 0)] * GRADE_SIDE + codes, 0)
    # One source, its document known: one origin, one document, dated or not.
    alone = np.flatnonzero(per_event == 1)
    at = first[alone]
    keep = known[at]
    alone, at = alone[keep], at[keep]
    result["origins"][alone] = 1
    result["documents"][alone] = 1
    if not undated:
        dated = np.fromiter(map(is_not, dates, repeat(None)), np.bool_, len(dates))
        result["flags"][alone] = np.where(dated[at], int(EvidenceFlag.SOURCE_DATED), 0)
    result["grades"][alone] = np.left_shift(np.uint64(1), shift[at].astype(np.uint64))
    several = np.flatnonzero(per_event > 1)
    if several.size:
        _several_sources(
            result,
            several,
            first[several],
            per_event[several],
            dates,
            extent_of,
            document,
            shift,
            graph,
        )
    return result


def _several_sources(
    result: npt.NDArray[np.void],
    events: npt.NDArray[np.intp],
    starts: npt.NDArray[np.int64],
    lengths: npt.NDArray[np.int64],
    dates: list[str | None],
    extent_of: dict[str, tuple[float, float]],
    document: npt.NDArray[np.int64],
    shift: npt.NDArray[np.int64],
    graph: DocumentGraph,
) -> None:
    """The evidence records of ``events``, which have several sources each (``starts``,
    ``lengths``: where each one's sources are among the chunk's; ``dates``: each source's
    date text, its extent in ``extent_of``; ``document``: each source's document number, -1
    when unknown or when the source backs nothing; ``shift``: each source's grade bit).

    All at once with numpy, event by event as :mod:`.evidence` says: the distinct documents,
    the independent origins (by each document's single origin; an event citing a document
    of several origins is counted by :func:`.evidence.independent_count`), the grades' bits
    and the dated sources' :func:`.evidence.claims_flags`, over the sources that back it.
    """
    count = events.size
    ends = np.cumsum(lengths)
    offsets = ends - lengths  # where each event's sources begin among those gathered here
    event = np.repeat(np.arange(count), lengths)
    source = np.arange(int(ends[-1])) + np.repeat(starts - offsets, lengths)
    doc = document[source]
    backing = doc >= 0  # an unknown document (reported), or a source that backs nothing
    bits = np.where(backing, np.left_shift(np.uint64(1), shift[source].astype(np.uint64)), 0)
    grades = np.bitwise_or.reduceat(bits.astype(np.uint64), offsets)
    width = len(graph) + 1
    documents = _distinct_per_event(event[backing], doc[backing], width, count)
    single = np.array((*graph.single_origin, -1), np.int64)
    root = np.where(backing, single[np.where(backing, doc, -1)], 0)
    origins = _distinct_per_event(event[backing], root[backing], width, count)
    # -1: a document with several origins, which only the grouping counts right.
    for k in _distinct(event[backing & (root < 0)]).tolist():
        cited = doc[offsets[k] : ends[k]]
        origins[k] = independent_count(cited[cited >= 0].tolist(), graph)
    flags = _claims_flags(event, source, backing, offsets, dates, extent_of, count)
    packed = (
        np.minimum(origins, MAX_COUNT)
        | np.minimum(documents, MAX_COUNT) << 8
        | flags.astype(np.int64) << 16
    )
    result["origins"][events] = packed & 0xFF
    result["documents"][events] = (packed >> 8) & 0xFF
    result["flags"][events] = packed >> 16
    result["grades"][events] = grades


def _distinct_per_event(
    event: npt.NDArray[np.int64], value: npt.NDArray[np.int64], width: int, count: int
) -> npt.NDArray[np.int64]:
    """How many distinct ``value`` (each in -1 .. width - 2) each of ``count`` events has."""
    pairs = _distinct(event * width + value + 1)
    return np.bincount(pairs // width, minlength=count).astype(np.int64)


def _distinct(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The sorted distinct ``values``, as ``np.unique`` gives them. Not ``np.unique`` itself:
    without its index options it asks ``np.ma.is_masked``, which imports ``numpy.ma`` (~7 ms)
    into the first load of every start (``tests/ui/test_startup_imports.py``)."""
    ordered = np.sort(values)
    first = np.ones(len(ordered), dtype=np.bool_)
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def _claims_flags(
    event: npt.NDArray[np.int64],
    source: npt.NDArray[np.int64],
    backing: npt.NDArray[np.bool_],
    offsets: npt.NDArray[np.int64],
    dates: list[str | None],
    extent_of: dict[str, tuple[float, float]],
    count: int,
) -> npt.NDArray[np.int64]:
    """:func:`.evidence.claims_flags` of each event's backing sources with a date of their own
    (``source``: each one's number among the chunk's, ``event``: its event)."""
    flags = np.zeros(count, np.int64)
    if not extent_of:
        return flags
    # Each text numbered, and each distinct extent (two texts may cover the same instants).
    number: dict[str | None, int] = {None: -1}
    extent_number: dict[tuple[float, float], int] = {}
    for text, extent in extent_of.items():
        number[text] = extent_number.setdefault(extent, len(extent_number))
    low = np.array([e[0] for e in extent_number], np.float64)
    high = np.array([e[1] for e in extent_number], np.float64)
    picked = itemgetter(*source.tolist())(dates)  # at least two sources: a tuple
    said = np.fromiter(map(number.__getitem__, picked), np.int64, len(picked))
    dated = backing & (said >= 0)
    times = np.bincount(event[dated], minlength=count)
    flags[times > 0] = int(EvidenceFlag.SOURCE_DATED)
    at = np.where(dated, said, 0)
    latest_start = np.maximum.reduceat(np.where(dated, low[at], -np.inf), offsets)
    earliest_end = np.minimum.reduceat(np.where(dated, high[at], np.inf), offsets)
    several = times > 1
    conflict = several & ~(earliest_end > latest_start)
    least = np.minimum.reduceat(np.where(dated, said, len(extent_number)), offsets)
    most = np.maximum.reduceat(np.where(dated, said, -1), offsets)
    narrowed = several & ~conflict & (least != most)
    flags[conflict] |= int(EvidenceFlag.CONFLICT)
    flags[narrowed] |= int(EvidenceFlag.NARROWED)
    return flags


def _textless_quotes(
    facts: SourceFacts,
    textless: npt.NDArray[np.intp],
    event: npt.NDArray[np.intp],
    first: npt.NDArray[np.int64],
    offset: int,
    context: ChunkContext,
    other: list[Issue],
) -> None:
    """Warn of the quotes (or date phrase) of each source in ``textless`` (those whose
    document is known and has no text); ``event``: each source's event, ``first``: each
    event's first source."""
    if not textless.size:
        return
    names = {number: name for name, number in context.document_number.items()}
    for k in textless.tolist():
        quoted = facts.quotes[k] > 0
        if not (quoted or facts.phrased[k]):
            continue
        if len(other) >= context.max_issues:
            return
        i = int(event[k])
        where = "quotes[0]" if quoted else "date_phrase"
        path = f"events[{offset + i}].sources[{k - int(first[i])}].{where}"
        other.append(textless_quote(context.file, path, names[facts.document[k]]))
