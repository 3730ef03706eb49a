"""The loading pass over events that fills the index's evidence columns (no Qt).

Called by :func:`.loading.chunks.collect_rows` on each chunk's rows (msgspec rows or models,
which have the same fields), in the worker processes of a big file, so that the filters and
the painter read corroboration, conflicts and grades from numpy columns and never touch an
event object. The rules are those of :mod:`.evidence`; this module only runs them fast.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    claim_extent,
    claims_flags,
    independent_count,
)
from .file_format import event_date_columns
from .issues import Issue, IssueKind, Severity
from .loading.rows import RowRejected

if TYPE_CHECKING:
    from .loading.chunks import ChunkContext


def empty_evidence(count: int) -> npt.NDArray[np.void]:
    """Evidence columns of ``count`` events with no sources (nothing known)."""
    return np.zeros(count, dtype=EVIDENCE_DTYPE)


def evidence_pass(
    rows: Sequence[Any], offset: int, context: ChunkContext, other: list[Issue]
) -> npt.NDArray[np.void]:
    """The evidence record of each row (:data:`.evidence.EVIDENCE_DTYPE`).

    Raises :class:`RowRejected` for a source date the models must explain; appends to
    ``other`` the quotes of documents that have no text of their own.
    """
    numbers = context.document_number
    graph = context.documents or DocumentGraph.plain(len(numbers))
    reliability, has_text, cap = graph.reliability, graph.has_text, context.max_issues
    origins: list[int] = []
    documents: list[int] = []
    flags: list[int] = []
    grades: list[int] = []
    for k, row in enumerate(rows):
        docs: list[int] = []
        bits = 0
        extents: list[tuple[float, float]] = []
        for s, source in enumerate(row.sources):
            doc = numbers.get(source.document)
            if doc is None:
                continue  # reported as an unknown document by the reference checks
            docs.append(doc)
            credibility = source.credibility
            bits |= 1 << (
                reliability[doc] * GRADE_SIDE
                + (UNKNOWN if credibility is None else credibility - 1)
            )
            if source.date is not None:
                try:
                    extents.append(claim_extent(event_date_columns(source.date)))
                except DateError:
                    raise RowRejected from None
            if not has_text[doc] and (source.quotes or source.date_phrase) and len(other) < cap:
                where = "quotes[0]" if source.quotes else "date_phrase"
                path = f"events[{offset + k}].sources[{s}].{where}"
                other.append(_textless_quote(context.file, path, source.document))
        distinct = len(set(docs))
        documents.append(min(distinct, MAX_COUNT))
        origins.append(min(distinct if distinct < 2 else independent_count(docs, graph), MAX_COUNT))
        flags.append(claims_flags(extents) if extents else 0)
        grades.append(bits)
    result = empty_evidence(len(rows))
    result["origins"] = origins
    result["documents"] = documents
    result["flags"] = flags
    result["grades"] = np.array(grades, dtype=np.uint64)
    return result


def _textless_quote(file: str, path: str, document: str) -> Issue:
    return Issue(
        Severity.ERROR,
        IssueKind.PROVENANCE,
        file,
        path,
        f"expected quotes only from documents with text, found quotes of {document!r}, which "
        "is known only through other documents: quote the document that quotes it",
    )
