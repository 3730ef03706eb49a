"""The one loader of event files, used by the GUI, the command line and the tests.

Loading never raises for bad input. It returns a :class:`LoadResult` holding every located
problem (up to a cap) and, when the file's shape and references are sound, the loaded file.
Provenance problems (a quote that is not verbatim, a changed document) do not prevent
opening: the file is shown and the problems are flagged, because hiding the content would
help nobody fix it.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

import numpy as np
import numpy.typing as npt
from pydantic import TypeAdapter, ValidationError

from .file_format import Document, Event, EventFile
from .integrity import (
    check_event_references,
    check_header_references,
    check_provenance,
    check_references,
    sha256_text,
)
from .issues import Issue, IssueKind, Severity, describe_found, json_path
from .json_positions import locate, value_positions
from .json_split import EventsSplit, split_events
from .time_index import IndexBuilder, TimeIndex

MAX_ISSUES = 200
# Events are validated in chunks so that progress can be reported and loading cancelled.
_CHUNK = 5_000  # ~30 ms of validation: the GUI thread gets the GIL back often
_EVENTS = TypeAdapter(list[Event])

Progress = Callable[[float], bool]
"""Called with the fraction done (0..1); returning False cancels the load."""


class _Cancelled(Exception):
    pass
# Locating errors re-scans the text in Python; beyond this size the JSON path alone must do.
_LOCATE_LIMIT = 20_000_000


class DocumentState:
    """Whether a document's text could be read and still matches its recorded hash."""

    OK = "ok"
    MISSING = "missing"  # unreadable or outside the event file's folder
    CHANGED = "changed"  # sha256 differs: the copy is not the one that was quoted


class LazyEvents(Sequence[Event]):
    """The events of a file, validated again from their bytes when asked for.

    A million Event objects cost gigabytes; the views need a handful at a time (the panes),
    and everything else reads the columnar index. Recently used events are kept.
    """

    def __init__(self, raw: bytes, spans: npt.NDArray[np.int64], keep: int = 512) -> None:
        self._raw = raw
        self._spans = spans
        self._keep = keep
        self._recent: dict[int, Event] = {}

    def __len__(self) -> int:
        return int(self._spans.shape[0])

    @overload
    def __getitem__(self, i: int) -> Event: ...
    @overload
    def __getitem__(self, i: slice) -> list[Event]: ...
    def __getitem__(self, i: int | slice) -> Event | list[Event]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        found = self._recent.get(i)
        if found is None:
            start, end = self._spans[i]
            found = Event.model_validate_json(self._raw[int(start) : int(end)])
            if len(self._recent) >= self._keep:
                self._recent.pop(next(iter(self._recent)))
            self._recent[i] = found
        return found


@dataclass
class LoadedFile:
    """An event file that passed shape and reference checks, with its documents' texts.

    ``data.events`` is a sequence that materialises events on demand; the per-event columns
    every view needs (dates, actors, titles, ids, searchable text) were collected while the
    file was validated.
    """

    path: Path | None
    data: EventFile
    content_hash: str
    index: TimeIndex
    titles: list[str]
    ids: list[str]
    search_texts: list[str]  # per event: title, summary, note, place, tags, quotes
    # Every quote and date phrase: (document, start, end, event, source, quote or -1).
    passage_rows: npt.NDArray[np.int64]
    texts: dict[str, str | None] = field(default_factory=dict)
    document_states: dict[str, str] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.data.title

    def materialised(self) -> EventFile:
        """The whole file as one model (every event built: for small files and dumps)."""
        return self.data.model_copy(update={"events": list(self.data.events)})


def search_text(event: Event) -> str:
    """What a text search looks through for one event."""
    parts = [event.title, event.summary or "", event.note or "", event.place or ""]
    parts.extend(event.tags)
    parts.extend(q.text for source in event.sources for q in source.quotes)
    return "\n".join(parts)


@dataclass
class LoadResult:
    file_name: str
    loaded: LoadedFile | None
    issues: list[Issue]
    cancelled: bool = False

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return self.loaded is not None and not self.errors


def load_event_file(
    path: str | Path, max_issues: int = MAX_ISSUES, progress: Progress | None = None
) -> LoadResult:
    """Read, validate and check an event file on disk."""
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return LoadResult(
            name,
            None,
            [Issue(Severity.ERROR, IssueKind.IO, name, "", f"cannot read the file: {reason}")],
        )
    return load_event_bytes(raw, name, path.parent, path, max_issues, progress)


def load_event_bytes(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None = None,
    max_issues: int = MAX_ISSUES,
    progress: Progress | None = None,
) -> LoadResult:
    """Validate event file bytes; documents with a ``path`` are read relative to ``base_dir``."""
    try:
        return _load(raw, name, base_dir, path, max_issues, progress or (lambda _: True))
    except _Cancelled:
        return LoadResult(name, None, [], cancelled=True)


def _load(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    progress: Progress,
) -> LoadResult:
    def report(fraction: float) -> None:
        if not progress(fraction):
            raise _Cancelled

    report(0.0)
    content_hash = hashlib.sha256(raw).hexdigest()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    split = split_events(raw)
    # Validation allocates millions of small objects on big files; the cyclic collector
    # would re-scan them over and over, so it is paused (measured in benchmarks/).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if split is not None:
            result = _load_split(raw, split, name, base_dir, path, max_issues, report)
            if result is not None:
                result_loaded = result.loaded
                if result_loaded is not None:
                    result_loaded.content_hash = content_hash
                return result
        return _load_whole(raw, name, base_dir, path, max_issues, report, content_hash)
    finally:
        if was_enabled:
            gc.enable()


def _decode(raw: bytes, name: str) -> tuple[str | None, Issue | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        return None, Issue(
            Severity.ERROR,
            IssueKind.SYNTAX,
            name,
            "",
            f"expected UTF-8 text, found byte 0x{raw[error.start]:02x} "
            f"at byte offset {error.start}",
        )


def _failed(raw: bytes, name: str, issues: list[Issue]) -> LoadResult:
    text, _ = _decode(raw, name)
    return LoadResult(name, None, _with_positions(issues, text) if text is not None else issues)


class _Collector:
    """Accumulates what stays after each validated chunk of events."""

    def __init__(self, header: EventFile, texts: dict[str, str | None], name: str) -> None:
        self.builder = IndexBuilder([a.id for a in header.actors])
        self.titles: list[str] = []
        self.ids: list[str] = []
        self.search_texts: list[str] = []
        self.passages: list[tuple[int, int, int, int, int, int]] = []
        self.document_number = {d.id: i for i, d in enumerate(header.documents)}
        self.actor_ids = {a.id for a in header.actors}
        self.document_ids = {d.id for d in header.documents}
        self.seen_ids: dict[str, int] = {}
        self.texts = texts
        self.name = name
        self.blocking: list[Issue] = []
        self.other: list[Issue] = []

    def add(self, events: Sequence[Event], offset: int, max_issues: int) -> None:
        room = max_issues - len(self.blocking)
        self.blocking.extend(
            _capped(
                check_event_references(
                    events, offset, self.actor_ids, self.document_ids, self.seen_ids, self.name
                ),
                room,
            )
        )
        if self.blocking:
            return  # the file will not open: skip work whose result would be thrown away
        room = max_issues - len(self.other)
        if room > 0:
            self.other.extend(
                _capped(check_provenance(events, offset, self.texts, self.name), room)
            )
        self.builder.add(events)
        self.titles.extend(e.title for e in events)
        self.ids.extend(e.id for e in events)
        self.search_texts.extend(search_text(e) for e in events)
        documents = self.document_number
        rows = self.passages
        for k, event in enumerate(events):
            for s, source in enumerate(event.sources):
                doc = documents[source.document]
                for q, quote in enumerate(source.quotes):
                    rows.append((doc, quote.start, quote.end, offset + k, s, q))
                if source.date_phrase is not None:
                    phrase = source.date_phrase
                    rows.append((doc, phrase.start, phrase.end, offset + k, s, -1))

    def passage_rows(self) -> npt.NDArray[np.int64]:
        return np.array(self.passages, dtype=np.int64).reshape(len(self.passages), 6)


def _load_split(
    raw: bytes,
    split: EventsSplit,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    report: Callable[[float], None],
) -> LoadResult | None:
    """Validate event by event from the bytes; None when the plain parser must take over."""
    schema: list[Issue] = []
    try:
        header = EventFile.model_validate_json(split.header(raw))
    except ValidationError as error:
        if _is_syntax(error):
            return None
        # Go on: the events' own problems are reported in the same pass.
        schema = _schema_issues(error, name, max_issues, 0)
        header = EventFile.model_construct(documents=[], actors=[], events=[])
    header_issues = _capped(check_header_references(header, name), max_issues)
    if header_issues:
        return _failed(raw, name, header_issues)
    texts: dict[str, str | None] = {}
    states: dict[str, str] = {}
    document_issues = [] if schema else list(_read_documents(header, texts, states, base_dir, name))
    report(0.05)
    collector = _Collector(header, texts, name)
    spans = split.spans
    total = max(1, spans.shape[0])
    for first in range(0, spans.shape[0], _CHUNK):
        last = min(spans.shape[0], first + _CHUNK)
        chunk = b"[" + raw[int(spans[first, 0]) : int(spans[last - 1, 1])] + b"]"
        try:
            events = _EVENTS.validate_json(chunk)
        except ValidationError as error:
            if _is_syntax(error):
                return None
            schema.extend(
                _schema_issues(error, name, max_issues - len(schema), first, "events")
            )
            if len(schema) >= max_issues:
                break
            continue
        if not schema:
            collector.add(events, first, max_issues)
        report(0.05 + 0.85 * last / total)
    blocking = schema or collector.blocking
    if blocking:
        return _failed(raw, name, blocking[:max_issues])
    report(0.92)
    index = collector.builder.build()
    issues = (document_issues + collector.other)[:max_issues]
    if issues:
        text, _ = _decode(raw, name)
        issues = _with_positions(issues, text) if text is not None else issues
    loaded = LoadedFile(
        path=path,
        data=header.model_copy(update={"events": LazyEvents(raw, spans)}),
        content_hash="",
        index=index,
        titles=collector.titles,
        ids=collector.ids,
        search_texts=collector.search_texts,
        passage_rows=collector.passage_rows(),
        texts=texts,
        document_states=states,
        issues=issues,
    )
    report(1.0)
    return LoadResult(name, loaded, issues)


def _is_syntax(error: ValidationError) -> bool:
    return any(d["type"] == "json_invalid" for d in error.errors(include_url=False))


def _load_whole(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    report: Callable[[float], None],
    content_hash: str,
) -> LoadResult:
    """The plain path: parse everything at once (gives exact line:column for syntax errors)."""
    text, problem = _decode(raw, name)
    if text is None:
        assert problem is not None
        return LoadResult(name, None, [problem])
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        found = text[error.pos : error.pos + 10] or "end of file"
        issue = Issue(
            Severity.ERROR,
            IssueKind.SYNTAX,
            name,
            "",
            f"not valid JSON: {error.msg} (found {found!r})",
            error.lineno,
            error.colno,
        )
        return LoadResult(name, None, [issue])
    report(0.3)
    try:
        data = EventFile.model_validate(parsed)
    except ValidationError as error:
        return LoadResult(
            name, None, _with_positions(_schema_issues(error, name, max_issues, 0), text)
        )
    blocking = _capped(check_references(data, name), max_issues)
    if blocking:
        return LoadResult(name, None, _with_positions(blocking, text))
    texts: dict[str, str | None] = {}
    states: dict[str, str] = {}
    issues = list(_read_documents(data, texts, states, base_dir, name))
    collector = _Collector(data, texts, name)
    collector.add(data.events, 0, max_issues)
    issues = _with_positions((issues + collector.other)[:max_issues], text)
    loaded = LoadedFile(
        path=path,
        data=data,
        content_hash=content_hash,
        index=collector.builder.build(),
        titles=collector.titles,
        ids=collector.ids,
        search_texts=collector.search_texts,
        passage_rows=collector.passage_rows(),
        texts=texts,
        document_states=states,
        issues=issues,
    )
    report(1.0)
    return LoadResult(name, loaded, issues)


def _schema_issues(
    error: ValidationError, name: str, limit: int, offset: int, prefix: str | None = None
) -> list[Issue]:
    issues = []
    for detail in error.errors(include_url=False)[: max(0, limit)]:
        message = detail["msg"].removeprefix("Value error, ")
        if detail["type"] not in ("missing", "value_error", "extra_forbidden"):
            message += f", found {describe_found(detail['input'])}"
        elif detail["type"] == "extra_forbidden":
            message = "unknown field (check its spelling against the format reference)"
        location = tuple(detail["loc"])
        if prefix is not None:
            # Chunk-relative index -> file index, under the "events" key.
            first = location[0]
            location = (prefix, int(first) + offset, *location[1:])
        issues.append(Issue(Severity.ERROR, IssueKind.SCHEMA, name, json_path(location), message))
    return issues


def _read_documents(
    data: EventFile,
    texts: dict[str, str | None],
    states: dict[str, str],
    base_dir: Path | None,
    name: str,
) -> Iterable[Issue]:
    for i, document in enumerate(data.documents):
        text, problem = _document_text(document, base_dir)
        texts[document.id] = text
        if problem is not None:
            states[document.id] = DocumentState.MISSING
            yield Issue(Severity.ERROR, IssueKind.IO, name, f"documents[{i}].path", problem)
            continue
        assert text is not None
        state = DocumentState.OK
        if document.sha256 is not None and sha256_text(text) != document.sha256:
            state = DocumentState.CHANGED
            yield Issue(
                Severity.ERROR,
                IssueKind.PROVENANCE,
                name,
                f"documents[{i}].sha256",
                f"document {document.id!r} has changed: expected SHA-256 "
                f"{document.sha256[:12]}…, found {sha256_text(text)[:12]}…",
            )
        states[document.id] = state


def _document_text(document: Document, base_dir: Path | None) -> tuple[str | None, str | None]:
    if document.text is not None:
        return document.text, None
    assert document.path is not None
    if base_dir is None:
        return None, "expected inline text: a document path needs an event file on disk"
    folder = base_dir.resolve()
    target = (folder / document.path).resolve()
    # Event files come from strangers: never read outside the event file's own folder.
    if not target.is_relative_to(folder):
        return None, (
            f"expected a path inside the event file's folder, found {document.path!r}, "
            f"which leads outside it"
        )
    try:
        with target.open(encoding="utf-8", newline="") as handle:
            return handle.read(), None
    except FileNotFoundError:
        return None, f"document file not found: {document.path!r}"
    except UnicodeDecodeError as error:
        return None, f"expected UTF-8 text in {document.path!r}, found {error.reason}"
    except OSError as error:
        return None, f"cannot read {document.path!r}: {error.strerror}"


def _capped(issues: Iterable[Issue], cap: int) -> list[Issue]:
    result = []
    for issue in issues:
        result.append(issue)
        if len(result) >= cap:
            break
    return result


def _with_positions(issues: list[Issue], text: str) -> list[Issue]:
    if not issues or len(text) > _LOCATE_LIMIT:
        return issues
    positions = value_positions(text)
    located = []
    for issue in issues:
        line, column = locate(positions, _parse_path(issue.json_path))
        located.append(
            Issue(
                issue.severity,
                issue.kind,
                issue.file,
                issue.json_path,
                issue.message,
                line if issue.line is None else issue.line,
                column if issue.column is None else issue.column,
            )
        )
    return located


def _parse_path(path: str) -> tuple[int | str, ...]:
    parts: list[int | str] = []
    for chunk in path.replace("[", ".[").split("."):
        if not chunk:
            continue
        if chunk.startswith("["):
            parts.append(int(chunk[1:-1]))
        else:
            parts.append(chunk)
    return tuple(parts)
