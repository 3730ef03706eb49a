"""Keys given twice in one object of a JSON text too long to scan in Python, by its C parser.

The loader's positional scanner (``loading/positions``) names each duplicate key's path and
line, walking the text in Python: 17 s for a header of 100,000 actors, so it stops at its
size limit. Beyond it, the header used to go unchecked, silently. Python's C parser hands
every object to a hook as its pairs, which finds the keys given twice and, here, their JSON
paths. A header's actors (a million, perhaps) are parsed a batch of about 256 KB at a time
so that the check never holds the header as one decoded text (44 MB more for a million actors).
"""

from __future__ import annotations

import json
import re
from typing import Any

Path = tuple[int | str, ...]


class _Found(list[Path]):
    """The paths of keys given twice inside one parsed value (relative to it)."""


class _Hook:
    """``object_pairs_hook``: each object dropped (None) unless it gives a key twice or holds
    one that does; then a :class:`_Found` of paths, which its parent prefixes with the key or
    index that holds it."""

    def __init__(self) -> None:
        self.pending = 0  # _Found values not yet taken by their parent

    def __call__(self, pairs: list[tuple[str, object]]) -> _Found | None:
        again = len(dict(pairs)) != len(pairs)  # (dict: in C)
        if not again and not self.pending:
            return None
        found = _Found()
        if again:
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    found.append((key,))
                seen.add(key)
        if self.pending:
            for key, value in pairs:
                self.pending -= _take(value, (key,), found)
        if not found:
            return None
        self.pending += 1
        return found


def _take(value: object, prefix: Path, into: list[Path]) -> int:
    """Add the paths ``value`` holds, under ``prefix``; how many _Found values it held."""
    if isinstance(value, _Found):
        into += [(*prefix, *path) for path in value]
        return 1
    taken = 0
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, _Found | list):
                taken += _take(item, (*prefix, i), into)
    return taken


def _parsed(data: bytes) -> Any:
    """``data`` parsed with every object dropped but those that hold a key given twice."""
    return json.loads(data, object_pairs_hook=_Hook())


def duplicate_key_paths(data: bytes) -> list[Path]:
    """The JSON paths of keys given twice in one object, by Python's C parser."""
    try:
        return _paths(data)
    except (ValueError, RecursionError):
        return []  # the models and the syntax check report it


def _paths(data: bytes) -> list[Path]:
    """:func:`duplicate_key_paths`, raising what the parser raises."""
    found: list[Path] = []
    _take(_parsed(data), (), found)
    return found


_BATCH_BYTES = 1 << 18
_BETWEEN_OBJECTS = re.compile(rb"\}\s*,\s*\{")  # (in a string too: then the batch fails)


def header_duplicate_key_paths(header: bytes) -> list[Path]:
    """:func:`duplicate_key_paths` of an event file's header, its actors about 256 KB at a
    time: each batch is cut after an object that a comma and an object follow, and parsed
    as an array (were the cut inside a string, the batch would not parse: the actors are then
    parsed whole)."""
    from .header_actors import actors_array, without_actors

    actors = actors_array(header)
    if not actors:
        return duplicate_key_paths(header)
    rest = duplicate_key_paths(without_actors(header, actors))
    try:
        return rest + _actor_paths(memoryview(actors))
    except (ValueError, RecursionError):
        return rest + duplicate_key_paths(b"".join((b'{"actors":', actors, b"}")))


def header_may_repeat_keys(header: bytes) -> bool:
    """Whether some object of an event file's header may give a key twice: False only when
    Python's C parser read all of it and found none, its actors a batch at a time (as
    :func:`header_duplicate_key_paths`). The positional scanner that names the lines of
    duplicates then runs only on a True: it needs the header as one decoded text, which for a
    header of 100,000 actors was 8 MB beside the file (a character past Latin-1 anywhere in
    it makes the whole text two bytes a character), at the peak of opening."""
    from .header_actors import actors_array, without_actors

    try:
        actors = actors_array(header)
        if not actors:
            return bool(_paths(header))
        if _paths(without_actors(header, actors)):
            return True
        try:
            return bool(_actor_paths(memoryview(actors)))
        except (ValueError, RecursionError):
            return bool(_paths(b"".join((b'{"actors":', actors, b"}"))))
    except (ValueError, RecursionError):
        return True  # unreadable here: the scanner looks (and the models say why)


def _actor_paths(data: memoryview) -> list[Path]:
    """The paths of keys given twice in the actors array ``data``, a batch at a time;
    raises ValueError when a batch does not parse."""
    found: list[Path] = []
    start, end, base = 1, len(data) - 1, 0
    while start < end:
        between = _BETWEEN_OBJECTS.search(data, min(start + _BATCH_BYTES, end), end)
        cut = end if between is None else between.start() + 1
        batch = _parsed(b"".join((b"[", data[start:cut], b"]")))
        if not isinstance(batch, list):
            raise ValueError("not an array")
        paths: list[Path] = []
        _take(batch, ("actors",), paths)
        found += [("actors", base + int(path[1]), *path[2:]) for path in paths]
        base += len(batch)
        start = cut + 1
    return found
