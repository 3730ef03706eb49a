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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from .file_format import Document, Event, EventFile
from .integrity import check_provenance, check_references, sha256_text
from .issues import Issue, IssueKind, Severity, describe_found, json_path
from .json_positions import locate, value_positions

MAX_ISSUES = 200
# Events are validated in chunks so that progress can be reported and loading cancelled.
_CHUNK = 20_000
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


@dataclass
class LoadedFile:
    """An event file that passed shape and reference checks, with its documents' texts."""

    path: Path | None
    data: EventFile
    content_hash: str
    texts: dict[str, str | None] = field(default_factory=dict)
    document_states: dict[str, str] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.data.title


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
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return LoadResult(
            name,
            None,
            [
                Issue(
                    Severity.ERROR,
                    IssueKind.SYNTAX,
                    name,
                    "",
                    f"expected UTF-8 text, found byte 0x{raw[error.start]:02x} "
                    f"at byte offset {error.start}",
                )
            ],
        )
    data, issues = _validate(text, name, max_issues, report)
    if data is None:
        return LoadResult(name, None, _with_positions(issues, text))
    report(0.85)
    issues.extend(_capped(check_references(data, name), max_issues))
    if any(i.severity is Severity.ERROR for i in issues):
        return LoadResult(name, None, _with_positions(issues, text))
    loaded = LoadedFile(path, data, content_hash)
    issues.extend(_read_documents(loaded, base_dir, name))
    report(0.9)
    issues.extend(_capped(check_provenance(data, loaded.texts, name), max_issues))
    report(1.0)
    issues = _with_positions(issues[:max_issues], text)
    loaded.issues = issues
    return LoadResult(name, loaded, issues)


def _validate(
    text: str, name: str, max_issues: int, report: Callable[[float], None]
) -> tuple[EventFile | None, list[Issue]]:
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
        return None, [issue]
    report(0.15)
    # Validation allocates millions of small objects on big files; the cyclic collector
    # would re-scan them over and over, so it is paused (measured in benchmarks/).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate_parsed(parsed, name, max_issues, report)
    finally:
        if was_enabled:
            gc.enable()


def _validate_parsed(
    parsed: object, name: str, max_issues: int, report: Callable[[float], None]
) -> tuple[EventFile | None, list[Issue]]:
    raw_events = parsed.get("events") if isinstance(parsed, dict) else None
    if not isinstance(parsed, dict) or not isinstance(raw_events, list):
        # Not the expected shape at the top: validate whole for the clearest messages.
        try:
            return EventFile.model_validate(parsed), []
        except ValidationError as error:
            return None, _schema_issues(error, name, max_issues, 0)
    issues: list[Issue] = []
    header: EventFile | None = None
    try:
        header = EventFile.model_validate({**parsed, "events": []})
    except ValidationError as error:
        issues.extend(_schema_issues(error, name, max_issues, 0))
    events: list[Event] = []
    total = max(1, len(raw_events))
    for start in range(0, len(raw_events), _CHUNK):
        chunk = raw_events[start : start + _CHUNK]
        try:
            events.extend(_EVENTS.validate_python(chunk))
        except ValidationError as error:
            issues.extend(_schema_issues(error, name, max_issues - len(issues), start, "events"))
        # Drop the parsed dicts as soon as they are validated: halves peak memory.
        raw_events[start : start + _CHUNK] = [None] * len(chunk)
        report(0.15 + 0.65 * min(1.0, (start + _CHUNK) / total))
        if len(issues) >= max_issues:
            break
    if issues or header is None:
        return None, issues[:max_issues]
    return header.model_copy(update={"events": events}), []


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


def _read_documents(loaded: LoadedFile, base_dir: Path | None, name: str) -> Iterable[Issue]:
    for i, document in enumerate(loaded.data.documents):
        text, problem = _document_text(document, base_dir)
        loaded.texts[document.id] = text
        if problem is not None:
            loaded.document_states[document.id] = DocumentState.MISSING
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
        loaded.document_states[document.id] = state


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
