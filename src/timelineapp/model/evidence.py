"""The weight of the evidence behind events: independent origins, grades, conflicts, lag.

Each rule is stated once here, on plain numbers, and used twice: by the loading pass that
fills the index's evidence columns for every event (:mod:`.evidence_columns`, in the worker
processes of a big file) and by :func:`event_evidence`, which explains one event to the panes
and the painter.

* **Origins.** A document that copies or relies on others (``derived_from``, or a translation
  via ``translated_from``) is an echo of their origins; a document that relies on none is an
  origin of its own. Two sources of an event are *independent* when their origins share
  nothing; the sources of an event fall into groups joined by shared origins, and the number
  of groups is its corroboration count. Joining whenever origins meet errs towards fewer
  independent sources, never more: an echo must never pass for confirmation.
* **Grades.** Admiralty codes: the document's reliability (A–F) and the source's credibility
  (1–6). An absent grade is *unknown* (code 6, shown "?") and never passes a "B2 or better".
* **Claims.** A source may state its own date. When the extents of the sources' dates have
  no instant in common the event is *conflicting*; when they meet but differ, their
  intersection is the span *supported by all*. An open end reaches arbitrarily far.
* **Backing.** A source backs its event only with words quoted from its document (the brief:
  every event traceable to verbatim quotes). A date phrase says where a date was read, not that
  the event happened, so it does not back the event alone. A document without text cannot be
  quoted (the format forbids it): citing it backs the event only while the event quotes words
  somewhere (a communiqué known through an article's quote of it). A source that backs nothing
  (its last quote removed) stays listed but counts for nothing: no origin, no grade, no date
  claim, no lag (QA #91).
* **Lag.** The days between the event and the publication of each source's document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntFlag
from functools import cached_property
from typing import TYPE_CHECKING, TypeVar

import msgspec
import numpy as np
import numpy.typing as npt
from msgspec import Struct

from .date_columns import DateColumns, MarkFlag
from .dates import DateError
from .format_rules import EventStatus, Reliability, event_date_columns
from .plain_header import has_text

if TYPE_CHECKING:
    from .file_format import Event
    from .plain_header import DocumentLike

UNKNOWN = 6
"""Code of an unknown reliability or credibility (reliability A–F are 0–5, credibility 1–6
are 0–5)."""
GRADE_SIDE = 7  # codes per side of the grade grid, unknown included
RELIABILITY_CODES = {r: i for i, r in enumerate(Reliability)}
RELIABILITY_LETTERS = "ABCDEF?"
MAX_COUNT = 255  # uint8 columns: counts saturate rather than wrap
DAY = 86400
_OPEN_START = int(MarkFlag.OPEN_START)
_OPEN_END = int(MarkFlag.OPEN_END)

EVIDENCE_DTYPE = np.dtype(
    [("origins", np.uint8), ("documents", np.uint8), ("flags", np.uint8), ("grades", np.uint64)]
)
"""One record per event (file order): independent origins, distinct documents, flags, and the
set of its sources' grades as bits (:func:`grade_bit`)."""


class EvidenceFlag(IntFlag):
    """What the sources' own dates say together; one byte per event."""

    SOURCE_DATED = 1  # at least one source states its own date
    CONFLICT = 2  # two sources' dates have no instant in common
    NARROWED = 4  # they all meet, but not on the same extent: a span supported by all


_Bools = TypeVar("_Bools", bool, npt.NDArray[np.bool_])


def backs_event(quoted: _Bools, has_text: _Bools, event_quoted: _Bools) -> _Bools:
    """Whether a source counts as evidence (the *Backing* rule of the module doc): ``quoted``
    when it quotes words, ``has_text`` when its document has text to quote, ``event_quoted``
    when any source of the event quotes words. For one source (bools) or a chunk's sources
    at once (numpy arrays, the load's pass): ``event_quoted > has_text`` is "the event
    quotes words and this document has no text" in both."""
    return quoted | (event_quoted > has_text)


def grade_bit(reliability: int, credibility: int) -> int:
    """The bit of a grade in the per-event set of grades (codes, :data:`UNKNOWN` included)."""
    return reliability * GRADE_SIDE + credibility


def grades_at_least(reliability: int, credibility: int) -> int:
    """The bits of every known grade as good as or better than the one given, on both sides.

    Unknown codes are never included: an ungraded source does not pass a grade filter.
    """
    bits = 0
    for r in range(min(reliability, UNKNOWN - 1) + 1):
        for c in range(min(credibility, UNKNOWN - 1) + 1):
            bits |= 1 << grade_bit(r, c)
    return bits


def grade_text(reliability: int, credibility: int) -> str:
    """ "B2"; an unknown side shows as "?" ("B?", "??"), never as a good default."""
    credibility_text = "?" if credibility >= UNKNOWN else str(credibility + 1)
    return RELIABILITY_LETTERS[min(reliability, UNKNOWN)] + credibility_text


def parse_grade(text: str) -> tuple[int, int]:
    """ "B2" as codes (1, 1); raises ValueError with what was expected."""
    cleaned = text.strip().upper()
    if len(cleaned) != 2 or cleaned[0] not in "ABCDEF" or cleaned[1] not in "123456":
        raise ValueError(f"expected a grade such as B2 (A–F then 1–6), found {text!r}")
    return "ABCDEF".index(cleaned[0]), int(cleaned[1]) - 1


def best_grade(bits: int) -> tuple[int, int] | None:
    """The best grade in a set of grade bits (by reliability, then credibility), or None."""
    if not bits:
        return None
    low = (bits & -bits).bit_length() - 1
    return divmod(low, GRADE_SIDE)


def credibility_code(value: int | None) -> int:
    return UNKNOWN if value is None else value - 1


# --- the documents of a file ----------------------------------------------------------------
class DocumentGraph(Struct, frozen=True, dict=True):
    """Per document number: its origins, its reliability code, whether it has text.

    Small and picklable: it goes to every worker process with the chunk context.
    """

    origins: tuple[frozenset[int], ...]
    reliability: bytes
    has_text: tuple[bool, ...]

    @classmethod
    def plain(cls, count: int) -> DocumentGraph:
        """``count`` documents, each its own origin, none graded (tests, tools)."""
        return cls(
            tuple(frozenset((i,)) for i in range(count)), bytes([UNKNOWN]) * count, (True,) * count
        )

    def __len__(self) -> int:
        return len(self.origins)

    @cached_property
    def single_origin(self) -> tuple[int, ...]:
        """Per document, its one origin, or -1 when it has several (the loader's fast path)."""
        return tuple(next(iter(o)) if len(o) == 1 else -1 for o in self.origins)


def document_links(document: DocumentLike) -> list[str]:
    """The ids a document relies on: what it is derived from, what it translates."""
    links = list(document.derived_from)
    if document.translated_from is not None:
        links.append(document.translated_from)
    return links


def document_graph(documents: Sequence[DocumentLike]) -> DocumentGraph:
    """The origins of each document, following ``derived_from`` and ``translated_from``.

    Unknown ids and cycles are reported by :mod:`.evidence_links` (the file does not open);
    here they are skipped so that the graph is always defined.
    """
    number = {d.id: i for i, d in enumerate(documents)}
    parents = [[number[link] for link in document_links(d) if link in number] for d in documents]
    memo: dict[int, frozenset[int]] = {}

    def origins(i: int, path: frozenset[int]) -> frozenset[int]:
        if i in memo:
            return memo[i]
        above = [p for p in parents[i] if p not in path]
        found = frozenset((i,)) if not above else frozenset()
        for parent in above:
            found |= origins(parent, path | {i})
        memo[i] = found or frozenset((i,))
        return memo[i]

    return DocumentGraph(
        origins=tuple(origins(i, frozenset()) for i in range(len(documents))),
        reliability=bytes(
            UNKNOWN if d.reliability is None else RELIABILITY_CODES[d.reliability]
            for d in documents
        ),
        has_text=tuple(map(has_text, documents)),
    )


def origin_groups(documents: Iterable[int], graph: DocumentGraph) -> list[list[int]]:
    """Distinct documents grouped by shared origins, in first-seen order: one group per
    independent origin. Groups stay pairwise disjoint, so one pass joins transitively."""
    order = list(dict.fromkeys(documents))
    groups: list[tuple[frozenset[int], list[int]]] = []
    for doc in order:
        roots, members = graph.origins[doc], [doc]
        rest = []
        for group_roots, group_members in groups:
            if group_roots & roots:
                roots, members = roots | group_roots, group_members + members
            else:
                rest.append((group_roots, group_members))
        groups = [*rest, (roots, members)]
    rank = {doc: k for k, doc in enumerate(order)}
    found = [sorted(members, key=rank.__getitem__) for _, members in groups]
    return sorted(found, key=lambda members: rank[members[0]])


def independent_count(documents: Sequence[int], graph: DocumentGraph) -> int:
    """How many independent origins back these documents (see the module doc)."""
    distinct = set(documents)
    if len(distinct) <= 1:
        return len(distinct)
    single = [graph.origins[d] for d in distinct]
    if all(len(o) == 1 for o in single):  # the common case: no shared multi-origin echo
        return len(frozenset().union(*single))
    return len(origin_groups(documents, graph))


# --- the sources' own dates -----------------------------------------------------------------
def claim_extent(columns: DateColumns) -> tuple[float, float]:
    """The instants a date may cover, an open end reaching arbitrarily far."""
    earliest, latest, flags = columns[0], columns[1], int(columns[5])
    low = -np.inf if flags & _OPEN_START else float(earliest)
    high = np.inf if flags & _OPEN_END else float(latest)
    return low, high


def common_span(extents: Sequence[tuple[float, float]]) -> tuple[float, float] | None:
    """The instants every extent covers, or None when two of them do not meet."""
    low = max(e[0] for e in extents)
    high = min(e[1] for e in extents)
    return (low, high) if high > low else None


def claims_flags(extents: Sequence[tuple[float, float]]) -> int:
    """:class:`EvidenceFlag` bits of the sources' own dates (extents of the dated ones)."""
    if not extents:
        return 0
    flags = EvidenceFlag.SOURCE_DATED
    if len(extents) > 1:
        if common_span(extents) is None:
            flags |= EvidenceFlag.CONFLICT
        elif len(set(extents)) > 1:
            flags |= EvidenceFlag.NARROWED
    return int(flags)


# --- one event, explained -------------------------------------------------------------------
class Claim(msgspec.Struct, frozen=True):
    """What one source of an event says: its document, grade, own date, quoted words."""

    source: int  # index of the source in the event
    document: str
    reliability: int
    credibility: int
    date: str | None  # the source's own date, EDTF
    extent: tuple[float, float] | None
    quotes: tuple[str, ...]
    note: str | None
    backed: bool = True  # False: nothing quoted from its document (see *Backing*)

    @property
    def grade(self) -> str:
        return grade_text(self.reliability, self.credibility)


class OriginGroup(msgspec.Struct, frozen=True):
    """Documents of an event that share an origin: one independent voice."""

    documents: tuple[str, ...]
    origins: tuple[str, ...]  # the documents they all come from (themselves if none)


class ReportingLag(msgspec.Struct, frozen=True):
    """Whole days from the event to a document's publication: ``low``..``high`` (equal when
    both dates are days). ``open`` when the event has no known end (lag from its start)."""

    low: int
    high: int
    approximate: bool = False  # the event's date is approximate ("2015~"): "about", in words


class EventEvidence(msgspec.Struct, frozen=True):
    """The evidence of one event, for the panes and the painter."""

    claims: tuple[Claim, ...]
    groups: tuple[OriginGroup, ...]
    documents: int
    flags: int
    common: tuple[float, float] | None  # supported by all (dated sources' intersection)
    lags: dict[str, ReportingLag]  # by document id, documents with a publication date

    @property
    def independent(self) -> int:
        return len(self.groups)

    @property
    def conflicting(self) -> bool:
        return bool(self.flags & EvidenceFlag.CONFLICT)

    @property
    def best_grade(self) -> str | None:
        bits = 0
        for claim in self.claims:
            if not claim.backed:
                continue
            bits |= 1 << grade_bit(claim.reliability, claim.credibility)
        best = best_grade(bits)
        return None if best is None else grade_text(*best)


def date_extent(text: str | None) -> tuple[float, float] | None:
    """The extent of an EDTF date (open ends infinite), or None when absent or unreadable."""
    if text is None:
        return None
    try:
        return claim_extent(event_date_columns(text))
    except DateError:
        return None


def reporting_lag(event_date: str | None, published: str | None) -> ReportingLag | None:
    """Days from an event to a publication, as a range of whole days; None if either is
    unknown. An open end of the event does not count (the lag runs from its start)."""
    if event_date is None or published is None:
        return None
    try:
        event = event_date_columns(event_date)
        publication = event_date_columns(published)
    except DateError:
        return None
    event_start, event_end = event[0], event[1]
    if event[5] & MarkFlag.OPEN_END:
        event_end = event[2]  # from the known start
    if event[5] & MarkFlag.OPEN_START:
        event_start = event_end - DAY
    low = publication[0] // DAY - (event_end - 1) // DAY
    high = (publication[1] - 1) // DAY - event_start // DAY
    return ReportingLag(int(low), int(high), bool(event[5] & MarkFlag.APPROXIMATE))


def event_evidence(
    event: Event, documents: Sequence[DocumentLike], graph: DocumentGraph
) -> EventEvidence:
    """Explain the evidence of ``event`` (the rules of the module doc, once more in detail)."""
    number = {d.id: i for i, d in enumerate(documents)}
    claims: list[Claim] = []
    known: list[int] = []
    event_quoted = any(source.quotes for source in event.sources)
    for s, source in enumerate(event.sources):
        doc = number.get(source.document)
        reliability = UNKNOWN if doc is None else graph.reliability[doc]
        backed = backs_event(
            bool(source.quotes), doc is None or bool(graph.has_text[doc]), event_quoted
        )
        if doc is not None and backed:
            known.append(doc)
        claims.append(
            Claim(
                source=s,
                document=source.document,
                reliability=reliability,
                credibility=credibility_code(source.credibility),
                date=source.date,
                extent=date_extent(source.date),
                quotes=tuple(q.text for q in source.quotes),
                note=source.note,
                backed=backed,
            )
        )
    extents = [c.extent for c in claims if c.extent is not None and c.backed]
    groups = tuple(
        OriginGroup(
            documents=tuple(documents[d].id for d in members),
            origins=tuple(
                documents[o].id
                for o in sorted(frozenset().union(*(graph.origins[d] for d in members)))
            ),
        )
        for members in origin_groups(known, graph)
    )
    lags: dict[str, ReportingLag] = {}
    for claim in claims:
        document = documents[number[claim.document]] if claim.document in number else None
        if document is None or document.id in lags or not claim.backed:
            continue
        # From the date this source itself states, when it states one: that is what it
        # reported late; else from the analyst's date of the event.
        lag = reporting_lag(claim.date or event.date, document.published)
        if lag is not None and event.status is EventStatus.OCCURRED and lag.high >= 0:
            lag = ReportingLag(max(lag.low, 0), lag.high)  # not reported before it happened
        if lag is not None:
            lags[document.id] = lag
    return EventEvidence(
        claims=tuple(claims),
        groups=groups,
        documents=len(set(known)),
        flags=claims_flags(extents),
        common=common_span(extents) if extents else None,
        lags=lags,
    )


_GRAPHS: list[tuple[Sequence[DocumentLike], DocumentGraph]] = []


def graph_for(documents: Sequence[DocumentLike]) -> DocumentGraph:
    """:func:`document_graph` of a file's documents list, kept for the last few lists seen
    (panes and the painter ask per event; an edited header is a new list)."""
    for known, graph in _GRAPHS:
        if known is documents:
            return graph
    graph = document_graph(documents)
    _GRAPHS.insert(0, (documents, graph))
    del _GRAPHS[4:]
    return graph


def evidence_of(event: Event, documents: Sequence[DocumentLike]) -> EventEvidence:
    """:func:`event_evidence` with the documents' graph kept between calls."""
    return event_evidence(event, documents, graph_for(documents))
