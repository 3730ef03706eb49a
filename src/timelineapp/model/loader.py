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
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

import numpy as np
import numpy.typing as npt
from pydantic import ValidationError

from . import load_cache
from .event_chunks import (
    ChunkContext,
    ChunkResult,
    check_passages,
    collect_events,
    index_from_chunks,
    schema_issues,
)
from .file_format import Document, Event, EventFile
from .folding import join_folded
from .integrity import check_header_references, duplicate_ids, sha256_text
from .issues import Issue, IssueKind, Severity
from .json_positions import locate, value_positions
from .json_split import EventsSplit, split_events
from .packed_strings import PackedStrings, sequence_position
from .parallel import ChunkPool, run_chunks, start_pool
from .time_index import TimeIndex

MAX_ISSUES = 200
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
        i = sequence_position(i, len(self))
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
    titles: Sequence[str]
    ids: Sequence[str]
    # Per event, title, summary, note, place, tags and quotes, folded for search
    # (folding.fold_texts); None when the loader did not make it.
    search_blob: bytes | npt.NDArray[np.uint8] | None
    # Every quote and date phrase: (document, start, end, event, source, quote or -1).
    passage_rows: npt.NDArray[np.int64]
    texts: dict[str, str | None] = field(default_factory=dict)
    document_states: dict[str, str] = field(default_factory=dict)
    document_hashes: dict[str, str | None] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.data.title

    def materialised(self) -> EventFile:
        """The whole file as one model (every event built: for small files and dumps)."""
        return self.data.model_copy(update={"events": list(self.data.events)})


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
    path: str | Path,
    max_issues: int = MAX_ISSUES,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> LoadResult:
    """Read, validate and check an event file on disk.

    With ``cache_dir``, big files that were loaded before come back from the cache (keyed by
    the file's content hash, checked against the documents' texts as they are now).
    """
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
    return load_event_bytes(raw, name, path.parent, path, max_issues, progress, cache_dir)


def load_event_bytes(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None = None,
    max_issues: int = MAX_ISSUES,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> LoadResult:
    """Validate event file bytes; documents with a ``path`` are read relative to ``base_dir``."""
    try:
        return _load(raw, name, base_dir, path, max_issues, progress or (lambda _: True), cache_dir)
    except _Cancelled:
        return LoadResult(name, None, [], cancelled=True)


def _load(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    progress: Progress,
    cache_dir: Path | None = None,
) -> LoadResult:
    def report(fraction: float) -> None:
        if not progress(fraction):
            raise _Cancelled

    report(0.0)
    content_hash = hashlib.sha256(raw).hexdigest()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if cache_dir is not None:
        cached = _load_cached(raw, content_hash, cache_dir, name, base_dir, path)
        if cached is not None:
            report(1.0)
            return cached
    # Workers start now, while this process splits the file and reads its documents.
    pool = start_pool(len(raw))
    try:
        return _load_fresh(
            raw, name, base_dir, path, max_issues, report, content_hash, cache_dir, pool
        )
    finally:
        if pool is not None:
            pool.close()


def _load_fresh(
    raw: bytes,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    report: Callable[[float], None],
    content_hash: str,
    cache_dir: Path | None,
    pool: ChunkPool | None,
) -> LoadResult:
    split = split_events(raw)
    # Validation allocates millions of small objects on big files; the cyclic collector
    # would re-scan them over and over, so it is paused (measured in benchmarks/).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if split is not None:
            result = _load_split(raw, split, name, base_dir, path, max_issues, report, pool)
            if result is not None:
                result_loaded = result.loaded
                if result_loaded is not None:
                    result_loaded.content_hash = content_hash
                    if cache_dir is not None and len(result_loaded.ids) >= load_cache.MIN_EVENTS:
                        _save_cache(cache_dir, result_loaded, split)
                return result
        return _load_whole(raw, name, base_dir, path, max_issues, report, content_hash)
    finally:
        if was_enabled:
            gc.enable()


def _save_cache(cache_dir: Path, loaded: LoadedFile, split: EventsSplit) -> None:
    if loaded.search_blob is None:
        return  # never the case after a split load; the cache entry would be incomplete
    load_cache.save(
        cache_dir,
        content_hash=loaded.content_hash,
        document_hashes=loaded.document_hashes,
        array_bounds=(split.array_start, split.array_end),
        spans=split.spans,
        index=loaded.index,
        titles=loaded.titles,
        ids=loaded.ids,
        search_blob=loaded.search_blob,
        passage_rows=loaded.passage_rows,
        issues=loaded.issues,
    )


def _load_cached(
    raw: bytes,
    content_hash: str,
    cache_dir: Path,
    name: str,
    base_dir: Path | None,
    path: Path | None,
) -> LoadResult | None:
    """A load served from the cache, or None to load in full."""
    entry = load_cache.load(cache_dir, content_hash)
    if entry is None:
        return None
    start, end = entry["array_bounds"]
    try:
        header = EventFile.model_validate_json(raw[:start] + b"[]" + raw[end:])
    except ValidationError:
        return None
    texts: dict[str, str | None] = {}
    states: dict[str, str] = {}
    hashes: dict[str, str | None] = {}
    list(_read_documents(header, texts, states, hashes, base_dir, name))
    if hashes != entry["documents"]:
        return None  # a document changed: its quotes must be checked again
    loaded = LoadedFile(
        path=path,
        data=header.model_copy(update={"events": LazyEvents(raw, entry["spans"])}),
        content_hash=content_hash,
        index=entry["index"],
        titles=entry["titles"],
        ids=entry["ids"],
        search_blob=entry["search_blob"],
        passage_rows=entry["passage_rows"],
        texts=texts,
        document_states=states,
        document_hashes=hashes,
        issues=entry["issues"],
    )
    return LoadResult(name, loaded, loaded.issues)


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


def _load_split(
    raw: bytes,
    split: EventsSplit,
    name: str,
    base_dir: Path | None,
    path: Path | None,
    max_issues: int,
    report: Callable[[float], None],
    pool: ChunkPool | None = None,
) -> LoadResult | None:
    """Validate event by event from the bytes; None when the plain parser must take over."""
    schema: list[Issue] = []
    try:
        header = EventFile.model_validate_json(split.header(raw))
    except ValidationError as error:
        if _is_syntax(error):
            return None
        # Go on: the events' own problems are reported in the same pass.
        schema = schema_issues(error, name, max_issues)
        header = EventFile.model_construct(
            format="timelineapp/events", version=1, title="", documents=[], actors=[], events=[]
        )
    header_issues = _capped(check_header_references(header, name), max_issues)
    if header_issues:
        return _failed(raw, name, header_issues)
    texts: dict[str, str | None] = {}
    states: dict[str, str] = {}
    hashes: dict[str, str | None] = {}
    document_issues: list[Issue] = []

    def read_texts() -> list[str | None]:
        # Called by run_chunks once the workers have their first chunks: reading and hashing
        # the documents then overlaps with validation instead of delaying it.
        if not schema:
            document_issues.extend(_read_documents(header, texts, states, hashes, base_dir, name))
        return [texts.get(d.id) for d in header.documents]

    report(0.05)
    context = _context(header, name, max_issues)
    results = run_chunks(raw, split.spans, context, report, read_texts, pool)
    if any(r.syntax_error for r in results):
        return None
    loaded_or_issues = _assemble(header, results, schema, document_issues, max_issues, name)
    if isinstance(loaded_or_issues, list):
        return _failed(raw, name, loaded_or_issues)
    loaded = loaded_or_issues
    loaded.path = path
    loaded.data = header.model_copy(update={"events": LazyEvents(raw, split.spans)})
    loaded.texts, loaded.document_states, loaded.document_hashes = texts, states, hashes
    if loaded.issues:
        text, _ = _decode(raw, name)
        loaded.issues = _with_positions(loaded.issues, text) if text is not None else loaded.issues
    report(1.0)
    return LoadResult(name, loaded, loaded.issues)


def _context(header: EventFile, name: str, max_issues: int) -> ChunkContext:
    return ChunkContext(
        file=name,
        actor_number={a.id: i for i, a in enumerate(header.actors)},
        document_number={d.id: i for i, d in enumerate(header.documents)},
        max_issues=max_issues,
    )


def _assemble(
    header: EventFile,
    results: list[ChunkResult],
    schema: list[Issue],
    document_issues: list[Issue],
    max_issues: int,
    name: str,
) -> LoadedFile | list[Issue]:
    """Merge chunk results in file order: a loaded file, or the blocking issues."""
    blocking = list(schema)
    for result in results:
        blocking.extend(result.blocking)
    ids = PackedStrings.join([r.ids for r in results])
    blocking.extend(_capped(duplicate_ids("event", ids, name), max_issues))
    if blocking:
        return sorted(blocking, key=_issue_order)[:max_issues]
    other = document_issues + [i for r in results for i in r.other]
    passages = [r.passages for r in results]
    return LoadedFile(
        path=None,
        data=header,
        content_hash="",
        index=index_from_chunks(results),
        titles=PackedStrings.join([r.titles for r in results]),
        ids=ids,
        search_blob=join_folded(r.search_blob for r in results if r.count),
        passage_rows=np.concatenate(passages) if passages else np.zeros((0, 6), np.int64),
        issues=other[:max_issues],
    )


def _issue_order(issue: Issue) -> tuple[int, ...]:
    # Report in file order: events[12] before events[100].
    return tuple(int(n) for n in re.findall(r"\[(\d+)\]", issue.json_path))


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
        issues = schema_issues(error, name, max_issues)
        return LoadResult(name, None, _with_positions(issues, text))
    blocking = _capped(check_header_references(data, name), max_issues)
    if blocking:
        return LoadResult(name, None, _with_positions(blocking, text))
    texts: dict[str, str | None] = {}
    states: dict[str, str] = {}
    hashes: dict[str, str | None] = {}
    document_issues = list(_read_documents(data, texts, states, hashes, base_dir, name))
    context = _context(data, name, max_issues)
    result = ChunkResult(0)
    collect_events(data.events, 0, context, result)
    by_number = [texts.get(d.id) for d in data.documents]
    result.other.extend(check_passages(result, by_number, name, max_issues))
    assembled = _assemble(data, [result], [], document_issues, max_issues, name)
    if isinstance(assembled, list):
        return LoadResult(name, None, _with_positions(assembled, text))
    assembled.path = path
    assembled.content_hash = content_hash
    assembled.texts, assembled.document_states = texts, states
    assembled.document_hashes = hashes
    assembled.issues = _with_positions(assembled.issues, text)
    report(1.0)
    return LoadResult(name, assembled, assembled.issues)


def _read_documents(
    data: EventFile,
    texts: dict[str, str | None],
    states: dict[str, str],
    hashes: dict[str, str | None],
    base_dir: Path | None,
    name: str,
) -> Iterable[Issue]:
    for i, document in enumerate(data.documents):
        text, problem = _document_text(document, base_dir)
        texts[document.id] = text
        hashes[document.id] = None
        if problem is not None:
            states[document.id] = DocumentState.MISSING
            yield Issue(Severity.ERROR, IssueKind.IO, name, f"documents[{i}].path", problem)
            continue
        assert text is not None
        state = DocumentState.OK
        digest = sha256_text(text)
        hashes[document.id] = digest  # the load cache compares documents by this hash
        if document.sha256 is not None and digest != document.sha256:
            state = DocumentState.CHANGED
            yield Issue(
                Severity.ERROR,
                IssueKind.PROVENANCE,
                name,
                f"documents[{i}].sha256",
                f"document {document.id!r} has changed: expected SHA-256 "
                f"{document.sha256[:12]}…, found {digest[:12]}…",
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
