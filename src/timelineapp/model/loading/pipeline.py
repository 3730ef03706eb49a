"""The loading pipeline: read → split → validate rows → index → cache (see the package doc).

Loading never raises for bad input. It returns a :class:`.LoadResult` holding every located
problem (up to a cap) and, when the file's shape and references are sound, the loaded file.
Provenance problems (a quote that is not verbatim, a changed document) do not prevent
opening: the file is shown and the problems are flagged, because hiding the content would
help nobody fix it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from msgspec import Struct
from msgspec.structs import replace

from ..digests import sha256_hex
from ..freed_memory import steady_allocator
from ..integrity import check_header_references
from ..issues import Issue, IssueKind, Severity
from . import cache as load_cache
from . import cache_hints
from .chunks import (
    ChunkContext,
    ChunkResult,
    check_passages,
    collect_events,
    schema_issues,
)
from .collector import collector_paused
from .header import cached_header, checked_header, with_events
from .loaded import EventColumns, LazyEvents, LoadedFile, LoadResult
from .merge import assemble, capped
from .parallel import ChunkPool, run_chunks, start_pool
from .positions import MAX_DEPTH, decode_utf8, too_deep, with_positions
from .read import (
    MAX_EVENT_FILE_BYTES,
    DocumentTexts,
    ReadError,
    documents_folder,
    read_documents,
    read_documents_soon,
    read_regular_file,
)
from .soon import soon
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


class _Seen(Struct, frozen=True):
    """What the cache knew of a file before it was read: the file as the system describes it
    and, when a hint says which content it held then, that content's entry being read."""

    file: cache_hints.FileSeen
    hinted: str | None = None
    entry: load_cache.PendingEntry | None = None


def _seen(request: LoadRequest) -> _Seen | None:
    """Look the file up in the cache's hints and start reading the entry one names."""
    if request.cache_dir is None or request.path is None:
        return None
    file = cache_hints.file_seen(request.path)
    if file is None:
        return None
    hinted = cache_hints.hinted_hash(request.cache_dir, file)
    if hinted is None:
        return _Seen(file)
    return _Seen(file, hinted, load_cache.load_soon(request.cache_dir, hinted))


def load(request: LoadRequest) -> LoadResult:
    """Read the file of ``request.path`` and load it.

    With a cache folder, the entry of the content the file held when last loaded (if it looks
    unchanged) is read meanwhile; it serves only if the bytes read have that content hash.
    """
    assert request.path is not None
    seen = _seen(request)
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
    try:
        return _load(raw, request, seen)
    except _Cancelled:
        return LoadResult(request.name, None, [], cancelled=True)


def load_bytes(raw: bytes, request: LoadRequest) -> LoadResult:
    """Load an event file from its bytes."""
    try:
        return _load(raw, request)
    except _Cancelled:
        return LoadResult(request.name, None, [], cancelled=True)


def _load(raw: bytes, request: LoadRequest, seen: _Seen | None = None) -> LoadResult:
    request.report(0.0)
    if seen is not None and seen.entry is not None:
        # The hinted entry's header and documents are read while a thread hashes the file.
        hashed = soon(partial(_sha256, raw), "hash-event-file")  # the bytes with any BOM
    else:
        digest = _sha256(raw)
        hashed = lambda: digest  # noqa: E731
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if request.cache_dir is not None:
        cached = _load_cached(raw, hashed, request, seen)
        if cached is not None:
            request.report(1.0)
            if seen is not None and seen.hinted != hashed():
                cache_hints.remember_hash(request.cache_dir, seen.file, hashed())
            return cached
    content_hash = hashed()
    if len(raw) >= _BIG_FILE:
        steady_allocator()  # its big temporaries must not leave the heap holding more
    # Workers start now, while this process splits the file and reads its documents.
    pool = start_pool(len(raw), request.workers)
    try:
        split = split_events(raw)
        if split is not None:
            with collector_paused():
                file = None if seen is None else seen.file
                result = _load_split(raw, split, request, content_hash, pool, file)
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


def _sha256(raw: bytes) -> str:
    return sha256_hex(raw)


def _load_cached(
    raw: bytes, hashed: Callable[[], str], request: LoadRequest, seen: _Seen | None
) -> LoadResult | None:
    """A load served from the cache, or None to load in full."""
    assert request.cache_dir is not None
    if seen is not None and seen.entry is not None:
        # The entry a hint named: its arrays are being checked while its header and
        # documents are read here, and the file hashed.
        pending = seen.entry
        served = _served(
            raw, hashed, request, pending.array_bounds, pending.documents, pending.entry
        )
        if served is not None or hashed() == seen.hinted:
            return served  # None: the entry of this very content was tried
    entry = load_cache.load(request.cache_dir, hashed())
    if entry is None:
        return None
    return _served(raw, hashed, request, entry.array_bounds, entry.documents, lambda: entry)


def _served(
    raw: bytes,
    hashed: Callable[[], str],
    request: LoadRequest,
    array_bounds: tuple[int, int],
    known: dict[str, str | None],
    entry: Callable[[], load_cache.CacheEntry | None],
) -> LoadResult | None:
    """The load served from a cache entry (``entry`` gives it, once its arrays are checked;
    ``array_bounds`` and ``known``, the documents' text hashes, are from its meta.json);
    None unless the entry is whole, the file's content hash is the entry's and the documents
    have the texts the entry's checks were made on."""
    try:
        header = cached_header(raw, *array_bounds)
        documents = None
        if header is not None:
            documents = read_documents(header, request.base_dir, request.name, known)
    except Exception:
        found = entry()
        if found is not None and hashed() == found.content_hash:
            raise
        return None  # another content's entry (a stale hint): its bounds meant nothing here
    found = entry()
    if found is None or hashed() != found.content_hash or header is None or documents is None:
        return None
    if documents.hashes != found.documents:
        return None  # a document changed: its quotes must be checked again
    return _loaded_result(
        raw, request, header, found.content_hash, found.columns, documents, found.issues
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
    file: cache_hints.FileSeen | None = None,
) -> LoadResult | None:
    """Validate event by event from the bytes; None when the plain parser must take over.

    A big file's columns are cached (with the hint that ``file`` holds this content)."""
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
            load_cache.NewEntry(
                request.cache_dir,
                content_hash,
                documents.hashes,
                split,
                columns,
                issues,
                request.cache_budget,
                file,
            )
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
    "load",
    "load_bytes",
    "load_event_bytes",
    "load_event_file",
    "loaded_file",
]
