"""The loading pass over events that fills the index's evidence columns (no Qt).

Called by :func:`.loading.chunks.collect_rows` on each chunk's rows (msgspec rows or models,
which have the same fields), in the worker processes of a big file, so that the filters and
the painter read corroboration, conflicts and grades from numpy columns and never touch an
event object. The rules are those of :mod:`.evidence`; this module only runs them fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

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
    claim_extent,
    claims_flags,
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


def evidence_pass(
    rows: Sequence[Any], offset: int, context: ChunkContext, other: list[Issue]
) -> npt.NDArray[np.void]:
    """The evidence record of each row (:data:`.evidence.EVIDENCE_DTYPE`).

    Raises :class:`RowRejected` for a source date the models must explain; appends to
    ``other`` the quotes of documents that have no text of their own. Written for speed
    (it runs once per event of a million): the rules are :mod:`.evidence`'s.
    """
    numbers = context.document_number
    graph = context.documents or DocumentGraph.plain(len(numbers))
    reliability, has_text, cap = graph.reliability, graph.has_text, context.max_issues
    single = graph.single_origin
    extent_of = source_extent
    dated_flag = int(EvidenceFlag.SOURCE_DATED)
    unknown_credibility = UNKNOWN
    side = GRADE_SIDE
    # Per event, origins | documents << 8 | flags << 16 in one int, and the grade bits: two
    # appends per event instead of four, unpacked by numpy at the end.
    packed: list[int] = []
    grades: list[int] = []
    add_packed, add_grades = packed.append, grades.append
    single_undated = 1 | 1 << 8
    single_dated = single_undated | dated_flag << 16
    get = numbers.get
    for k, row in enumerate(rows):
        sources = row.sources
        if len(sources) == 1:  # the common case, without sets or lists
            source = sources[0]
            # The date first: a source's invalid date is reported whatever else is wrong.
            if source.date is not None:
                try:
                    extent_of(source.date)
                except DateError:
                    raise RowRejected from None
            doc = get(source.document)
            if doc is None:  # reported as an unknown document by the reference checks
                add_packed(0)
                add_grades(0)
                continue
            credibility = source.credibility
            code = unknown_credibility if credibility is None else credibility - 1
            add_grades(1 << (reliability[doc] * side + code))
            add_packed(single_undated if source.date is None else single_dated)
            if not has_text[doc] and (source.quotes or source.date_phrase) and len(other) < cap:
                other.append(_textless_quote(context.file, offset + k, 0, source))
            continue
        docs: list[int] = []
        bits = 0
        extents: list[tuple[float, float]] = []
        for s, source in enumerate(sources):
            extent = None
            if source.date is not None:  # checked even when the document is unknown
                try:
                    extent = extent_of(source.date)
                except DateError:
                    raise RowRejected from None
            doc = get(source.document)
            if doc is None:
                continue
            docs.append(doc)
            credibility = source.credibility
            code = unknown_credibility if credibility is None else credibility - 1
            bits |= 1 << (reliability[doc] * side + code)
            if extent is not None:
                extents.append(extent)
            if not has_text[doc] and (source.quotes or source.date_phrase) and len(other) < cap:
                other.append(_textless_quote(context.file, offset + k, s, source))
        distinct = set(docs)
        roots = {single[d] for d in distinct}
        # -1: a document with several origins, which only the grouping counts right.
        count = independent_count(docs, graph) if -1 in roots else len(roots)
        flags = claims_flags(extents) if extents else 0
        add_packed(min(count, MAX_COUNT) | min(len(distinct), MAX_COUNT) << 8 | flags << 16)
        add_grades(bits)
    result = empty_evidence(len(rows))
    both = np.array(packed, dtype=np.uint32)
    result["origins"] = both & 0xFF
    result["documents"] = (both >> 8) & 0xFF
    result["flags"] = both >> 16
    result["grades"] = np.array(grades, dtype=np.uint64)
    return result


def _textless_quote(file: str, event: int, source_number: int, source: Any) -> Issue:
    where = "quotes[0]" if source.quotes else "date_phrase"
    path = f"events[{event}].sources[{source_number}].{where}"
    return textless_quote(file, path, source.document)
