"""Keys given twice in one object of a JSON text too long to scan in Python, by its C parser.

The loader's positional scanner (``loading/positions``) names each duplicate key's path and
line, walking the text in Python: 17 s for a header of 100,000 actors, so it stops at its
size limit. Beyond it, the header used to go unchecked, silently. Python's C parser hands
every object to a hook as its pairs, which finds the keys given twice (about 0.5 s for a
million actors) and, here, their JSON paths.
"""

from __future__ import annotations

import json


class _Found(list[tuple[int | str, ...]]):
    """The paths of keys given twice inside one parsed value (relative to it)."""


def duplicate_key_paths(data: bytes) -> list[tuple[int | str, ...]]:
    """The JSON paths of keys given twice in one object, by Python's C parser.

    Each object is handed to a hook as its pairs and dropped (the hook returns None): only
    an object that gives a key twice, or holds one that does, becomes a :class:`_Found` of
    relative paths, which its parent prefixes with the key or index that holds it.
    """
    pending = 0  # _Found values not yet taken by their parent

    def take(value: object, prefix: tuple[int | str, ...], into: _Found) -> None:
        nonlocal pending
        if isinstance(value, _Found):
            pending -= 1
            into += [(*prefix, *path) for path in value]
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, _Found | list):
                    take(item, (*prefix, i), into)

    def hook(pairs: list[tuple[str, object]]) -> _Found | None:
        nonlocal pending
        again = len(dict(pairs)) != len(pairs)  # (dict: in C)
        if not again and not pending:
            return None
        found = _Found()
        if again:
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    found.append((key,))
                seen.add(key)
        if pending:
            for key, value in pairs:
                take(value, (key,), found)
        if not found:
            return None
        pending += 1
        return found

    try:
        top = json.loads(data, object_pairs_hook=hook)
    except (ValueError, RecursionError):
        return []  # the models and the syntax check report it
    found = _Found()
    take(top, (), found)
    return list(found)
