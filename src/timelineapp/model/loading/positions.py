"""Map JSON paths to line:column in the source text, for located error messages.

Python's ``json`` keeps no positions, so this small scanner walks the text once and records
where each value starts. It runs only when there are errors to locate.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from ..issues import Issue

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.positions: dict[tuple[int | str, ...], int] = {}

    def skip_ws(self) -> None:
        match = _WS.match(self.text, self.pos)
        if match:
            self.pos = match.end()

    def value(self, path: tuple[int | str, ...]) -> None:
        self.skip_ws()
        self.positions[path] = self.pos
        char = self.text[self.pos : self.pos + 1]
        if char == "{":
            self.pos += 1
            self.skip_ws()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return
            while True:
                self.skip_ws()
                key = self.string()
                self.skip_ws()
                self.expect(":")
                self.value((*path, key))
                self.skip_ws()
                if self.text.startswith(",", self.pos):
                    self.pos += 1
                    continue
                self.expect("}")
                return
        if char == "[":
            self.pos += 1
            self.skip_ws()
            if self.text.startswith("]", self.pos):
                self.pos += 1
                return
            index = 0
            while True:
                self.value((*path, index))
                index += 1
                self.skip_ws()
                if self.text.startswith(",", self.pos):
                    self.pos += 1
                    continue
                self.expect("]")
                return
        if char == '"':
            self.string()
            return
        match = _SCALAR.match(self.text, self.pos)
        if not match:
            raise ValueError(self.pos)
        self.pos = match.end()

    def string(self) -> str:
        match = _STRING.match(self.text, self.pos)
        if not match:
            raise ValueError(self.pos)
        self.pos = match.end()
        raw = match.group(0)[1:-1]
        # Keys with escapes are rare in event files; an approximate key is fine for locating.
        return raw.encode().decode("unicode_escape") if "\\" in raw else raw

    def expect(self, char: str) -> None:
        if not self.text.startswith(char, self.pos):
            raise ValueError(self.pos)
        self.pos += 1


def value_positions(text: str) -> dict[tuple[int | str, ...], tuple[int, int]]:
    """Line and column (1-based) where the value at each JSON path starts; empty if not JSON."""
    scanner = _Scanner(text)
    try:
        scanner.value(())
    except (ValueError, IndexError):
        return {}
    line_starts = [0]
    line_starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")

    result: dict[tuple[int | str, ...], tuple[int, int]] = {}
    for path, offset in scanner.positions.items():
        line = bisect.bisect_right(line_starts, offset)
        result[path] = (line, offset - line_starts[line - 1] + 1)
    return result


def locate(
    positions: dict[tuple[int | str, ...], tuple[int, int]], path: tuple[int | str, ...]
) -> tuple[int | None, int | None]:
    """Position of ``path``, or of its nearest located ancestor (a missing field's object)."""
    for cut in range(len(path), -1, -1):
        found = positions.get(path[:cut])
        if found:
            return found
    return None, None


# Locating errors re-scans the text in Python; beyond this size the JSON path alone must do.
LOCATE_LIMIT = 20_000_000
_PATH_PART = re.compile(r"\[(\d+)\]|\.?([^.\[]+(?:\[(?!\d+\])[^.\[]*)*)")


def parse_path(path: str) -> tuple[int | str, ...]:
    """``events[3].sources[0].quotes`` as ``("events", 3, "sources", 0, "quotes")``.

    A key that holds brackets itself (``a[b]``, from a stranger's file) stays one key.
    """
    parts: list[int | str] = []
    for index, key in _PATH_PART.findall(path):
        parts.append(int(index) if index else key)
    return tuple(parts)


def with_positions(issues: list[Issue], text: str | None) -> list[Issue]:
    """The issues with line:column added from their JSON paths (where not known already)."""
    if not issues or text is None or len(text) > LOCATE_LIMIT:
        return issues
    positions = value_positions(text)
    located = []
    for issue in issues:
        line, column = locate(positions, parse_path(issue.json_path))
        located.append(
            dataclasses.replace(
                issue,
                line=line if issue.line is None else issue.line,
                column=column if issue.column is None else issue.column,
            )
        )
    return located
