"""The loading pipeline: read → split → validate rows → index → cache (see the package doc).

Loading never raises for bad input. It returns a :class:`.LoadResult` holding every located
problem (up to a cap) and, when the file's shape and references are sound, the loaded file.
Provenance problems (a quote that is not verbatim, a changed document) do not prevent
opening: the file is shown and the problems are flagged, because hiding the content would
help nobody fix it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from msgspec import Struct
from msgspec.structs import replace

from ..freed_memory import steady_allocator
from ..integrity import check_header_references
from ..issues import Issue, IssueKind, Severity
from . import cache as load_cache
from .chunks import (
    ChunkContext,
    ChunkResult,
    check_passages,
    collect_events,
    schema_issues,
)
from .header import cached_header, checked_header, with_events
from .loaded import EventColumns, LazyEvents, LoadedFile, LoadResult
from .merge import assemble, capped
from .parallel import ChunkPool, run_chunks, start_pool
from .positions import MAX_DEPTH, decode_utf8, too_deep, with_positions
from .read import (
    MAX_EVENT_FILE_BYTES,
    DocumentTexts,
    ReadError,
    read_documents,
    read_documents_soon,
    read_regular_file,
)
from .split import EventsSplit, split_events

if TYPE_CHECKING:
    from .header import Header

MAX_ISSUES = 200
_BIG_FILE = 8 << 20  # from here on, see freed_memory
Progress = Callable[[float], bool]
"""Called with the fraction done (0..1); returning False cancels the load."""

_log = logging.getLogger(__name__)


class _Cancelled(Exception):
    pass


class LoadRequest(Struct, frozen=True):
    """What to load and how: everything a load needs besides the bytes themselves.

    ``name`` is how issues name the file; ``base_dir`` is where documents with a ``path``
    are read from (None: inline texts only); ``cache_dir`` enables the load cache for big
    files, ``cache_budget`` the most bytes it may hold (None: the default); ``workers``
    overrides the number of worker processes (0: in this process; None: decided by the
    file's size and the cores); ``progress`` may cancel.
    """

    name: str
    path: Path | None = None
    base_dir: Path | None = None
    cache_dir: Path | None = None
    max_issues: int = MAX_ISSUES
    workers: int | None = None
    progress: Progress | None = None
    cache_budget: int | None = None

    @classmethod
    def for_path(
        cls,
        path: str | Path,
        *,
        cache_dir: Path | None = None,
        max_issues: int = MAX_ISSUES,
        workers: int | None = None,
        progress: Progress | None = None,
        cache_budget: int | None = None,
    ) -> LoadRequest:
        """A request for a file on disk, its documents read from the file's folder: the real
        file's, when ``path`` is a symbolic link (a link from another folder found none)."""
        path = Path(path)
        return cls(
            str(path),
            path,
            documents_folder(path),
            cache_dir,
            max_issues,
            workers,
            progress,
            cache_budget,
        )

    def report(self, fraction: float) -> None:
        """Tell the progress callback; raises _Cancelled when it asks to stop."""
        if self.progress is not None and not self.progress(fraction):
            raise _Cancelled


def load_event_file(
    path: str | Path,
    max_issues: int = MAX_ISSUES,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
    cache_budget: int | None = None,
) -> LoadResult:
    """Read, validate and check an event file on disk.

    With ``cache_dir``, big files that were loaded before come back from the cache (keyed by
    the file's content hash, checked against the documents' texts as they are now); the
    cache keeps at most ``cache_budget`` bytes (the user's setting).
    """
    request = LoadRequest.for_path(
        path, max_issues=max_issues, progress=progress, cache_dir=cache_dir
    )
    return load(replace(request, cache_budget=cache_budget))


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
    request = LoadRequest(name, path, base_dir, cache_dir, max_issues, None, progress)
    return load_bytes(raw, request)


def load(request: LoadRequest) -> LoadResult:
    """Read the file of ``request.path`` and load it."""
    assert request.path is not None
    try:
        raw = read_regular_file(request.path, MAX_EVENT_FILE_BYTES)
    except ReadError as error:
        issue = Issue(
            Severity.ERROR,
            IssueKind.IO,
            request.name,
            "",
            f"cannot read the file: {error}",
            unreadable=str(error),
            # The window words the reason from ReadError's code (the system's text is
            # in the system's language).
            code="file_unreadable",
            arguments=(("reason", str(error)), ("why", error.code), *error.arguments),
        )
        return LoadResult(request.name, None, [issue])
    return load_bytes(raw, request)


def load_bytes(raw: bytes, request: LoadRequest) -> LoadResult:
    """Load an event file from its bytes."""
    try:
        return _load(raw, request)
    except _Cancelled:
        return LoadResult(request.name, None, [], cancelled=True)


_pauses = 0  # blocks inside collector_paused, in any thread
_pauses_lock = threading.Lock()


def collection_paused() -> bool:
    """Whether some thread is inside :func:`collector_paused` (a collector run elsewhere, as
    the window's on its GUI thread, waits)."""
    return _pauses > 0


def real_path(path: Path) -> Path:
    """The file ``path`` leads to: itself, unless it is a symbolic link (followed)."""
    try:
        return path.resolve() if path.is_symlink() else path
    except (OSError, RuntimeError):  # a loop of links: reading the file will say so
        return path


def documents_folder(path: Path) -> Path:
    """The folder an event file's documents are in: the real file's (links followed)."""
    return real_path(path).parent


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (and only for it).

    Validation allocates millions of small objects, none of them in cycles; the collector
    would re-scan them over and over (measured in benchmarks/). The pause is process-wide,
    so it is kept to the validation itself and always undone.
    """
    global _pauses
    was_enabled = gc.isenabled()
    gc.disable()
    with _pauses_lock:
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
        if was_enabled:
            gc.enable()


def _load(raw: bytes, request: LoadRequest) -> LoadResult:
    request.report(0.0)
    content_hash = hashlib.sha256(raw).hexdigest()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if request.cache_dir is not None:
        cached = _load_cached(raw, content_hash, request)
        if cached is not None:
            request.report(1.0)
            return cached
    if len(raw) >= _BIG_FILE:
        steady_allocator()  # its big temporaries must not leave the heap holding more
    # Workers start now, while this process splits the file and reads its documents.
    pool = start_pool(len(raw), request.workers)
    try:
        split = split_events(raw)
        if split is not None:
            with collector_paused():
                result = _load_split(raw, split, request, content_hash, pool)
            if result is not None:
                return result
        return _load_whole(raw, request, content_hash)
    except RecursionError:
        # Only absurdly deep nesting gets here (a parser's recursion limit): say where.
        return LoadResult(request.name, None, [too_deep(raw, request.name)])
    finally:
        if pool is not None:
            pool.close()


def loaded_file(
    raw: bytes,
    request: LoadRequest,
    header: Header,
    content_hash: str,
    columns: EventColumns,
    documents: DocumentTexts,
    issues: list[Issue],
) -> LoadedFile:
    """The one constructor of :class:`LoadedFile`, for every road a load can take."""
    raw, columns = _events_only(raw, columns)
    if columns.spans is not None:
        header = with_events(header, LazyEvents(raw, columns.spans))
    return LoadedFile(
        path=request.path,
        data=header,
        content_hash=content_hash,
        columns=columns,
        documents=documents,
        issues=issues,
        source=raw,
    )


def _events_only(raw: bytes, columns: EventColumns) -> tuple[bytes, EventColumns]:
    """The bytes a loaded file keeps for its events (``LazyEvents``, saving), and the spans
    in them: the events' own bytes alone when the rest of the file is most of it (a header
    of a million actors, kept as columns, was 44 MB of the 55 MB file kept for nothing)."""
    spans = columns.spans
    if spans is None:
        return raw, columns
    if not len(spans):
        return b"", columns
    start, end = int(spans[0, 0]), int(spans[-1, 1])
    if 2 * (end - start) > len(raw):
        return raw, columns
    return raw[start:end], replace(columns, spans=spans - start)


def _loaded_result(
    raw: bytes,
    request: LoadRequest,
    header: Header,
    content_hash: str,
    columns: EventColumns,
    documents: DocumentTexts,
    issues: list[Issue],
) -> LoadResult:
    loaded = loaded_file(raw, request, header, content_hash, columns, documents, issues)
    request.report(1.0)
    return LoadResult(request.name, loaded, loaded.issues)


def _load_cached(raw: bytes, content_hash: str, request: LoadRequest) -> LoadResult | None:
    """A load served from the cache, or None to load in full."""
    assert request.cache_dir is not None
    entry = load_cache.load(request.cache_dir, content_hash)
    if entry is None:
        return None
    header = cached_header(raw, *entry.array_bounds)
    if header is None:
        return None
    documents = read_documents(header, request.base_dir, request.name, entry.documents)
    if documents.hashes != entry.documents:
        return None  # a document changed: its quotes must be checked again
    return _loaded_result(
        raw, request, header, content_hash, entry.columns, documents, entry.issues
    )


def _failed(raw: bytes, request: LoadRequest, issues: list[Issue]) -> LoadResult:
    text, _ = decode_utf8(raw, request.name)
    return LoadResult(request.name, None, with_positions(issues, text))


def _load_split(
    raw: bytes,
    split: EventsSplit,
    request: LoadRequest,
    content_hash: str,
    pool: ChunkPool | None,
) -> LoadResult | None:
    """Validate event by event from the bytes; None when the plain parser must take over."""
    name, max_issues = request.name, request.max_issues
    checked = checked_header(raw, split, name, max_issues)
    if checked is None:
        return None
    if checked.blocking:
        return _failed(raw, request, checked.blocking)
    header, schema = checked.header, checked.schema
    documents = DocumentTexts()
    # The documents are read by a thread from now on, while the events are validated.
    texts_read = None if schema else read_documents_soon(header, request.base_dir, name)

    def read_texts() -> list[str | None]:
        # Called by run_chunks when the first chunk's quotes are checked.
        nonlocal documents
        if texts_read is not None:
            documents = texts_read()
        return documents.by_number(header.documents)

    request.report(0.05)
    context = checked.chunk_context(name, max_issues)
    spans = np.zeros((split.count, 2), dtype=np.int64)
    results = run_chunks(raw, split, context, request.report, read_texts, pool, spans)
    if any(r.syntax_error for r in results):
        return None
    columns = assemble(results, schema, max_issues, name, spans)
    if isinstance(columns, list):
        return _failed(raw, request, columns)
    issues = _other_issues(documents, results, max_issues)
    if issues:
        issues = with_positions(issues, decode_utf8(raw, name)[0])
    if request.cache_dir is not None and split.count >= load_cache.MIN_EVENTS:
        load_cache.save_soon(
            request.cache_dir,
            content_hash,
            documents.hashes,
            split,
            columns,
            issues,
            request.cache_budget,
        )
    return _loaded_result(raw, request, header, content_hash, columns, documents, issues)


def _other_issues(
    documents: DocumentTexts, results: list[ChunkResult], max_issues: int
) -> list[Issue]:
    """The issues that do not prevent opening: documents, provenance, warnings."""
    return (documents.issues + [i for r in results for i in r.other])[:max_issues]


def _load_whole(raw: bytes, request: LoadRequest, content_hash: str) -> LoadResult:
    """The plain path: parse everything at once (gives exact line:column for syntax errors)."""
    name, max_issues = request.name, request.max_issues
    text, problem = decode_utf8(raw, name)
    if text is None:
        assert problem is not None
        return LoadResult(name, None, [problem])
    if not text.strip():  # QA #109h: "Expecting value (found 'end of file')" said it badly
        message = "expected JSON, found an empty file"
        empty = Issue(Severity.ERROR, IssueKind.SYNTAX, name, "", message, 1, 1, code="empty_file")
        return LoadResult(name, None, [empty])
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
            code="not_json",
            # "" found: the end of the file, which the window words itself.
            arguments=(
                ("detail", error.msg),
                ("found", repr(found) if error.pos < len(text) else ""),
            ),
        )
        return LoadResult(name, None, [issue])
    request.report(0.3)
    from pydantic import ValidationError  # the models: not on a start's path

    from ..file_format import EventFile

    try:
        data = EventFile.model_validate(parsed)
    except ValidationError as error:
        issues = schema_issues(error, name, max_issues)
        return LoadResult(name, None, with_positions(issues, text))
    blocking = capped(check_header_references(data, name), max_issues)
    if blocking:
        return LoadResult(name, None, with_positions(blocking, text))
    documents = read_documents(data, request.base_dir, name)
    result = ChunkResult(0)
    collect_events(data.events, 0, ChunkContext.of_header(data, name, max_issues), result)
    by_number = documents.by_number(data.documents)
    result.other.extend(check_passages(result, by_number, name, max_issues))
    columns = assemble([result], [], max_issues, name, None)
    if isinstance(columns, list):
        return LoadResult(name, None, with_positions(columns, text))
    issues = with_positions(_other_issues(documents, [result], max_issues), text)
    return _loaded_result(raw, request, data, content_hash, columns, documents, issues)


__all__ = [
    "MAX_DEPTH",
    "MAX_ISSUES",
    "LoadRequest",
    "Progress",
    "collector_paused",
    "load",
    "load_bytes",
    "load_event_bytes",
    "load_event_file",
    "loaded_file",
]
