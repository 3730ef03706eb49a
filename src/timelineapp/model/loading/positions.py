"""Located errors: JSON paths mapped to line:column, and the issues that need a position.

Python's ``json`` keeps no positions, so this small scanner walks the text and records where
values start. It runs only when there are errors to locate, and then descends only into the
paths of those errors: every other value is skipped by the C decoder. The issues found by
scanning the bytes themselves are here too: text that is not UTF-8, nesting too deep, and
keys given twice in the header.
"""

from __future__ import annotations

import json
import json.scanner
import re
from collections.abc import Iterable

import numpy as np
from msgspec.structs import replace

from ..issues import Issue, IssueKind, Severity, json_path
from ..json_duplicate_keys import header_duplicate_key_paths, header_may_repeat_keys

JsonPath = tuple[int | str, ...]

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
# NaN and Infinity are no JSON, but Python's reader takes them: their errors are located too.
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|NaN|-?Infinity")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.positions: dict[JsonPath, int] = {}
        self.duplicates: list[JsonPath] = []  # paths of keys given twice

    def skip_ws(self) -> None:
        match = _WS.match(self.text, self.pos)
        if match:
            self.pos = match.end()

    def value(self, path: JsonPath) -> None:
        self.skip_ws()
        self.positions[path] = self.pos
        char = self.text[self.pos : self.pos + 1]
        if char == "{":
            self.pos += 1
            self.skip_ws()
            if self.text.startswith("}", self.pos):
                self.pos += 1
                return
            seen: set[str] = set()
            while True:
                self.skip_ws()
                key = self.string()
                if key in seen:
                    self.duplicates.append((*path, key))
                seen.add(key)
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
        token = match.group(0)
        if "\\" not in token:
            return token[1:-1]
        try:  # JSON's own escapes (\/, \u00e9…), as the loader read the key
            key: str = json.loads(token)
        except ValueError:  # an escape JSON does not know: the file has a syntax error there
            return token[1:-1]
        return key

    def expect(self, char: str) -> None:
        if not self.text.startswith(char, self.pos):
            raise ValueError(self.pos)
        self.pos += 1


class _Seeker(_Scanner):
    """The scanner's walk that descends only into the ``wanted`` paths (each with all its
    ancestors): every other value is skipped by Python's C decoder. The C decoder reads less
    than the scanner (no ``\\x`` escape, no non-ASCII digit): what it refuses the scanner
    walks, so that the text reads as JSON, or not, exactly as for the whole walk.

    A number is read by the scanner itself: the C decoder would stop short of the non-ASCII
    digits the scanner takes (``1\u0662``), and the scanner find no comma after it.
    """

    def __init__(self, text: str, wanted: set[JsonPath]) -> None:
        super().__init__(text)
        self.wanted = wanted
        # json.loads's own (C) scanner; typeshed's stub takes a scanner for the decoder
        self.skip = json.scanner.make_scanner(json.JSONDecoder(strict=False))  # type: ignore[arg-type]

    def value(self, path: JsonPath) -> None:
        if path not in self.wanted:
            self.skip_ws()
            if self.text.startswith(("{", "[", '"'), self.pos):
                try:
                    self.pos = self.skip(self.text, self.pos)[1]
                    return
                except (ValueError, StopIteration, RecursionError):
                    pass  # walked below, as by the whole walk
        super().value(path)


def value_positions(
    text: str, paths: Iterable[JsonPath] | None = None
) -> dict[JsonPath, tuple[int, int]]:
    """Line and column (1-based) where the value at each JSON path starts; empty if not JSON.

    Given ``paths``, only those and their ancestors (where the text has them): the rest of
    the text is skipped at the C decoder's speed, though still read to the end of the value.
    """
    wanted = None if paths is None else {p[:cut] for p in paths for cut in range(len(p) + 1)}
    scanner = _Scanner(text) if wanted is None else _Seeker(text, wanted)
    try:
        try:
            scanner.value(())
        except RecursionError:
            if wanted is None:
                raise
            scanner = _Scanner(text)  # nesting only the whole walk knows how to treat
            scanner.value(())
    except (ValueError, IndexError):
        return {}
    offsets = scanner.positions
    if wanted is not None:  # (the Seeker walked some other values too, or the whole walk all)
        offsets = {path: offset for path, offset in offsets.items() if path in wanted}
    return _lines_and_columns(text, offsets)


def _lines_and_columns(text: str, offsets: dict[JsonPath, int]) -> dict[JsonPath, tuple[int, int]]:
    """Line and column (1-based, in characters) of each offset, the newlines counted by
    ``str.count`` between one offset and the next."""
    where: dict[int, tuple[int, int]] = {}
    line, line_start, at = 1, 0, 0
    for offset in sorted(set(offsets.values())):
        newlines = text.count("\n", at, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", at, offset) + 1
        at = offset
        where[offset] = (line, offset - line_start + 1)
    return {path: where[offset] for path, offset in offsets.items()}


def duplicate_keys(text: str) -> list[JsonPath]:
    """The JSON paths of keys that occur twice in one object (the later one wins elsewhere:
    a file whose meaning depends on which tool reads it is refused instead)."""
    scanner = _Scanner(text)
    try:
        scanner.value(())
    except (ValueError, IndexError):
        return []
    return scanner.duplicates


def locate(
    positions: dict[JsonPath, tuple[int, int]], path: JsonPath
) -> tuple[int | None, int | None]:
    """Position of ``path``, or of its nearest located ancestor (a missing field's object)."""
    for cut in range(len(path), -1, -1):
        found = positions.get(path[:cut])
        if found:
            return found
    return None, None


# Beyond this size the JSON path alone must do. (Locating walks only the errors' paths in
# Python, the rest in C: ~0.4 s of CPU for the 43 MB of 100,000 generated events.)
LOCATE_LIMIT = 20_000_000
_PATH_PART = re.compile(r'\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.\[]+(?:\[(?!\d+\])[^.\[]*)*)')


def parse_path(path: str) -> JsonPath:
    """``events[3].sources[0].quotes`` as ``("events", 3, "sources", 0, "quotes")``.

    An odd key comes quoted (``["a.b"]``, see ``issues.json_path``); one that holds brackets
    itself unquoted (``a[b]``, as paths were written before) stays one key.
    """
    parts: list[int | str] = []
    for match in _PATH_PART.finditer(path):
        index, quoted, key = match.groups()
        if index is not None:
            parts.append(int(index))
        elif quoted is not None:  # an odd key, quoted by issues.json_path
            parts.append(re.sub(r"\\(.)", r"\1", quoted))
        else:
            parts.append(key)
    return tuple(parts)


def with_positions(issues: list[Issue], text: str | None) -> list[Issue]:
    """The issues with line:column added from their JSON paths (where not known already)."""
    if not issues or text is None or len(text) > LOCATE_LIMIT:
        return issues
    paths = [
        parse_path(issue.json_path) if issue.line is None or issue.column is None else None
        for issue in issues
    ]
    if all(path is None for path in paths):
        return issues
    positions = value_positions(text, [path for path in paths if path is not None])
    located = []
    for issue, path in zip(issues, paths, strict=True):
        if path is None:
            located.append(issue)
            continue
        line, column = locate(positions, path)
        located.append(
            replace(
                issue,
                line=line if issue.line is None else issue.line,
                column=column if issue.column is None else issue.column,
            )
        )
    return located


MAX_DEPTH = 64
"""Deepest JSON nesting an event file may have (a valid one needs 7)."""


def too_deep(raw: bytes, name: str) -> Issue:
    """The located error for nesting deeper than :data:`MAX_DEPTH` (a valid file needs 7).

    Called once a parser ran out of recursion: a slow scan, but only for such a file.
    """
    depth = 0
    in_string = escaped = False
    line, line_start = 1, 0
    for offset, byte in enumerate(raw):
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > MAX_DEPTH:
                column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
                return Issue(
                    Severity.ERROR,
                    IssueKind.SYNTAX,
                    name,
                    "",
                    f"expected at most {MAX_DEPTH} nested arrays and objects, found deeper nesting",
                    line,
                    column,
                    code="json_too_deep",
                    arguments=(("limit", str(MAX_DEPTH)),),
                )
        elif byte in (0x5D, 0x7D):
            depth -= 1
        if byte == 0x0A:
            line, line_start = line + 1, offset + 1
    return Issue(Severity.ERROR, IssueKind.SYNTAX, name, "", "expected less deeply nested JSON")


def decode_utf8(raw: bytes, name: str) -> tuple[str | None, Issue | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # QA #109h: say what it is, and the fix
            bom = raw[:2].hex(" ").upper()
            message = f"expected UTF-8 text, found UTF-16 (byte-order mark {bom}): save it as UTF-8"
            arguments = (("bom", bom),)
            kind = IssueKind.SYNTAX
            issue = Issue(Severity.ERROR, kind, name, "", message, 1, 1, code="utf16")
            return None, replace(issue, arguments=arguments)
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", "replace")) + 1
        return None, Issue(
            Severity.ERROR,
            IssueKind.SYNTAX,
            name,
            "",
            f"expected UTF-8 text, found byte 0x{raw[error.start]:02x}",
            line,
            column,
            code="not_utf8",
            arguments=(("byte", f"0x{raw[error.start]:02x}"),),
        )


def duplicate_key_issues(json_bytes: bytes, name: str) -> list[Issue]:
    """Keys given twice in one object (checked in the header: the file's top level, its
    documents and actors; within events the last value wins, as in other JSON tools)."""
    if len(json_bytes) > LOCATE_LIMIT and _characters(json_bytes) > LOCATE_LIMIT:
        # Too long for the scanner that walks the text in Python (17 s for 100,000 actors):
        # Python's C parser finds the keys and the objects' paths (no line:column then, as
        # for any error in a text this long), the actors a batch at a time. Never skipped:
        # a million actors cost ~0.6 s of CPU and no more memory.
        paths = header_duplicate_key_paths(json_bytes)
    else:
        if not header_may_repeat_keys(json_bytes):  # (no text of the whole header made)
            return []
        try:
            text = json_bytes.decode("utf-8")
        except UnicodeDecodeError:
            return []  # the models report it
        if not _has_duplicate_keys(text):
            return []
        paths = duplicate_keys(text)
    return [
        Issue(
            Severity.ERROR,
            IssueKind.SYNTAX,
            name,
            json_path(path),
            f"expected each key once in an object, found {path[-1]!r} again",
            code="duplicate_key",
            arguments=(("key", repr(path[-1])),),
        )
        for path in paths
    ]


def _characters(data: bytes, step: int = 1 << 20) -> int:
    """How many characters UTF-8 ``data`` holds: its bytes less the continuation bytes
    (``10xxxxxx``), counted with numpy a few MB at a time."""
    view = np.frombuffer(data, dtype=np.uint8)
    continuation = sum(
        int(np.count_nonzero((view[k : k + step] & 0xC0) == 0x80))
        for k in range(0, view.size, step)
    )
    return view.size - continuation


def _has_duplicate_keys(text: str) -> bool:
    """Whether any object in ``text`` gives a key twice: the C parser's quick answer.

    The positional scanner that names the paths walks the text in Python (17 s for a header
    of 100,000 actors): it runs only when this finds one.
    """
    found = False

    def check(pairs: list[tuple[str, object]]) -> None:
        nonlocal found
        if not found and len({key for key, _ in pairs}) != len(pairs):
            found = True

    try:
        json.loads(text, object_pairs_hook=check)
    except (ValueError, RecursionError):
        return True  # let the scanner look (it reports nothing for text it cannot read)
    return found
