"""Located problems found while loading an event file: where, what was expected, what was found."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from msgspec import Struct


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class IssueKind(StrEnum):
    IO = "io"  # the file or a document could not be read
    SYNTAX = "syntax"  # not JSON
    SCHEMA = "schema"  # JSON, but not the shape of the format
    REFERENCE = "reference"  # duplicate ids, dangling references, parent cycles
    PROVENANCE = "provenance"  # quotes that are not verbatim, changed documents


class Issue(Struct, frozen=True):
    """One problem, located by file, JSON path and (when known) line:column."""

    severity: Severity
    kind: IssueKind
    file: str
    json_path: str
    message: str
    line: int | None = None
    column: int | None = None
    # Set when the file itself could not be read: the bare reason ("permission denied"), so
    # a window can word it ("X cannot be read: …") without parsing ``message``.
    unreadable: str | None = None
    # What the message says, as a code and its arguments (e.g. "less_than_equal" with
    # ("le", "6"), ("found", "the number 7")), so a window can word it in another language.
    # Empty for issues that have no code yet.
    code: str = ""
    arguments: tuple[tuple[str, str], ...] = ()
    # The "found" argument as (kind, value), e.g. ("number", "7"), so a window words the
    # kind itself (see ``validation_words.found_parts``); None when there is none.
    found: tuple[str, str] | None = None

    @property
    def location(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        if self.json_path:
            where += f": {self.json_path}"
        return where

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": str(self.severity),
            "kind": str(self.kind),
            "file": self.file,
            "path": self.json_path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "code": self.code,
            "arguments": dict(self.arguments),
            "found": list(self.found) if self.found else None,
        }


def json_path(location: tuple[int | str, ...]) -> str:
    """``('events', 3, 'sources', 0, 'end')`` -> ``events[3].sources[0].end``.

    A key that would read as more than one step or not at all (``a.b``, ``a[b]``, ``c d``, an
    empty key) is quoted: ``events[0]["a.b"]``, ``events[0][""]`` (QA #42).
    """
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif is_odd_key(part):
            text += '["' + part.replace("\\", "\\\\").replace('"', '\\"') + '"]'
        else:
            text += f".{part}" if text else part
    return text


def is_odd_key(key: str) -> bool:
    """Whether ``key`` must be quoted in a JSON path (see :func:`json_path`)."""
    return not key or any(char in '.["\\' or char.isspace() for char in key)


def describe_found(value: Any, limit: int = 60) -> str:
    """A short, safe rendering of a found value for messages."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
