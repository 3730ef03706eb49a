"""Which quotes, date phrases, events and documents a provenance problem touches.

The one place that turns the loader's results (its located :class:`Issue` list, the
documents' states and the table of passages) into the flags every view shows: the timeline
marks, the tables, the panes, tooltips and exported pictures. Views ask; nothing here
draws or translates.

The loader checks every quote and date phrase against its document's text, whether or not
the document records a SHA-256, so the flags never depend on the hash. The loader caps its
issue list (``MAX_ISSUES``); when it did, :attr:`Provenance.truncated` is true and
:meth:`Provenance.check_event` still checks one event exactly (the panes use it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Protocol

import msgspec
import numpy as np
import numpy.typing as npt

from .issues import Issue, IssueKind

if TYPE_CHECKING:
    from .file_format import Event, Span


@cache
def _paths() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The issue paths read here (a passage, an event's sources, a document), compiled at
    the first issue: a file without problems never needs them (nor does a start's import)."""
    return (
        re.compile(r"^events\[(\d+)\]\.sources\[(\d+)\]\.(?:quotes\[(\d+)\]|date_phrase)$"),
        re.compile(r"^events\[(\d+)\]\.sources$"),
        re.compile(r"^documents\[(\d+)\]\.(sha256|path)$"),
    )


# Document states as the loader names them (``loader.DocumentState``), repeated as plain
# strings so this module needs nothing but the loader's public results.
CHANGED = "changed"
MISSING = "missing"


class _Document(Protocol):
    @property
    def id(self) -> str: ...


class _Data(Protocol):
    @property
    def documents(self) -> Sequence[_Document]: ...


class _Index(Protocol):
    @property
    def count(self) -> int: ...


class LoadedLike(Protocol):
    """What this module reads of a loaded file (``loader.LoadedFile`` has it all)."""

    @property
    def header(self) -> _Data: ...
    @property
    def index(self) -> _Index: ...
    @property
    def issues(self) -> list[Issue]: ...
    @property
    def document_states(self) -> dict[str, str]: ...
    @property
    def passage_rows(self) -> npt.NDArray[np.int64]: ...
    @property
    def texts(self) -> dict[str, str | None]: ...


class PassageProblem(msgspec.Struct, frozen=True):
    """A quote (``quote >= 0``) or date phrase (``quote == -1``) that its document lacks."""

    event: int
    source: int
    quote: int
    document: str
    message: str
    issue: Issue | None = None  # None when found by :meth:`Provenance.check_event`

    @property
    def is_date_phrase(self) -> bool:
        return self.quote < 0

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.event, self.source, self.quote)


class DocumentProblem(msgspec.Struct, frozen=True):
    """A document whose text changed since it was recorded, or that cannot be read."""

    document: str
    state: str  # CHANGED or MISSING
    message: str
    issue: Issue


class Provenance(msgspec.Struct):
    """Every provenance problem of one loaded file, by event, by quote and by document."""

    passages: dict[tuple[int, int, int], PassageProblem] = msgspec.field(default_factory=dict)
    documents: dict[str, DocumentProblem] = msgspec.field(default_factory=dict)
    # Events whose cited document cannot be read: their quotes cannot be checked at all.
    unverifiable: frozenset[int] = frozenset()
    problems: list[Issue] = msgspec.field(default_factory=list)  # in the loader's order
    # Events that cite no document at all: nothing to check, nothing broken. A warning, not a
    # problem: imports from tools without quotes have one per event, and they must not read
    # (or be counted) like evidence that no longer holds.
    unsourced: list[Issue] = msgspec.field(default_factory=list)
    truncated: bool = False  # the loader stopped listing issues: flags may be incomplete
    event_count: int = 0
    _texts: Mapping[str, str | None] = msgspec.field(default_factory=dict)
    _by_event: dict[int, list[PassageProblem]] = msgspec.field(default_factory=dict)

    # --- questions the views ask ------------------------------------------------------
    @property
    def count(self) -> int:
        """Problems to report (the status bar's "7 provenance problems")."""
        return len(self.problems)

    @property
    def mismatched_quotes(self) -> int:
        """Quotes (not date phrases) whose text is not at their offsets any more."""
        return sum(1 for p in self.passages.values() if not p.is_date_phrase)

    def event_problems(self, event: int) -> list[PassageProblem]:
        """The event's quotes and date phrases that do not match, in file order."""
        return self._by_event.get(event, [])

    def quote_problem(self, event: int, source: int, quote: int) -> PassageProblem | None:
        return self.passages.get((event, source, quote))

    def is_flagged(self, event: int) -> bool:
        """Whether the event's evidence is broken or cannot be checked."""
        return event in self._by_event or event in self.unverifiable

    def flagged_mask(self) -> npt.NDArray[np.bool_]:
        """Per event, :meth:`is_flagged` (for the timeline marks and exports)."""
        mask = np.zeros(self.event_count, dtype=np.bool_)
        events = [e for e in (*self._by_event, *self.unverifiable) if 0 <= e < self.event_count]
        mask[events] = True
        return mask

    def flagged_events(self) -> list[int]:
        return sorted({*self._by_event, *self.unverifiable})

    def document_passages(self, document: str) -> list[PassageProblem]:
        """Passages recorded in ``document`` that it no longer contains."""
        return [p for p in self.passages.values() if p.document == document]

    def document_is_flagged(self, document: str) -> bool:
        return document in self.documents or any(
            p.document == document for p in self.passages.values()
        )

    def passage_texts(self, problem: PassageProblem, record: Event) -> tuple[str, str | None]:
        """The passage as recorded, and what its document says at those offsets now."""
        return recorded_and_now(problem, record, self._texts)

    def event_of(self, issue: Issue) -> int | None:
        """The event an issue is about (a click on a problem selects it), or None."""
        passage_path, no_source_path, _ = _paths()
        found = passage_path.match(issue.json_path) or no_source_path.match(issue.json_path)
        return int(found.group(1)) if found else None

    def check_event(self, event: int, record: Event) -> list[PassageProblem]:
        """The event's mismatching passages, checked now against the texts when the
        loader's list was cut short; otherwise what the loader found."""
        if not self.truncated:
            return self.event_problems(event)
        found = []
        for s, source in enumerate(record.sources):
            text = self._texts.get(source.document)
            if text is None:
                continue
            spans: list[tuple[int, Span]] = list(enumerate(source.quotes))
            if source.date_phrase is not None:
                spans.append((-1, source.date_phrase))
            for q, span in spans:
                if text[span.start : span.end] != span.text:
                    found.append(
                        PassageProblem(
                            event, s, q, source.document, "quoted text differs from the document"
                        )
                    )
        return found


def provenance_of(loaded: LoadedLike, max_issues: int) -> Provenance:
    """Collect the provenance problems of a loaded file from the loader's results.

    ``max_issues`` is the loader's cap; when the issue list is that long, the report says
    it may be incomplete.
    """
    document_ids = [d.id for d in loaded.header.documents]
    passages: dict[tuple[int, int, int], PassageProblem] = {}
    documents: dict[str, DocumentProblem] = {}
    problems: list[Issue] = []
    unsourced: list[Issue] = []
    for issue in loaded.issues:
        passage_path, no_source_path, document_path = _paths()
        if issue.kind is IssueKind.PROVENANCE and no_source_path.match(issue.json_path):
            unsourced.append(issue)
            continue
        found = passage_path.match(issue.json_path)
        if found and issue.kind is IssueKind.PROVENANCE:
            event, source = int(found.group(1)), int(found.group(2))
            quote = int(found.group(3)) if found.group(3) is not None else -1
            document = _document_of(loaded.passage_rows, event, source, document_ids)
            passages[(event, source, quote)] = PassageProblem(
                event, source, quote, document, issue.message, issue
            )
            problems.append(issue)
            continue
        found = document_path.match(issue.json_path)
        if found and issue.kind in (IssueKind.PROVENANCE, IssueKind.IO):
            number = int(found.group(1))
            if number < len(document_ids):
                doc_id = document_ids[number]
                state = loaded.document_states.get(doc_id, MISSING)
                if state in (CHANGED, MISSING):
                    documents[doc_id] = DocumentProblem(doc_id, state, issue.message, issue)
                    problems.append(issue)
    missing = [document_ids.index(d) for d, p in documents.items() if p.state == MISSING]
    rows = loaded.passage_rows
    unverifiable: frozenset[int] = frozenset()
    if missing and rows.size:
        unverifiable = frozenset(np.unique(rows[np.isin(rows[:, 0], missing), 3]).tolist())
    by_event: dict[int, list[PassageProblem]] = {}
    for problem in sorted(passages.values(), key=lambda p: p.key):
        by_event.setdefault(problem.event, []).append(problem)
    return Provenance(
        passages=passages,
        documents=documents,
        unverifiable=unverifiable,
        problems=problems,
        unsourced=unsourced,
        truncated=len(loaded.issues) >= max_issues,
        event_count=loaded.index.count,
        _texts=loaded.texts,
        _by_event=by_event,
    )


def _document_of(
    rows: npt.NDArray[np.int64], event: int, source: int, document_ids: Sequence[str]
) -> str:
    """The document a source of an event cites, from the passage table."""
    if rows.size:
        hit = rows[(rows[:, 3] == event) & (rows[:, 4] == source), 0]
        if hit.size and 0 <= int(hit[0]) < len(document_ids):
            return document_ids[int(hit[0])]
    return ""


def difference(recorded: str, now: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix of two texts: what lies between differs.

    Used to highlight, side by side, what a quote says and what its document says now.
    """
    limit = min(len(recorded), len(now))
    prefix = 0
    while prefix < limit and recorded[prefix] == now[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and recorded[len(recorded) - 1 - suffix] == now[len(now) - 1 - suffix]
    ):
        suffix += 1
    return prefix, suffix


def text_now(text: str | None, start: int, end: int) -> str | None:
    """What a document says at recorded offsets now (None when the text is unavailable)."""
    if text is None:
        return None
    return text[start:end]


def summarise(problems: Iterable[PassageProblem]) -> tuple[int, int]:
    """(quotes, date phrases) among ``problems``."""
    quotes = phrases = 0
    for problem in problems:
        if problem.is_date_phrase:
            phrases += 1
        else:
            quotes += 1
    return quotes, phrases


def recorded_and_now(
    problem: PassageProblem, record: Event, texts: Mapping[str, str | None]
) -> tuple[str, str | None]:
    """The passage as the event file records it, and what its document says there now."""
    source = record.sources[problem.source]
    span: Span | None = source.date_phrase if problem.is_date_phrase else None
    if not problem.is_date_phrase and problem.quote < len(source.quotes):
        span = source.quotes[problem.quote]
    if span is None:
        return "", None
    return span.text, text_now(texts.get(source.document), span.start, span.end)


def excerpts(recorded: str, now: str, context: int = 16) -> tuple[str, str]:
    """Short excerpts of both texts around where they differ, "…" marking cuts."""
    prefix, suffix = difference(recorded, now)
    start = max(0, prefix - context)

    def cut(text: str) -> str:
        end = min(len(text), len(text) - suffix + context)
        return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

    return cut(recorded), cut(now)
